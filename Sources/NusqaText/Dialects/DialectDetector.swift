import NusqaCore

/// Tells which channel a text came through (диалект анықтау).
package enum DialectDetector {
    /// How many non-blank lines from the top are searched for the QR stamp of a signed PDF.
    static let stampWindow = 5
    /// How many lines of a kind make a dialect.
    static let threshold = 3

    /// The dialect of `source`: signed PDF when the QR stamp line («ЗҚАИ» … QR-код) is among the first lines;
    /// pipe table when several lines hold tab-pipe-tab cells; adilet when several lines start with exactly six
    /// spaces (abzac indents); plain otherwise.
    /// - Complexity: O(n) in the size of the text.
    public static func detect(_ source: SourceText) -> Dialect {
        let top = source.lines.filter { !DialectText.isBlank($0) }.prefix(stampWindow)
        if top.contains(where: isQRStamp) { return .signedPDF }
        if source.lines.lazy.filter(PipeTableReader.isTableRow).prefix(threshold).count >= threshold { return .pipeTable }
        let abzacs = source.lines.lazy.filter { line in
            DialectText.indent(of: line) == 6 && !DialectText.isBlank(line)
        }
        if abzacs.prefix(threshold).count >= threshold { return .adilet }
        return .plain
    }

    /// Whether `line` is the QR stamp of a signed PDF («ЗҚАИ» ШЖҚ РМК … ЭЦҚ мәліметі бар QR-код).
    static func isQRStamp(_ line: String) -> Bool { line.contains("ЗҚАИ") && line.contains("QR-код") }
}
