import NusqaCore

/// Reads plain text (қарапайым мәтін), such as a slide deck: paragraphs separated by blank lines.
///
/// A text with no blank lines whose lines read as the paragraphs of a document — an enacting formula
/// ("ҚАУЛЫ ЕТЕДІ:") or several numbered lines ("1. …", "2-бап. …") — is read one block per line: that is
/// how consolidated texts of zan.gov.kz come (one paragraph a line, blank lines dropped).
package enum PlainReader {
    /// Reads `source` as blank-line separated paragraphs whose lines are joined with ``LineJoiner``,
    /// or one paragraph per line (see the type's discussion).
    /// - Complexity: O(n) in the size of the text.
    public static func read(_ source: SourceText) -> BlockReading {
        var reading = BlockReading(lines: source.lines)
        if isOneParagraphPerLine(source) {
            var current: ParagraphBuilder?
            for (index, line) in source.lines.enumerated() where !DialectText.isBlank(line) {
                if var builder = current, isCutLead(builder.text), !startsWithUnitNumber(line), !EnactingFormula.contains(line) {
                    // An item's lead sentence cut by a hard wrap ("… 2004 жылғы 28" + "N 1120 қаулысына …").
                    let before = DialectText.tail(builder.text) + "\n" + DialectText.head(line)
                    current = nil  // the builder's text is uniquely referenced, so appending does not copy it
                    _ = builder.append(line: index + 1, raw: line, sourceLine: line)
                    reading.repairs.append(Repair(.lineJoined, line: index, before: before, after: DialectText.tail(builder.text, 48)))
                    current = builder
                    continue
                }
                if let builder = current { reading.blocks.append(builder.makeBlock().0) }
                current = ParagraphBuilder(line: index + 1, raw: line, sourceLine: line, isIndented: false)
            }
            if let builder = current { reading.blocks.append(builder.makeBlock().0) }
            return reading
        }
        let builders = BlankLineParagraphs().paragraphs(of: source, repairs: &reading.repairs)
        for builder in builders {
            let (block, repairs) = builder.makeBlock()
            reading.blocks.append(block)
            reading.repairs += repairs
        }
        reading.repairs = AdiletReader.sortedBySourceOrder(reading.repairs)
        return reading
    }

    /// Whether `text` opens a numbered item ("4. …") and stops in mid-sentence: no closing punctuation,
    /// long enough to be a sentence cut by a wrap rather than a heading.
    static func isCutLead(_ text: String) -> Bool {
        guard text.count > 60, !DialectText.endsWithSentencePunctuation(text), !text.hasSuffix(")") else { return false }
        let digits = text.utf8.prefix { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
        return !digits.isEmpty && text.utf8.dropFirst(digits.count).starts(with: ". ".utf8)
    }

    /// Whether `line` opens with a unit number: "2. ", "11) ", "12-бап", "1-тарау" (ASCII digits only).
    static func startsWithUnitNumber(_ line: String) -> Bool {
        let bytes = line.utf8
        let digits = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }
        guard !digits.isEmpty else { return false }
        let rest = bytes.dropFirst(digits.count).drop { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D && false }
        var tail = Array(rest.prefix(3))
        // "3-1. ": an inserted number.
        var skipped = bytes.dropFirst(digits.count)
        while let first = skipped.first, first == 0x2D, let next = skipped.dropFirst().first, next >= 0x30 && next <= 0x39 {
            skipped = skipped.dropFirst().drop { $0 >= 0x30 && $0 <= 0x39 }
        }
        tail = Array(skipped.prefix(3))
        guard let first = tail.first else { return false }
        if (first == 0x2E || first == 0x29), tail.count > 1 { return tail[1] == 0x20 }
        return first == 0x2D && tail.count > 1 && tail[1] >= 0x80  // "-бап", "-тарау": a Cyrillic word
    }

    /// Whether `source` keeps one paragraph per line: hardly any blank lines between its lines, and an
    /// enacting formula or at least two lines that open with a unit number among its first lines.
    /// - Complexity: O(n) in the number of lines.
    static func isOneParagraphPerLine(_ source: SourceText) -> Bool {
        let lines = source.lines
        let blank = lines.lazy.filter(DialectText.isBlank).count
        let filled = lines.count - blank
        guard filled >= 2, blank * 10 <= filled else { return false }
        var numbered = 0
        for line in lines.prefix(400) where !DialectText.isBlank(line) {
            if EnactingFormula.contains(line) { return true }
            if startsWithUnitNumber(line) { numbered += 1 }
        }
        return numbered >= 2
    }
}
