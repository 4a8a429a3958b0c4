import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the store remembers of a file to tell whether it changed (файл белгісі): size, mtime, content hash.
struct FileStamp: Hashable, Sendable {
    var size: Int
    /// Modification time in nanoseconds since 1970.
    var mtime: Int
    var hash: Int

    /// 64-bit FNV-1a of `bytes`, as a signed integer for SQLite.
    /// - Complexity: O(n).
    static func hash(_ bytes: some Collection<UInt8>) -> Int {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        return Int(bitPattern: UInt(value))
    }
}

/// Size and mtime (nanoseconds) of the file at `path`; nil when it cannot be stat'ed.
func fileStat(_ path: String) -> (size: Int, mtime: Int)? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    #if canImport(Darwin)
        let time = info.st_mtimespec
    #else
        let time = info.st_mtim
    #endif
    return (Int(info.st_size), Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec))
}
