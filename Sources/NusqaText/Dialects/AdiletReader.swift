import NusqaCore

/// Reads the adilet.zan.kz text export (әділет экспорты) into blocks.
///
/// An abzac starts at a line indented by five or more spaces (the indent is six; a seventh space is a
/// hyperlink gap) and runs over the unindented lines after it. Outside indented text (the title and header,
/// the annex after the signature) blank lines separate blocks. Before blocks are built every physical line
/// gets its line-level repairs: hyperlink displacement (`DisplacementRepairer`) and letter spacing.
package enum AdiletReader {
    /// Reads `source` as an adilet export. Never fails: odd lines become text plus diagnostics.
    /// - Complexity: O(n) in the size of the text.
    public static func read(_ source: SourceText) -> BlockReading {
        var reading = BlockReading()
        reading.lines = repairLines(source, into: &reading)
        var current: ParagraphBuilder?
        var blanks = 0
        func flush() {
            guard let builder = current else { return }
            let (block, repairs) = builder.makeBlock()
            reading.blocks.append(block)
            reading.repairs += repairs
            current = nil
        }
        for (index, line) in reading.lines.enumerated() {
            let number = index + 1
            let sourceLine = source.lines[index]
            if DialectText.isBlank(line) {
                if current != nil { blanks += 1 }
                continue
            }
            defer { blanks = 0 }
            if DialectText.indent(of: sourceLine) >= 5 {
                flush()
                current = ParagraphBuilder(line: number, raw: line, sourceLine: sourceLine, isIndented: true)
                continue
            }
            guard var builder = current else {
                current = ParagraphBuilder(line: number, raw: line, sourceLine: sourceLine, isIndented: false)
                continue
            }
            current = nil  // the builder's text is uniquely referenced, so appending does not copy it
            if blanks > 0 {
                let isPageBreak = builder.isIndented && !DialectText.endsWithSentencePunctuation(builder.text)
                    && DialectText.continuesSentence(line)
                guard isPageBreak else {
                    current = builder
                    flush()
                    current = ParagraphBuilder(line: number, raw: line, sourceLine: sourceLine, isIndented: false)
                    continue
                }
                reading.repairs.append(pageBreakRepair(builder.lastRaw, line, at: builder.lastLine, blanks: blanks))
            }
            if let joined = builder.append(line: number, raw: line, sourceLine: sourceLine) {
                reading.repairs.append(joined)
            }
            current = builder
        }
        flush()
        reading.repairs = sortedBySourceOrder(reading.repairs)
        return reading
    }

    /// Applies the line-level repairs and returns the repaired physical lines (as many as the source has).
    static func repairLines(_ source: SourceText, into reading: inout BlockReading) -> [String] {
        var lines = source.lines
        var followsAmbiguous = false
        for (index, raw) in source.lines.enumerated() {
            let number = index + 1
            guard !DialectText.isBlank(raw) else { continue }
            switch DisplacementRepairer.repair(raw, followsAmbiguous: followsAmbiguous) {
            case .unchanged:
                followsAmbiguous = false
            case .repaired(let repaired):
                lines[index] = repaired
                reading.repairs.append(Repair(.hyperlinkDisplacement, line: number, before: raw, after: repaired))
                followsAmbiguous = false
            case .repairedByGrammar(let repaired):
                lines[index] = repaired
                reading.repairs.append(Repair(.hyperlinkDisplacement, line: number, before: raw, after: repaired))
                reading.diagnostics.append(Diagnostic(
                    .note, "displacement-resolved-by-grammar",
                    "hyperlink text displaced on this line was put back where the citation chains read in order (article before item)",
                    at: SourceLocation(line: number, column: DialectText.indent(of: raw) + 1)))
                followsAmbiguous = false
            case .ambiguous(let reason):
                // The text stays as it was, with the visible marker after the displaced words.
                reading.repairs.append(Repair(.ambiguousDisplacement, line: number, before: raw, after: raw))
                lines[index] = markedUncertain(raw)
                let column = DialectText.indent(of: raw) + 1
                reading.diagnostics.append(Diagnostic(
                    .warning, "ambiguous-displacement", "hyperlink text displaced on this line was left as it is, marked \(UncertainText.marker) where it ends: \(reason)",
                    at: SourceLocation(line: number, column: column)))
                followsAmbiguous = true
            }
            let collapsed = LetterSpacingCollapser.collapse(lines[index])
            if collapsed != lines[index] {
                reading.repairs.append(Repair(.letterSpacing, line: number, before: lines[index], after: collapsed))
                lines[index] = collapsed
            }
        }
        return lines
    }

    /// `raw` with the uncertainty marker after its last word, before any closing quote or punctuation
    /// ("… негізінде ⟦?⟧";"), so a quoted payload keeps it.
    static func markedUncertain(_ raw: String) -> String {
        var end = raw.endIndex
        while end > raw.startIndex, "\"»”;.,:)".contains(raw[raw.index(before: end)]) { end = raw.index(before: end) }
        return String(raw[..<end]) + " " + UncertainText.marker + String(raw[end...])
    }

    /// The record of a page break (blank lines in mid-sentence) joined away.
    static func pageBreakRepair(_ previous: String, _ next: String, at line: Int, blanks: Int) -> Repair {
        let before = DialectText.tail(DialectText.trimmed(previous)) + String(repeating: "\n", count: blanks + 1)
            + DialectText.head(DialectText.trimmed(next))
        let after = DialectText.tail(DialectText.trimmed(previous)) + LineJoiner.separator(after: previous, before: next)
            + DialectText.head(DialectText.trimmed(next))
        return Repair(.pageBreakJoined, line: line, before: before, after: after)
    }

    /// Repairs in source order (stable for repairs on the same line).
    static func sortedBySourceOrder(_ repairs: [Repair]) -> [Repair] {
        repairs.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }
}
