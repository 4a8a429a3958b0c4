import Foundation

/// A decoded, normalised source file (бастапқы мәтін), split into numbered physical lines.
///
/// Normalisation happens once, at the door: the byte-order mark is stripped, CRLF and CR become LF,
/// the text is put in Unicode NFC, and NO-BREAK SPACE becomes a plain space. Every later stage reads
/// `lines`, and every location it reports is a line and a character column of this text.
public struct SourceText: Sendable, Hashable {
    /// The name used in diagnostics, usually the path.
    public let name: String
    /// The physical lines, without their line feeds. Line `n` is `lines[n - 1]`.
    public let lines: [String]

    /// Decodes and normalises `bytes`.
    ///
    /// - Throws: a ``SourceDecodingError`` for bytes that are not text: invalid UTF-8 (with the byte
    ///   offset) or a binary file (a NUL byte).
    /// - Complexity: O(n) in the number of bytes.
    public init(decoding bytes: [UInt8], name: String) throws(SourceDecodingError) {
        // Nearly every text needs nothing but splitting: one pass checks that and splits it.
        if let lines = bytes.withUnsafeBufferPointer(Self.cleanLines) {
            self.init(normalizedLines: lines, name: name)
            return
        }
        if let offset = bytes.firstIndex(of: 0) {
            throw SourceDecodingError(
                code: "binary-file", message: "the file looks binary (NUL byte at byte offset \(offset)); expected UTF-8 text",
                byteOffset: offset, location: SourceDecodingError.location(of: offset, in: bytes))
        }
        if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
            throw SourceDecodingError(
                code: "invalid-utf8", message: "invalid UTF-8 at byte offset \(offset); expected UTF-8 text",
                byteOffset: offset, location: SourceDecodingError.location(of: offset, in: bytes))
        }
        var text = String(decoding: bytes, as: UTF8.self)
        self.init(normalizing: &text, name: name)
    }

    /// Normalises an already decoded string.
    public init(string: String, name: String) {
        var text = string
        self.init(normalizing: &text, name: name)
    }

    private init(normalizing text: inout String, name: String) {
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let hasCR = text.utf8.withContiguousStorageIfAvailable { $0.contains(0x0D) } ?? text.utf8.contains(0x0D)
        if hasCR {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if !Self.isSurelyNFC(text) { text = text.precomposedStringWithCanonicalMapping }
        if text.containsBytes(of: "\u{00A0}") { text = text.replacingOccurrences(of: "\u{00A0}", with: " ") }
        self.name = name
        var lines = Self.splitLines(text)
        if lines.count > 1, lines.last == "" { lines.removeLast() }
        self.lines = lines
    }

    /// The text split at every LF (empty pieces kept), each piece copied once from the bytes.
    private static func splitLines(_ text: String) -> [String] {
        let split = text.utf8.withContiguousStorageIfAvailable { bytes -> [String] in
            var lines: [String] = []
            var start = 0
            for index in 0..<bytes.count where bytes[index] == 0x0A {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                start = index + 1
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return lines
        }
        return split ?? text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The lines of `bytes` when one pass shows they need no normalisation and no error: no NUL, CR or
    /// NO-BREAK SPACE, and only scalars ``isSurelyNFC(_:)`` accepts, each well-formed UTF-8 (no byte-order
    /// mark either: it is no such scalar). Nil otherwise, and the full path decodes, reports and normalises.
    /// - Complexity: O(n) in the number of bytes.
    static func cleanLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var lines: [String] = []
        var start = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0A {
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                    start = i + 1
                } else if b == 0 || b == 0x0D {
                    return nil
                }
                i += 1
                continue
            }
            guard i + 1 < n else { return nil }
            let second = bytes[i + 1]
            guard second & 0xC0 == 0x80 else { return nil }
            if b == 0xD0 || b == 0xD1 {  // U+0400–047F: most letters, tested first
                i += 2
                continue
            }
            switch b {
            case 0xC2 where second != 0xA0, 0xC3...0xCB, 0xD0, 0xD1, 0xD3: i += 2  // U+0080–02FF but NBSP, U+0400–047F, U+04C0–04FF
            case 0xD2 where second <= 0x82 || second >= 0x8A: i += 2  // U+0480–0482, U+048A–04BF
            case 0xD4 where second <= 0xAF: i += 2  // U+0500–052F
            case 0xE2:
                guard i + 2 < n else { return nil }
                let third = bytes[i + 2]
                // U+2010–203F, U+2040–205E, U+2116
                guard third & 0xC0 == 0x80, second == 0x80 && third >= 0x90 || second == 0x81 && third <= 0x9E || second == 0x84 && third == 0x96
                else { return nil }
                i += 3
            default: return nil
            }
        }
        lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
        if lines.count > 1, lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Wraps lines that are already normalised (a later normalisation pass, such as orthography).
    package init(normalizedLines lines: [String], name: String) {
        self.name = name
        self.lines = lines
    }

    /// Whether every scalar is one NFC leaves alone: below U+0300 (ASCII, Latin-1, precomposed Latin),
    /// precomposed Cyrillic (Kazakh letters included, combining marks U+0483–0489 excepted), general
    /// punctuation (U+2010–205E: dashes, quotes, bullets) and №. Anything else goes through
    /// Foundation's NFC, which is exact but slow.
    static func isSurelyNFC(_ text: String) -> Bool {
        let byBytes = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 { i += 1; continue }
                let second = i + 1 < n ? bytes[i + 1] : 0
                switch b {
                case 0xC2...0xCB, 0xD0, 0xD1, 0xD3: i += 2  // U+0080–02FF, U+0400–047F, U+04C0–04FF
                case 0xD2 where second <= 0x82 || second >= 0x8A: i += 2  // U+0480–0482, U+048A–04BF
                case 0xD4 where second <= 0xAF: i += 2  // U+0500–052F
                case 0xE2:
                    let third = i + 2 < n ? bytes[i + 2] : 0
                    // U+2010–203F, U+2040–205E, U+2116
                    guard second == 0x80 && third >= 0x90 || second == 0x81 && third <= 0x9E || second == 0x84 && third == 0x96
                    else { return false }
                    i += 3
                default: return false
                }
            }
            return true
        }
        if let byBytes { return byBytes }
        return text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0..<0x300, 0x400..<0x483, 0x48A..<0x530, 0x2010..<0x205F, 0x2116: true
            default: false
            }
        }
    }

    /// The text of physical line `number` (1-based), or nil past the end.
    public func line(_ number: Int) -> String? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }

    /// The whole normalised text, lines joined by LF.
    public var text: String { lines.joined(separator: "\n") }

    /// Whether the text holds nothing but white space.
    public var isBlank: Bool { lines.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
}

