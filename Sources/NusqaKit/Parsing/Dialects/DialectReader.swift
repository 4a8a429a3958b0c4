/// TEMPORARY stand-in; replaced by the dialects branch.
public enum DialectReader {
    public static func read(_ source: SourceText, dialect: Dialect? = nil) -> (Dialect, BlockReading) {
        let d: Dialect = dialect ?? (source.lines.contains { $0.contains("\t|\t") } ? .pipeTable : source.lines.contains { $0.hasPrefix("      ") } ? .adilet : source.lines.prefix(3).contains { $0.contains("QR-код") } ? .signedPDF : .plain)
        var blocks: [Block] = []
        var cur: (String, Int, Int, Bool)? = nil
        func flush() { if let c = cur { blocks.append(Block(.paragraph, text: c.0, span: SourceSpan(lines: c.1, c.2), isIndented: c.3)) }; cur = nil }
        for (i, raw) in source.lines.enumerated() {
            let n = i + 1
            let t = raw.trimmingCharacters(in: .whitespaces)
            if d == .pipeTable {
                if t.isEmpty { continue }
                if raw.contains("|") { blocks.append(Block(.tableRow, text: raw, cells: raw.components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) }, span: SourceSpan(lines: n, n))) }
                else { blocks.append(Block(.paragraph, text: t, span: SourceSpan(lines: n, n))) }
                continue
            }
            if t.isEmpty { if d != .adilet || !(cur?.3 ?? false) { flush() }; continue }
            let indented = raw.hasPrefix("     ")
            if indented || cur == nil { flush(); cur = (t, n, n, indented) } else { cur!.0 += " " + t; cur!.2 = n }
        }
        flush()
        return (d, BlockReading(blocks: blocks, lines: source.lines))
    }
}
