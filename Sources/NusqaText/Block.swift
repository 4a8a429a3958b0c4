import NusqaCore

/// A logical paragraph or table row after line repair (блок): the unit the structure parser reads.
///
/// The dialect readers turn physical lines into blocks: an adilet abzac joined from its wrapped lines,
/// a PDF paragraph, a `|` table row. Each block keeps the span of physical lines it came from.
public struct Block: Sendable, Hashable {
    /// What kind of block.
    public enum Kind: String, Sendable, Hashable {
        /// An abzac of running text.
        case paragraph
        /// A table row with cells (pipe tables).
        case tableRow
        /// Lines kept verbatim because their layout could not be rebuilt (a flattened table).
        case preformatted
    }

    /// Paragraph, table row or preformatted lines.
    public var kind: Kind
    /// The repaired text: the paragraph text, the cells joined by ` | `, or the preformatted lines joined by LF.
    public var text: String
    /// Table cells, trimmed (table rows only).
    public var cells: [String]
    /// The physical lines the block came from.
    public var span: SourceSpan
    /// Whether the first line was indented as an abzac start (adilet: six spaces).
    public var isIndented: Bool

    /// Creates a block.
    public init(_ kind: Kind, text: String, cells: [String] = [], span: SourceSpan, isIndented: Bool = false) {
        self.kind = kind
        self.text = text
        self.cells = cells
        self.span = span
        self.isIndented = isIndented
    }
}

/// What a dialect reader returns: blocks, the repairs it made, header lines moved to metadata, and diagnostics.
public struct BlockReading: Sendable, Hashable {
    /// The blocks in source order.
    public var blocks: [Block]
    /// Every repair, in source order.
    public var repairs: [Repair]
    /// Header or stamp lines taken out of the body.
    public var metadata: [MetadataLine]
    /// Problems found while reading.
    public var diagnostics: [Diagnostic]
    /// The physical lines after line-level repairs (letter spacing), for blocks kept preformatted.
    public var lines: [String]

    /// Creates a reading.
    public init(
        blocks: [Block] = [], repairs: [Repair] = [], metadata: [MetadataLine] = [], diagnostics: [Diagnostic] = [],
        lines: [String] = []
    ) {
        self.blocks = blocks
        self.lines = lines
        self.repairs = repairs
        self.metadata = metadata
        self.diagnostics = diagnostics
    }
}

/// A line taken out of the body into metadata, such as the QR stamp of a signed PDF.
public struct MetadataLine: Sendable, Hashable {
    /// What the line is: `qr-stamp`, `ministry-header`, `registration-header`.
    public var role: String
    /// The physical line number.
    public var line: Int
    /// The line text, trimmed.
    public var text: String

    /// Creates a metadata line.
    public init(role: String, line: Int, text: String) {
        self.role = role
        self.line = line
        self.text = text
    }
}
