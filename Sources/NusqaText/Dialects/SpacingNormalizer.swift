import NusqaCore

/// Normalises irregular spacing around the dash of unit numbers (аралықты түзету): `2 - тармақ` → `2-тармақ`.
///
/// A dash with spaces on both sides closes up when it stands after a digit or `ДСМ` and before a unit word
/// (тармақ, қосымша, бап, …); after `ДСМ` a digit may follow too (`ҚР ДСМ - 65` → `ҚР ДСМ-65`). En and em
/// dashes become a hyphen. Ranges such as `2023 – 2027` are left alone.
package enum SpacingNormalizer {
    /// One change: where it was made in the input text (character offset), and the text before and after.
    public struct Change: Sendable, Hashable {
        /// The character offset in the input text where the changed span starts.
        public var offset: Int
        /// The span before the change, e.g. `2 - тармақ`.
        public var before: String
        /// The span after the change, e.g. `2-тармақ`.
        public var after: String

        /// Creates a change record.
        public init(offset: Int, before: String, after: String) {
            self.offset = offset
            self.before = before
            self.after = after
        }
    }

    /// The unit words whose number may be written with a spaced dash (prefixes of their case forms).
    static let unitWords = ["тармақ", "қосымша", "бап", "бөлім", "тарау", "абзац", "кесте", "жол", "параграф", "бөлік"]

    /// Returns the normalised text and the changes made, in order.
    /// - Complexity: O(n) in the length of `text`.
    public static func normalize(_ text: String) -> (text: String, changes: [Change]) {
        guard hasSpacedDash(text) else { return (text, []) }
        let chars = Array(text)
        var out: [Character] = []
        out.reserveCapacity(chars.count)
        var changes: [Change] = []
        var i = 0
        while i < chars.count {
            if let end = matchEnd(chars, dashAt: i), let start = leftStart(chars, dashAt: i) {
                // The spaces between the number and the dash were already copied: take them back.
                out.removeLast(i - start)
                out.append("-")
                let rightStart = spacesAfter(chars, i)
                let anchor = start - leftWordLength(chars, before: start)
                let before = String(chars[anchor..<end])
                let after = String(chars[anchor..<start]) + "-" + String(chars[rightStart..<end])
                changes.append(Change(offset: anchor, before: before, after: after))
                i = rightStart
                continue
            }
            out.append(chars[i])
            i += 1
        }
        return (String(out), changes)
    }

    /// A quick scan: a space followed by a dash (`-`, `–`, `—`) and a space.
    static func hasSpacedDash(_ text: String) -> Bool {
        // Only "N - unit" or "ДСМ - N" are normalised: a digit or "М" before the spaced dash.
        text.utf8.withContiguousStorageIfAvailable(hasSpacedDash) ?? hasSpacedDashByScalars(text)
    }

    /// ``hasSpacedDash(_:)`` over decoded scalars (the reference for the byte scan).
    static func hasSpacedDashByScalars(_ text: String) -> Bool {
        var beforeSpace: Unicode.Scalar = "x"
        var previous: Unicode.Scalar = "x"
        var candidate = false
        for scalar in text.unicodeScalars {
            if candidate, scalar == " " { return true }
            candidate = previous == " " && (scalar == "-" || scalar == "–" || scalar == "—")
                && (("0"..."9").contains(beforeSpace) || beforeSpace == "М")
            if scalar == " " && previous != " " { beforeSpace = previous }
            previous = scalar
        }
        return false
    }

    /// ``hasSpacedDash(_:)`` over the bytes in place, from each dash (`-`, `–` E2 80 93, `—` E2 80 94), found
    /// with `memchr`: the scalar before it a space, the one after it a space, and the scalar before that run
    /// of spaces a digit or `М` (D0 9C) — what the scalar scan finds.
    private static func hasSpacedDash(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        func isSpacedDash(at i: Int, length: Int) -> Bool {
            guard i > 0, i + length < n, bytes[i - 1] == 0x20, bytes[i + length] == 0x20 else { return false }
            var j = i - 1
            while j > 0, bytes[j - 1] == 0x20 { j -= 1 }
            return j > 0 && bytes[j - 1] >= 0x30 && bytes[j - 1] <= 0x39 || j > 1 && bytes[j - 2] == 0xD0 && bytes[j - 1] == 0x9C
        }
        var found = false
        ByteSearch.forEachOffset(of: 0x2D, in: bytes) { i in
            found = isSpacedDash(at: i, length: 1)
            return !found
        }
        if found { return true }
        ByteSearch.forEachOffset(of: 0xE2, in: bytes) { i in
            found = i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94) && isSpacedDash(at: i, length: 3)
            return !found
        }
        return found
    }

    private static func isDash(_ c: Character) -> Bool { c == "-" || c == "–" || c == "—" }

    private static func spacesAfter(_ chars: [Character], _ i: Int) -> Int {
        var j = i + 1
        while j < chars.count, chars[j] == " " { j += 1 }
        return j
    }

    /// The index of the first space before the dash at `i`, if spaces stand before it (and text before them).
    private static func leftStart(_ chars: [Character], dashAt i: Int) -> Int? {
        var j = i
        while j > 0, chars[j - 1] == " " { j -= 1 }
        guard j < i, j > 0 else { return nil }
        return j
    }

    private static func leftWordLength(_ chars: [Character], before j: Int) -> Int {
        var k = j
        while k > 0, chars[k - 1] != " " { k -= 1 }
        return j - k
    }

    /// The end of the unit word or number after a spaced dash at `i` that should close up, or nil.
    private static func matchEnd(_ chars: [Character], dashAt i: Int) -> Int? {
        guard isDash(chars[i]), let start = leftStart(chars, dashAt: i) else { return nil }
        let leftIsDigit = DialectText.isASCIIDigit(chars[start - 1])
        let leftIsDSM = start >= 3 && String(chars[(start - 3)..<start]) == "ДСМ"
            && (start == 3 || chars[start - 4] == " ")
        guard leftIsDigit || leftIsDSM else { return nil }
        let r = spacesAfter(chars, i)
        guard r > i + 1, r < chars.count else { return nil }
        var end = r
        while end < chars.count, chars[end] != " " { end += 1 }
        let word = String(chars[r..<end]).lowercased()
        if unitWords.contains(where: { word.hasPrefix($0) }) { return end }
        if leftIsDSM, DialectText.isASCIIDigit(chars[r]) { return end }
        return nil
    }
}
