import NusqaCore

/// Reads table-pipe text (кестелік мәтін): one block a line, tab-separated `|` cells as table rows.
package enum PipeTableReader {
    /// The cell separator of a table row.
    static let separator = "\t|\t"

    /// Reads `source`: every non-blank line is a block, a `tableRow` when it has `\t|\t` cells (trimmed, a
    /// leading empty cell kept as ""), a paragraph otherwise.
    /// - Complexity: O(n) in the size of the text.
    public static func read(_ source: SourceText) -> BlockReading {
        var reading = BlockReading(lines: source.lines)
        for (index, line) in source.lines.enumerated() where !DialectText.isBlank(line) {
            let number = index + 1
            if isTableRow(line) {
                var cells: [String] = []
                for cell in line.split(separator: "|", omittingEmptySubsequences: false) {
                    let (text, changes) = SpacingNormalizer.normalize(DialectText.trimmed(String(cell)))
                    reading.repairs += changes.map { Repair(.spacingNormalized, line: number, before: $0.before, after: $0.after) }
                    cells.append(text)
                }
                let span = SourceSpan(
                    start: SourceLocation(line: number, column: 1),
                    end: SourceLocation(line: number, column: line.count + 1))
                reading.blocks.append(Block(.tableRow, text: cells.joined(separator: " | "), cells: cells, span: span))
            } else {
                let (block, repairs) = ParagraphBuilder(line: number, raw: line, sourceLine: line, isIndented: false)
                    .makeBlock()
                reading.blocks.append(block)
                reading.repairs += repairs
            }
        }
        return reading
    }

    /// Whether `line` holds tab-separated `|` cells.
    static func isTableRow(_ line: String) -> Bool { line.containsBytes(of: separator) }
}
