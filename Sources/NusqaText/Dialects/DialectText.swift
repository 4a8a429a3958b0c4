import NusqaCore

/// Small character and line predicates shared by the dialect readers.
///
/// Digits are detected with ASCII checks only (`"٣".isNumber` is true, but it is no digit of ours).
enum DialectText {
    /// Whether `c` is one of the ASCII digits 0–9.
    static func isASCIIDigit(_ c: Character) -> Bool {
        guard let value = c.asciiValue else { return false }
        return value >= 0x30 && value <= 0x39
    }

    /// Whether the line holds nothing but white space.
    static func isBlank(_ line: String) -> Bool { line.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } }

    /// The number of leading spaces.
    static func indent(of line: String) -> Int { line.utf8.prefix { $0 == 0x20 }.count }

    /// The line without leading and trailing spaces and tabs.
    /// - Complexity: O(n), scanning bytes: spaces and tabs are ASCII, so byte positions are character boundaries.
    static func trimmed(_ line: String) -> String {
        guard let (first, end) = trimmedByteRange(line) else { return trimmedByIndices(line) }
        if first == 0, end == line.utf8.count { return line }
        let utf8 = line.utf8
        return String(line[utf8.index(utf8.startIndex, offsetBy: first)..<utf8.index(utf8.startIndex, offsetBy: end)])
    }

    /// The UTF-8 offsets of ``trimmed(_:)`` within `line`, found by bytes; nil when a kept edge is not a
    /// character of its own and might share a character with the white space next to it (a combining mark
    /// after it, a prepended mark before it): then the index path decides.
    static func trimmedByteRange(_ line: String) -> (first: Int, end: Int)? {
        let range = line.utf8.withContiguousStorageIfAvailable { bytes -> (first: Int, end: Int)? in
            var first = 0
            var end = bytes.count
            while first < end, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
            guard first < end else { return (0, 0) }
            while bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            if first > 0, SimpleScalar.length(bytes, at: first) == nil { return nil }
            if end < bytes.count {
                var lastStart = end - 1
                while lastStart > first, bytes[lastStart] & 0xC0 == 0x80 { lastStart -= 1 }
                if SimpleScalar.length(bytes, at: lastStart) == nil { return nil }
            }
            return (first, end)
        }
        return range ?? nil
    }

    /// ``trimmed(_:)`` by string indices (the reference for the byte path, and the path for odd edges).
    static func trimmedByIndices(_ line: String) -> String {
        let bytes = line.utf8
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
            let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })
        else { return "" }
        if first == bytes.startIndex, bytes.index(after: last) == bytes.endIndex { return line }
        return String(line[first...last])
    }

    /// ``trimmed(_:)`` as a view into `line`, not a copy.
    /// - Complexity: O(n) in the spaces and tabs trimmed.
    static func trimmedSlice(_ line: String) -> Substring {
        let bytes = line.utf8
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
            let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })
        else { return "" }
        return line[first...last]
    }

    /// Whether the text ends a sentence or clause: `.` `;` `:` `!` `?`, possibly followed by closing quotes or brackets.
    static func endsWithSentencePunctuation(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            switch scalar {
            case " ", "\t", "\"", "»", "”", "’", ")": continue
            case ".", ";", ":", "!", "?": return true
            default: return false
            }
        }
        return false
    }

    /// Whether a line after a blank run reads as the rest of an unfinished sentence:
    /// it starts with a lowercase letter or with punctuation that cannot open a paragraph.
    static func continuesSentence(_ text: String) -> Bool {
        guard let first = trimmed(text).first else { return false }
        if first.isLetter { return first.isLowercase }
        return ",.;:)»”(/-–".contains(first)
    }

    /// The counts of the non-white-space characters of `text`: what a repair that only moves words must keep.
    static func nonSpaceCounts(_ text: String) -> [Character: Int] {
        var counts: [Character: Int] = [:]
        for c in text where !c.isWhitespace { counts[c, default: 0] += 1 }
        return counts
    }

    /// The last `count` characters of `text` (for short repair contexts).
    static func tail(_ text: String, _ count: Int = 24) -> String { String(text.suffix(count)) }

    /// The first `count` characters of `text`.
    static func head(_ text: String, _ count: Int = 24) -> String { String(text.prefix(count)) }
}
