/// Reads plain text (қарапайым мәтін), such as a slide deck: paragraphs separated by blank lines.
///
/// A text with no blank lines whose lines read as the paragraphs of a document — an enacting formula
/// ("ҚАУЛЫ ЕТЕДІ:") or several numbered lines ("1. …", "2-бап. …") — is read one block per line: that is
/// how consolidated texts of zan.gov.kz come (one paragraph a line, blank lines dropped).
public enum PlainReader {
    /// Reads `source` as blank-line separated paragraphs whose lines are joined with ``LineJoiner``,
    /// or one paragraph per line (see the type's discussion).
    /// - Complexity: O(n) in the size of the text.
    public static func read(_ source: SourceText) -> BlockReading {
        var reading = BlockReading(lines: source.lines)
        if isOneParagraphPerLine(source) {
            var current: ParagraphBuilder?
            for (index, line) in source.lines.enumerated() where !DialectText.isBlank(line) {
                if var builder = current, isCutLead(builder.text), UnitMarker.classify(line) == nil, !EnactingFormula.contains(line) {
                    // An item's lead sentence cut by a hard wrap ("… 2004 жылғы 28" + "N 1120 қаулысына …").
                    let before = DialectText.tail(builder.text) + "\n" + DialectText.head(line)
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
        guard text.count > 60, !DialectText.endsWithSentencePunctuation(text), !text.hasSuffix(")"),
            case .item? = UnitMarker.classify(text)
        else { return false }
        return true
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
            if UnitMarker.classify(line) != nil { numbered += 1 }
        }
        return numbered >= 2
    }
}
