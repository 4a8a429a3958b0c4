import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The entries of one folder with their size and mtime (бума тізімі), read with `readdir` and `fstatat`
/// relative to the open folder: at 420,000 files the full check of a corpus is two system calls per file,
/// with no path built and no `String` made per file. The names sit in one byte buffer, found by an
/// open-addressing table of their hashes (``index(of:)``).
struct DirectoryListing {
    /// Every name's UTF-8 bytes, one after another.
    private(set) var bytes: [UInt8] = []
    /// Where each name starts in ``bytes``; one more than ``count``, the last being the end.
    private(set) var starts: [Int] = [0]
    /// Each entry's size in bytes, as `stat` gives it (symbolic links followed).
    private(set) var sizes: [Int] = []
    /// Each entry's modification time in nanoseconds since 1970.
    private(set) var mtimes: [Int] = []
    /// Slots of the name table: an entry index + 1, or 0 for an empty slot.
    private var slots: [Int32] = []

    /// How many entries.
    var count: Int { sizes.count }

    /// Every entry of `directory` except those whose name starts with "." (".", "..", hidden files: the store
    /// never holds them), in the order the file system gives; an entry that cannot be stat'ed is left out, as
    /// `fileStat` leaves it out. A name that is not valid UTF-8 is kept as `String(cString:)` repairs it, the
    /// spelling the store holds. Nil when the folder cannot be opened.
    /// - Complexity: O(entries) system calls.
    static func entries(of directory: String) -> DirectoryListing? {
        guard let folder = opendir(directory) else { return nil }
        defer { closedir(folder) }
        let descriptor = dirfd(folder)
        var listing = DirectoryListing()
        listing.bytes.reserveCapacity(1 << 16)
        while let entry = readdir(folder) {
            withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { name in
                    guard name[0] != 0x2E else { return }  // "."
                    var info = stat()
                    guard fstatat(descriptor, name, &info, 0) == 0 else { return }
                    #if canImport(Darwin)
                        let time = info.st_mtimespec
                    #else
                        let time = info.st_mtim
                    #endif
                    listing.append(name: name, size: Int(info.st_size), mtime: Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec))
                }
            }
        }
        listing.buildTable()
        return listing
    }

    /// Appends one entry whose name is the C string `name`.
    private mutating func append(name: UnsafePointer<CChar>, size: Int, mtime: Int) {
        let length = strlen(name)
        let raw = UnsafeRawPointer(name).assumingMemoryBound(to: UInt8.self)
        let buffer = UnsafeBufferPointer(start: raw, count: length)
        if buffer.allSatisfy({ $0 < 0x80 }) {
            bytes.append(contentsOf: buffer)
        } else {
            bytes.append(contentsOf: String(cString: name).utf8)
        }
        starts.append(bytes.count)
        sizes.append(size)
        mtimes.append(mtime)
    }

    /// Creates a listing from names, sizes and mtimes (tests build folders this way without a file system).
    init(names: [String] = [], sizes: [Int] = [], mtimes: [Int] = []) {
        for (index, name) in names.enumerated() {
            bytes.append(contentsOf: name.utf8)
            starts.append(bytes.count)
            self.sizes.append(sizes[index])
            self.mtimes.append(mtimes[index])
        }
        buildTable()
    }

    /// The name of entry `index`.
    func name(_ index: Int) -> String {
        String(decoding: bytes[starts[index]..<starts[index + 1]], as: UTF8.self)
    }

    /// The entry whose name is exactly `name`'s bytes; nil when there is none.
    /// - Complexity: O(1) expected (a hash of the bytes, then byte comparisons in one probe sequence).
    func index(of name: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = Self.hash(name) & mask
        return bytes.withUnsafeBufferPointer { all -> Int? in
            while true {
                let stored = Int(slots[slot])
                if stored == 0 { return nil }
                let index = stored - 1
                let start = starts[index]
                let length = starts[index + 1] - start
                if length == name.count, length == 0 || memcmp(all.baseAddress! + start, name.baseAddress!, length) == 0 { return index }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Fills the name table: a power of two at least twice the entries.
    private mutating func buildTable() {
        var capacity = 16
        while capacity < count * 2 { capacity <<= 1 }
        var table = [Int32](repeating: 0, count: capacity)
        let mask = capacity - 1
        bytes.withUnsafeBufferPointer { all in
            for index in 0..<count {
                let name = UnsafeBufferPointer(rebasing: all[starts[index]..<starts[index + 1]])
                var slot = Self.hash(name) & mask
                while table[slot] != 0 { slot = (slot + 1) & mask }
                table[slot] = Int32(index + 1)
            }
        }
        slots = table
    }

    /// FNV-1a of the bytes, as a non-negative table position.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        return Int(truncatingIfNeeded: value ^ (value >> 32)) & Int.max
    }
}
