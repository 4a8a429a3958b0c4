/// The comparison of the `acts/` folder with the stamps the store holds (бума салыстыруы): which files are new,
/// changed in content, touched (size and mtime moved, content the same) or gone.
///
/// The stored rows are matched to the folder's entries by their name bytes in the listing's table, so a file
/// whose size and mtime did not move costs a hash of its name and no allocation; only the files that moved get
/// a `String` name and a content hash.
enum FolderComparison {
    /// The changes between `listing` and the stored stamps.
    /// - Parameters:
    ///   - listing: the folder as it is now.
    ///   - stored: calls its argument once per stored file with the name's UTF-8 bytes and its stamp.
    ///   - contentHash: the content hash of the file named so (``FileStamp/hash(_:)`` of its bytes; 0 when unreadable).
    /// - Complexity: O(entries + stored rows), plus `contentHash` for each new or moved file.
    static func changes(
        _ listing: DirectoryListing, stored: ((UnsafeBufferPointer<UInt8>, FileStamp) -> Void) throws -> Void, contentHash: (String) -> Int
    ) rethrows -> Indexer.Changes {
        var seen = [Bool](repeating: false, count: listing.count)
        var moved: [(index: Int, old: FileStamp)] = []
        var removed = Set<String>()
        try stored { name, old in
            guard let index = listing.index(of: name) else {
                removed.insert(String(decoding: name, as: UTF8.self))
                return
            }
            seen[index] = true
            if old.size != listing.sizes[index] || old.mtime != listing.mtimes[index] { moved.append((index, old)) }
        }
        var changes = Indexer.Changes()
        changes.removed = removed
        for (index, old) in moved {
            let name = listing.name(index)
            let stamp = FileStamp(size: listing.sizes[index], mtime: listing.mtimes[index], hash: contentHash(name))
            if old.hash == stamp.hash, old.size == stamp.size {
                changes.touched[name] = stamp
            } else {
                changes.changed[name] = stamp
            }
        }
        for index in 0..<listing.count where !seen[index] {
            let name = listing.name(index)
            changes.changed[name] = FileStamp(size: listing.sizes[index], mtime: listing.mtimes[index], hash: contentHash(name))
        }
        return changes
    }
}
