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
    /// Slots of the name table: the name's 32-bit hash in the high half and its entry index + 1 in the low half,
    /// or 0 for an empty slot; a lookup compares bytes only when the hashes agree.
    private var slots: [UInt64] = []

    /// How many entries.
    var count: Int { sizes.count }

    /// Every entry of `directory` except those whose name starts with "." (".", "..", hidden files: the store
    /// never holds them), in the order the file system gives; an entry that cannot be stat'ed is left out, as
    /// `fileStat` leaves it out. A name that is not valid UTF-8 is kept as `String(cString:)` repairs it, the
    /// spelling the store holds. Nil when the folder cannot be opened.
    /// - Complexity: O(entries) system calls.
    /// - Parameter parallelFrom: from this many entries on, the `stat`s run on every core (tests lower it).
    static func entries(of directory: String, parallelFrom: Int = 8_192) -> DirectoryListing? {
        guard let folder = opendir(directory) else { return nil }
        defer { closedir(folder) }
        // The names first, each with its NUL, in one buffer; then a `stat` of each.
        var names: [CChar] = []
        names.reserveCapacity(1 << 16)
        var offsets: [Int] = []
        while let entry = readdir(folder) {
            withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { name in
                    guard name[0] != 0x2E else { return }  // "."
                    offsets.append(names.count)
                    names.append(contentsOf: UnsafeBufferPointer(start: name, count: strlen(name) + 1))
                }
            }
        }
        let (sizes, mtimes) = stats(dirfd(folder), names: names, offsets: offsets, parallelFrom: parallelFrom)
        var listing = DirectoryListing()
        listing.bytes.reserveCapacity(names.count)
        names.withUnsafeBufferPointer { all in
            for (index, offset) in offsets.enumerated() where sizes[index] >= 0 {
                listing.append(name: all.baseAddress! + offset, size: sizes[index], mtime: mtimes[index])
            }
        }
        listing.buildTable()
        return listing
    }

    /// Size and mtime of each name (NUL-terminated at `offsets` in `names`) relative to the open folder `descriptor`;
    /// size -1 for a name that cannot be stat'ed. A large folder is stat'ed on every core, each thread its own
    /// slice: the check of 420,000 files is mostly these calls.
    private static func stats(_ descriptor: Int32, names: [CChar], offsets: [Int], parallelFrom: Int) -> (sizes: [Int], mtimes: [Int]) {
        let count = offsets.count
        var sizes = [Int](repeating: -1, count: count)
        var mtimes = [Int](repeating: 0, count: count)
        let slices = count >= parallelFrom ? min(4, max(2, ProcessInfo.processInfo.activeProcessorCount)) : 1
        names.withUnsafeBufferPointer { names in
            offsets.withUnsafeBufferPointer { offsets in
                sizes.withUnsafeMutableBufferPointer { sizes in
                    mtimes.withUnsafeMutableBufferPointer { mtimes in
                        // Each slice writes only its own indexes of the two buffers, which outlive the calls.
                        nonisolated(unsafe) let (names, offsets, sizes, mtimes) = (names, offsets, sizes, mtimes)
                        DispatchQueue.concurrentPerform(iterations: slices) { slice in
                            for index in (slice * count / slices)..<((slice + 1) * count / slices) {
                                var info = stat()
                                guard fstatat(descriptor, names.baseAddress! + offsets[index], &info, 0) == 0 else { continue }
                                #if canImport(Darwin)
                                    let time = info.st_mtimespec
                                #else
                                    let time = info.st_mtim
                                #endif
                                sizes[index] = Int(info.st_size)
                                mtimes[index] = Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec)
                            }
                        }
                    }
                }
            }
        }
        return (sizes, mtimes)
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
    /// - Complexity: O(1) expected (a hash of the bytes, then one byte comparison where the stored hash agrees).
    func index(of name: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        let hash = Self.hash(name)
        let tag = UInt64(UInt32(truncatingIfNeeded: hash >> 32)) << 32
        var slot = Int(truncatingIfNeeded: hash) & mask
        return bytes.withUnsafeBufferPointer { all -> Int? in
            slots.withUnsafeBufferPointer { slots -> Int? in
                while true {
                    let stored = slots[slot]
                    if stored == 0 { return nil }
                    if stored & 0xFFFF_FFFF_0000_0000 == tag {
                        let index = Int(stored & 0xFFFF_FFFF) - 1
                        let start = starts[index]
                        let length = starts[index + 1] - start
                        if length == name.count, length == 0 || memcmp(all.baseAddress! + start, name.baseAddress!, length) == 0 { return index }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// Fills the name table: a power of two at least twice the entries.
    private mutating func buildTable() {
        var capacity = 16
        while capacity < count * 2 { capacity <<= 1 }
        var table = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        bytes.withUnsafeBufferPointer { all in
            for index in 0..<count {
                let hash = Self.hash(UnsafeBufferPointer(rebasing: all[starts[index]..<starts[index + 1]]))
                var slot = Int(truncatingIfNeeded: hash) & mask
                while table[slot] != 0 { slot = (slot + 1) & mask }
                table[slot] = UInt64(UInt32(truncatingIfNeeded: hash >> 32)) << 32 | UInt64(index + 1)
            }
        }
        slots = table
    }

    /// FNV-1a of the bytes, mixed (MurmurHash3's finalizer) so that names differing in one digit spread over
    /// the table's low bits: the low half picks the slot, the high half tags it.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        value ^= value >> 33
        value = value &* 0xff51_afd7_ed55_8ccd
        value ^= value >> 33
        value = value &* 0xc4ce_b9fe_1a85_ec53
        value ^= value >> 33
        return value
    }
}
