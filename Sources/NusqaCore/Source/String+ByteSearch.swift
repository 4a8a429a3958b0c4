extension StringProtocol {
    /// Whether the UTF-8 bytes of the text contain those of `needle` (поиск по байтам).
    ///
    /// Exact byte search: the texts are NFC-normalised at the door, so bytes are equal exactly when the
    /// characters are. It avoids Foundation's `contains`, which bridges to `NSString` and costs tens of
    /// thousands of instructions a call on Cyrillic text.
    /// - Complexity: O(n · m) worst case, O(n) in practice.
    package func containsBytes(of needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        let search = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            guard bytes.count >= pattern.count else { return false }
            var i = 0
            let last = bytes.count - pattern.count
            while i <= last {
                if bytes[i] == first {
                    var k = 1
                    while k < pattern.count, bytes[i + k] == pattern[k] { k += 1 }
                    if k == pattern.count { return true }
                }
                i += 1
            }
            return false
        }
        if let found = utf8.withContiguousStorageIfAvailable(search) { return found }
        return Array(utf8).withUnsafeBufferPointer(search)
    }
}
