/// Collapses letter-spaced words (разрядка): `е р е к ш е` → `ерекше`, `Р е с у р с` → `Ресурс`.
///
/// A run of three or more single letters separated by single spaces is one word whose letters were spread
/// out; the spaces inside the run go, the spaces around it stay.
package enum LetterSpacingCollapser {
    /// The line with every letter-spaced run collapsed (the same line when there is none).
    /// - Complexity: O(n) in the length of the line.
    public static func collapse(_ line: String) -> String {
        guard mayHaveLetterSpacing(line) else { return line }
        let chars = Array(line)
        var out: [Character] = []
        out.reserveCapacity(chars.count)
        var i = 0
        while i < chars.count {
            let run = runLength(chars, from: i)
            if run >= 3 {
                for k in 0..<run { out.append(chars[i + 2 * k]) }
                i += 2 * run - 1
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// Whether position `i` holds a one-letter word.
    private static func isSingleLetter(_ chars: [Character], _ i: Int) -> Bool {
        guard i < chars.count, chars[i].isLetter else { return false }
        let leftOK = i == 0 || chars[i - 1] == " "
        let rightOK = i + 1 == chars.count || chars[i + 1] == " "
        return leftOK && rightOK
    }

    /// The number of single letters in the run that starts at `i` (0 when `i` is not a run start).
    private static func runLength(_ chars: [Character], from i: Int) -> Int {
        guard isSingleLetter(chars, i) else { return 0 }
        var count = 1
        var j = i
        while j + 2 < chars.count, chars[j + 1] == " ", isSingleLetter(chars, j + 2) {
            count += 1
            j += 2
        }
        return count
    }

    /// A quick scan over scalars: three single letters in a row, each followed by a space ("е р е").
    static func mayHaveLetterSpacing(_ line: String) -> Bool {
        // Over the bytes in place: a scalar starts at every byte that is not a continuation byte.
        let byBytes = line.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var run = 0
            var previousIsSpace = true
            var beforePreviousIsSpace = true
            for byte in bytes where byte & 0xC0 != 0x80 {
                let isSpace = byte == 0x20
                if isSpace {
                    if !previousIsSpace && beforePreviousIsSpace {
                        run += 1
                        if run >= 2 { return true }
                    } else if !previousIsSpace {
                        run = 0
                    }
                }
                beforePreviousIsSpace = previousIsSpace
                previousIsSpace = isSpace
            }
            return !previousIsSpace && beforePreviousIsSpace && run >= 2
        }
        return byBytes ?? mayHaveLetterSpacingByScalars(line)
    }

    /// ``mayHaveLetterSpacing(_:)`` over decoded scalars (the reference for the byte scan).
    static func mayHaveLetterSpacingByScalars(_ line: String) -> Bool {
        var run = 0
        var previous: Unicode.Scalar = " "
        var beforePrevious: Unicode.Scalar = " "
        for scalar in line.unicodeScalars {
            if scalar == " " {
                if previous != " " && beforePrevious == " " {
                    run += 1
                    if run >= 2 { return true }
                } else if previous != " " {
                    run = 0
                }
            }
            beforePrevious = previous
            previous = scalar
        }
        return previous != " " && beforePrevious == " " && run >= 2
    }
}