/// Bytes that could not be decoded as text.
public struct SourceDecodingError: Error, Sendable, Hashable {
    /// A stable code: `invalid-utf8` or `binary-file`.
    public var code: String
    /// One sentence for a person.
    public var message: String
    /// The offset of the first offending byte.
    public var byteOffset: Int

    /// The line and column of the offending byte.
    public var location: SourceLocation

    /// The error as a diagnostic at the offending byte (the byte offset is in the message too).
    public var diagnostic: Diagnostic { Diagnostic(.error, code, message, at: location) }

    /// The line and character column of `offset` in `bytes` (characters decoded leniently).
    static func location(of offset: Int, in bytes: [UInt8]) -> SourceLocation {
        // Line breaks as the text is read once decoded: LF, CR LF (one break) and a lone CR.
        let end = min(offset, bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<end where bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self).count + 1
        return SourceLocation(line: line, column: column)
    }
}

/// A strict UTF-8 validator that reports where decoding fails.
enum UTF8Validation {
    /// The byte offset of the first byte that does not start or continue a well-formed UTF-8 sequence.
    /// - Complexity: O(n).
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            if i + length > n { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                let (lo, hi) = k == 1 ? (lower, upper) : (0x80, 0xBF)
                if c < lo || c > hi { return i }
            }
            i += length
        }
        return nil
    }
}
