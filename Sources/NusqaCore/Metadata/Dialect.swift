/// The text dialect of a source (диалект): which channel the text came through.
public enum Dialect: String, Sendable, Hashable, CaseIterable {
    /// The adilet.zan.kz text export: six-space abzac indents, displaced hyperlinks.
    case adilet
    /// Text extracted from a signed PDF: QR stamp, bilingual header, page-wrapped lines.
    case signedPDF = "signed-pdf"
    /// Text with `|`-separated table rows and one paragraph per line.
    case pipeTable = "pipe-table"
    /// Anything else: plain lines, e.g. a slide deck.
    case plain
}
