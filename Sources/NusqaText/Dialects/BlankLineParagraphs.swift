import NusqaCore

/// Groups physical lines into paragraphs separated by blank lines (PDF text, plain text).
struct BlankLineParagraphs {
    /// Join a paragraph across blank lines when it stops in mid-sentence and the next line continues it.
    var joinsPageBreaks = false
    /// Start a paragraph at a line with a leading space that follows a line ending a sentence (`… көлемі;` +
    /// ` 7) тегін …`), even without a blank line between them.
    var splitsAtLeadingSpace = false

    /// The paragraphs of `source`, skipping the line numbers in `skipped`; join and page-break repairs go to
    /// `repairs`.
    /// - Complexity: O(n) in the size of the text.
    func paragraphs(of source: SourceText, skipping skipped: Set<Int> = [], repairs: inout [Repair]) -> [ParagraphBuilder] {
        var result: [ParagraphBuilder] = []
        var current: ParagraphBuilder?
        var blanks = 0
        for (index, line) in source.lines.enumerated() {
            let number = index + 1
            if skipped.contains(number) { continue }
            if DialectText.isBlank(line) {
                if current != nil { blanks += 1 }
                continue
            }
            defer { blanks = 0 }
            guard var builder = current else {
                current = ParagraphBuilder(line: number, raw: line, sourceLine: line, isIndented: false)
                continue
            }
            current = nil  // the builder's text is uniquely referenced, so appending does not copy it
            if startsNewParagraph(builder, line, afterBlanks: blanks) {
                result.append(builder)
                current = ParagraphBuilder(line: number, raw: line, sourceLine: line, isIndented: false)
                continue
            }
            if blanks > 0 {
                repairs.append(AdiletReader.pageBreakRepair(builder.lastRaw, line, at: builder.lastLine, blanks: blanks))
            }
            if let joined = builder.append(line: number, raw: line, sourceLine: line) { repairs.append(joined) }
            current = builder
        }
        if let current { result.append(current) }
        return result
    }

    private func startsNewParagraph(_ builder: ParagraphBuilder, _ line: String, afterBlanks blanks: Int) -> Bool {
        if blanks > 0 {
            guard joinsPageBreaks else { return true }
            return DialectText.endsWithSentencePunctuation(builder.text) || !DialectText.continuesSentence(line)
        }
        if splitsAtLeadingSpace, line.first == " ", builder.lastRaw.last != " " {
            return DialectText.endsWithSentencePunctuation(builder.text)
        }
        return false
    }
}
