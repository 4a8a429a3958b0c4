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
        guard mayHaveClosableDash(text) else { return (text, []) }
        return normalizeEveryDash(text)
    }

    /// ``normalize(_:)`` without the quick scans that skip most texts: every character is looked at.
    /// The reference the quick scans are tested against.
    /// - Complexity: O(n) in the length of `text`.
    package static func normalizeEveryDash(_ text: String) -> (text: String, changes: [Change]) {
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

    /// A quick scan: a space followed by a dash (`-`, `–`, `—`) and a space, over the UTF-8 bytes.
    private static func hasSpacedDash(_ text: String) -> Bool {
        // Only "N - unit" or "ДСМ - N" are normalised: a digit or "М" before the spaced dash.
        var text = text
        return text.withUTF8 { bytes in
            let count = bytes.count
            var afterDigitOrM = false  // the scalar before the last run of spaces is a digit or "М" (D0 9C)
            var i = 0
            while i < count {
                let byte = bytes[i]
                if byte == 0x20 {
                    if i > 0, bytes[i - 1] != 0x20 {
                        let before = bytes[i - 1]
                        afterDigitOrM = (before >= 0x30 && before <= 0x39) || (before == 0x9C && i >= 2 && bytes[i - 2] == 0xD0)
                    }
                } else if afterDigitOrM, i > 0, bytes[i - 1] == 0x20 {
                    var width = 0
                    if byte == 0x2D {
                        width = 1
                    } else if byte == 0xE2, i + 2 < count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 {
                        width = 3
                    }
                    if width > 0, i + width < count, bytes[i + width] == 0x20 { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// A quick scan that never misses a dash ``normalize(_:)`` closes up (it may let through some it does not):
    /// a spaced dash after a digit or "М" whose next word starts with a unit word, or after "М" with a digit next.
    /// Texts whose spaced dashes are ranges or apposition ("2023 – 2027", "№ 12/2020 — Тегін …") then skip the
    /// character-by-character pass.
    /// - Complexity: O(n) in the scalars of `text`.
    static func mayHaveClosableDash(_ text: String) -> Bool {
        guard hasSpacedDash(text) else { return false }
        let scalars = text.unicodeScalars
        var beforeSpace: Unicode.Scalar = "x"
        var previous: Unicode.Scalar = "x"
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if previous == " ", scalar == "-" || scalar == "–" || scalar == "—", ("0"..."9").contains(beforeSpace) || beforeSpace == "М" {
                var next = scalars.index(after: index)
                var spaces = 0
                while next < scalars.endIndex, scalars[next] == " " {
                    spaces += 1
                    next = scalars.index(after: next)
                }
                if spaces > 0, next < scalars.endIndex {
                    if beforeSpace == "М", ("0"..."9").contains(scalars[next]) { return true }
                    // The next word's first scalars, lower-cased (the stdlib maps scalar by scalar), against the unit words.
                    var end = next
                    var length = 0
                    while end < scalars.endIndex, scalars[end] != " ", length < 12 {
                        end = scalars.index(after: end)
                        length += 1
                    }
                    let start = String(String.UnicodeScalarView(scalars[next..<end])).lowercased().unicodeScalars
                    if unitWords.contains(where: { start.starts(with: $0.unicodeScalars) }) { return true }
                }
            }
            if scalar == " " && previous != " " { beforeSpace = previous }
            previous = scalar
            index = scalars.index(after: index)
        }
        return false
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
        let leftIsDSM = start >= 3 && chars[start - 3] == "Д" && chars[start - 2] == "С" && chars[start - 1] == "М"
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
