import NusqaCore

/// Normalises the orthography real texts carry (емлені қалпына келтіру) before any grammar reads them.
///
/// Older texts were typed with fonts that lacked the Kazakh letters, so "енгiзiледi", "бөлiгi" and
/// "Yкiметiнiң" carry the Latin `i`, `I`, `y`, `Y` where `і`, `І`, `ү`, `Ү` belong; keyboard slips leave
/// other Latin look-alikes (`a e o p c x k h`, `A B C E H K M O P T X`) inside Cyrillic words. Typography
/// varies too: curly and low quotes beside «…», the Unicode hyphens and the minus sign beside `-`, odd
/// spaces, soft hyphens, zero-width and bidirectional control characters.
///
/// Every change is a ``Repair`` with its line and column, so nothing is altered silently:
/// - a word that mixes Cyrillic and Latin letters, all of whose Latin letters have a Cyrillic twin,
///   is rewritten in Cyrillic (`latin-lookalike`); a word with any other Latin letter is left alone;
/// - `“ ” „` become `« »`, `‐ ‑ ‒ −` become `-`, thin, figure and other fixed-width spaces become a
///   space, and soft hyphens, zero-width and bidirectional controls are removed (`typography`).
///
/// Straight quotes `"…"`, the en and em dashes (ranges, the dash of a sentence) are left as written.
package enum OrthographyNormalizer {
    /// Latin letters and the Cyrillic letter each stands for inside a Kazakh word.
    static let lookalikes: [Unicode.Scalar: Unicode.Scalar] = [
        "i": "і", "I": "І", "y": "ү", "Y": "Ү", "h": "һ",
        "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "k": "к",
        "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х",
    ]

    /// Normalises every line of `source`.
    /// - Returns: the normalised text (the same value when nothing changed) and the repairs made.
    /// - Complexity: O(n) in the size of the text; lines with nothing to change are only scanned.
    public static func normalize(_ source: SourceText) -> (SourceText, [Repair]) {
        var repairs: [Repair] = []
        var lines = source.lines
        var changed = false
        for index in lines.indices where needsWork(lines[index]) {
            let (line, lineRepairs) = normalize(line: lines[index], number: index + 1)
            if !lineRepairs.isEmpty {
                lines[index] = line
                repairs += lineRepairs
                changed = true
            }
        }
        guard changed else { return (source, []) }
        return (SourceText(normalizedLines: lines, name: source.name), repairs)
    }

    /// A byte scan: a character of the typography set, or an ASCII letter touching a Cyrillic one.
    static func needsWork(_ line: String) -> Bool {
        line.utf8.withContiguousStorageIfAvailable(needsWork) ?? needsWorkByIterator(line)
    }

    /// ``needsWork(_:)`` through the UTF-8 view's iterator (the reference for the byte scan).
    static func needsWorkByIterator(_ line: String) -> Bool {
        var previousWasCyrillic = false
        var previousWasLatin = false
        var bytes = line.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case 0x41...0x5A, 0x61...0x7A:
                if previousWasCyrillic { return true }
                previousWasLatin = true
                previousWasCyrillic = false
            case 0xD0...0xD3:
                if previousWasLatin { return true }
                _ = bytes.next()
                previousWasCyrillic = true
                previousWasLatin = false
            case 0xC2:
                if bytes.next() == 0xAD { return true }
                previousWasCyrillic = false
                previousWasLatin = false
            case 0xE2, 0xE3, 0xEF:
                let second = bytes.next() ?? 0
                let third = bytes.next() ?? 0
                if isTypography(byte, second, third) { return true }
                previousWasCyrillic = false
                previousWasLatin = false
            default:
                previousWasCyrillic = false
                previousWasLatin = false
            }
        }
        return false
    }

    /// ``needsWork(_:)`` over the bytes in place: the same scan, indexed.
    static func needsWork(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasCyrillic = false
        var previousWasLatin = false
        let n = bytes.count
        var i = 0
        while i < n {
            let byte = bytes[i]
            i += 1
            switch byte {
            case 0x41...0x5A, 0x61...0x7A:
                if previousWasCyrillic { return true }
                previousWasLatin = true
                previousWasCyrillic = false
            case 0xD0...0xD3:
                if previousWasLatin { return true }
                i += 1
                previousWasCyrillic = true
                previousWasLatin = false
            case 0xC2:
                if i < n, bytes[i] == 0xAD { return true }
                i += 1
                previousWasCyrillic = false
                previousWasLatin = false
            case 0xE2, 0xE3, 0xEF:
                let second = i < n ? bytes[i] : 0
                let third = i + 1 < n ? bytes[i + 1] : 0
                i += 2
                if isTypography(byte, second, third) { return true }
                previousWasCyrillic = false
                previousWasLatin = false
            default:
                previousWasCyrillic = false
                previousWasLatin = false
            }
        }
        return false
    }

    /// Whether the three-byte sequence is a scalar of the typography set (see ``typography(_:quoteOpen:)``).
    private static func isTypography(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        switch (first, second) {
        case (0xE2, 0x80): (0x82...0x92).contains(third) || (0x9C...0x9E).contains(third) || (0xAA...0xAF).contains(third)
        case (0xE2, 0x81): third == 0x9F || (0xA0...0xA4).contains(third) || (0xA6...0xA9).contains(third)
        case (0xE2, 0x88): third == 0x92
        case (0xE3, 0x80): third == 0x80
        case (0xEF, 0xBB): third == 0xBF
        default: false
        }
    }

    /// What one scalar of the typography set becomes: a replacement, or nil to remove it.
    private enum Typography {
        case replace(Unicode.Scalar)
        case remove
    }

    private static func typography(_ scalar: Unicode.Scalar, quoteOpen: Bool) -> Typography? {
        switch scalar.value {
        case 0x00AD, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: .remove
        case 0x2010, 0x2011, 0x2012, 0x2212: .replace("-")
        case 0x2002...0x2009, 0x200A, 0x202F, 0x205F, 0x3000: .replace(" ")
        case 0x201E: .replace("«")
        case 0x201C: .replace(quoteOpen ? "»" : "«")
        case 0x201D: .replace("»")
        default: nil
        }
    }

    private static func isCyrillicLetter(_ scalar: Unicode.Scalar) -> Bool { (0x0400...0x04FF).contains(scalar.value) }
    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }

    private static func normalize(line: String, number: Int) -> (String, [Repair]) {
        var repairs: [Repair] = []
        var out = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        var wordColumn = 1
        var column = 0
        // Whether a „ or “ opened a quote that has not closed yet on this line.
        var quoteOpen = false

        func flushWord() {
            defer { word.removeAll(keepingCapacity: true) }
            guard word.contains(where: isCyrillicLetter), word.contains(where: isASCIILetter),
                word.allSatisfy({ !isASCIILetter($0) || lookalikes[$0] != nil })
            else {
                out.append(contentsOf: word)
                return
            }
            let fixed = word.map { lookalikes[$0] ?? $0 }
            out.append(contentsOf: fixed)
            repairs.append(
                Repair(
                    .latinLookalike, line: number, column: wordColumn, before: String(String.UnicodeScalarView(word)),
                    after: String(String.UnicodeScalarView(fixed))))
        }

        for scalar in line.unicodeScalars {
            column += 1
            if isCyrillicLetter(scalar) || isASCIILetter(scalar) {
                if word.isEmpty { wordColumn = column }
                word.append(scalar)
                continue
            }
            flushWord()
            guard let change = typography(scalar, quoteOpen: quoteOpen) else {
                if scalar == "«" { quoteOpen = true } else if scalar == "»" { quoteOpen = false }
                out.append(scalar)
                continue
            }
            let name = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            switch change {
            case .remove:
                repairs.append(Repair(.typography, line: number, column: column, before: name, after: ""))
            case .replace(let replacement):
                if replacement == "«" { quoteOpen = true } else if replacement == "»" { quoteOpen = false }
                out.append(replacement)
                repairs.append(Repair(.typography, line: number, column: column, before: name, after: String(replacement)))
            }
        }
        flushWord()
        return (String(out), repairs)
    }
}

extension String {
    /// The string with zeros before it up to `width` characters ("AD" → "00AD").
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
