import NusqaCore

/// Reads plain text (қарапайым мәтін), such as a slide deck: paragraphs separated by blank lines.
public enum PlainReader {
    /// Reads `source` as blank-line separated paragraphs whose lines are joined with ``LineJoiner``.
    /// - Complexity: O(n) in the size of the text.
    public static func read(_ source: SourceText) -> BlockReading {
        var reading = BlockReading(lines: source.lines)
        let builders = BlankLineParagraphs().paragraphs(of: source, repairs: &reading.repairs)
        for builder in builders {
            let (block, repairs) = builder.makeBlock()
            reading.blocks.append(block)
            reading.repairs += repairs
        }
        reading.repairs = AdiletReader.sortedBySourceOrder(reading.repairs)
        return reading
    }
}
