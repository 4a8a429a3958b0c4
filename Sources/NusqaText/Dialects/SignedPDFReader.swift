import NusqaCore

/// Reads text extracted from a signed PDF (қол қойылған PDF): stamp and ministry header to metadata,
/// blank-line separated paragraphs, page-wrapped lines rejoined.
package enum SignedPDFReader {
    /// Reads `source`. The QR stamp line and the bilingual ministry header go to `metadata` (roles `qr-stamp`,
    /// `ministry-header`), each with a `headerToMetadata` repair; the rest becomes paragraphs. A blank line in
    /// mid-sentence is a page break and is joined away.
    /// - Complexity: O(n) in the size of the text.
    public static func read(_ source: SourceText) -> BlockReading {
        var reading = BlockReading(lines: source.lines)
        var skipped: Set<Int> = []
        for (index, line) in source.lines.enumerated().prefix(10) where DialectDetector.isQRStamp(line) {
            let text = DialectText.trimmed(line)
            reading.metadata.append(MetadataLine(role: "qr-stamp", line: index + 1, text: text))
            reading.repairs.append(Repair(.headerToMetadata, line: index + 1, before: line, after: "qr-stamp: " + text))
            skipped.insert(index + 1)
        }
        let reader = BlankLineParagraphs(joinsPageBreaks: true, splitsAtLeadingSpace: true)
        var isHead = true
        for builder in reader.paragraphs(of: source, skipping: skipped, repairs: &reading.repairs) {
            if isHead, isBodyStart(builder.text) { isHead = false }
            if isHead, isMinistryHeader(builder.text) {
                let raw = source.lines[(builder.firstLine - 1)..<builder.lastLine].joined(separator: "\n")
                reading.metadata.append(MetadataLine(role: "ministry-header", line: builder.firstLine, text: builder.text))
                reading.repairs.append(Repair(
                    .headerToMetadata, line: builder.firstLine, before: raw, after: "ministry-header: " + builder.text))
                continue
            }
            let (block, repairs) = builder.makeBlock()
            reading.blocks.append(block)
            reading.repairs += repairs
        }
        reading.repairs = AdiletReader.sortedBySourceOrder(reading.repairs)
        return reading
    }

    /// Whether a paragraph is the name of a ministry printed in the letterhead, in Kazakh or Russian
    /// ("… Денсаулық сақтау министрлігі", "Министерство здравоохранения …").
    static func isMinistryHeader(_ text: String) -> Bool {
        guard !text.contains(where: DialectText.isASCIIDigit), text.count <= 120 else { return false }
        return text.hasSuffix("министрлігі") || text.hasPrefix("Министерство ")
    }

    /// Whether a paragraph starts the body (the title in quotes or the enacting word), ending the header.
    static func isBodyStart(_ text: String) -> Bool {
        text.hasPrefix("«") || text.hasPrefix("\"") || text.hasPrefix("БҰЙЫРАМЫН")
    }
}
