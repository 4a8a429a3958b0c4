#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#elseif canImport(ucrt)
    import ucrt
#endif

extension StringProtocol {
    /// Whether the UTF-8 bytes of the text contain those of `needle` (поиск по байтам).
    ///
    /// Exact byte search: the texts are NFC-normalised at the door, so bytes are equal exactly when the
    /// characters are. It avoids Foundation's `contains`, which bridges to `NSString` and costs tens of
    /// thousands of instructions a call on Cyrillic text, and it allocates nothing for native strings.
    /// - Complexity: O(n · m) worst case, O(n) in practice.
    package func containsBytes(of needle: String) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { bytes in
            needle.utf8.withContiguousStorageIfAvailable { pattern in ByteSearch.contains(bytes, pattern) }
        }
        if let found = found ?? nil { return found }
        return Array(utf8).withUnsafeBufferPointer { bytes in
            Array(needle.utf8).withUnsafeBufferPointer { ByteSearch.contains(bytes, $0) }
        }
    }
}

extension String {
    /// Whether the UTF-8 bytes of the text hold `byte` (байт іздеу), found with `memchr`.
    /// - Complexity: O(n), vectorised.
    package func containsByte(_ byte: UInt8) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }) {
            return found
        }
        return utf8.contains(byte)
    }

    /// The UTF-8 offsets of every `byte` in the text, in order, found with `memchr`.
    /// - Complexity: O(n), vectorised.
    package func byteOffsets(of byte: UInt8) -> [Int] {
        var text = self
        return text.withUTF8 { bytes in
            var offsets: [Int] = []
            guard let base = bytes.baseAddress else { return offsets }
            var i = 0
            while i < bytes.count, let hit = memchr(base + i, Int32(byte), bytes.count - i) {
                let at = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
                offsets.append(at)
                i = at + 1
            }
            return offsets
        }
    }

    /// The part of the text before the first occurrence of `needle`, found by bytes (the whole text when absent).
    /// - Complexity: O(n · m) worst case, O(n) in practice.
    package func prefix(beforeBytesOf needle: String) -> Substring {
        var text = self
        var needle = needle
        let offset = text.withUTF8 { bytes in needle.withUTF8 { ByteSearch.firstOffset(of: $0, in: bytes) } }
        guard let offset else { return self[...] }
        return self[..<utf8.index(startIndex, offsetBy: offset)]
    }
}

/// A substring search over bytes (байттық іздеу).
package enum ByteSearch {
    /// Whether `bytes` contains `pattern` (true for an empty pattern).
    /// - Complexity: O(n · m) worst case, O(n) in practice.
    package static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        firstOffset(of: pattern, in: bytes) != nil
    }

    /// Calls `body` with the offset of every `byte` in `bytes`, in order, found with `memchr`, while it returns true.
    /// - Complexity: O(n), vectorised.
    @inline(__always)
    package static func forEachOffset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Bool) {
        guard let base = bytes.baseAddress else { return }
        var i = 0
        let n = bytes.count
        while i < n, let hit = memchr(base + i, Int32(byte), n - i) {
            let at = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            guard body(at) else { return }
            i = at + 1
        }
    }

    /// The offset of the first occurrence of `pattern` in `bytes` (0 for an empty pattern), or nil.
    /// - Complexity: O(n · m) worst case, O(n) in practice.
    package static func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !pattern.isEmpty else { return 0 }
        guard bytes.count >= pattern.count, let base = bytes.baseAddress else { return nil }
        let n = bytes.count, m = pattern.count
        guard m > 1 else {
            return memchr(base, Int32(pattern[0]), n).map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base }
        }
        // Candidates by the second byte (the first byte of a Cyrillic letter is nearly always D0 or D1).
        let first = pattern[0], second = pattern[1]
        var i = 1
        let last = n - m + 1
        while i <= last {
            guard let hit = memchr(base + i, Int32(second), last - i + 1) else { return nil }
            let at = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            if bytes[at - 1] == first {
                var k = 2
                while k < m, bytes[at - 1 + k] == pattern[k] { k += 1 }
                if k == m { return at - 1 }
            }
            i = at + 1
        }
        return nil
    }
}
