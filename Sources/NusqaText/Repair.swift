/// A change the reader made to the raw text to undo an artifact of its channel (түзету).
///
/// Repairs are never silent: each records what it changed, where, and the text before and after,
/// and `nusqa parse FILE --repairs` lists them.
public struct Repair: Sendable, Hashable {
    /// The kinds of repair.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Hyperlink text moved back from the end of the line into the gap it left (adilet export).
        case hyperlinkDisplacement = "hyperlink-displacement"
        /// A displacement that could not be undone with confidence: the text is left as it was.
        case ambiguousDisplacement = "ambiguous-displacement"
        /// Blank lines of a page break inside a sentence removed.
        case pageBreakJoined = "page-break-joined"
        /// Letter-spaced word (`е р е к ш е`) collapsed.
        case letterSpacing = "letter-spacing"
        /// Header or stamp line moved from the body to metadata (signed PDF).
        case headerToMetadata = "header-to-metadata"
        /// Irregular spacing normalised (`2 - тармақ` → `2-тармақ`).
        case spacingNormalized = "spacing-normalized"
        /// Wrapped lines rejoined into one paragraph without the usual trailing space.
        case lineJoined = "line-joined"
        /// Latin look-alike letters inside a Cyrillic word written in Cyrillic (`енгiзiледi` → `енгізіледі`).
        case latinLookalike = "latin-lookalike"
        /// A quote, hyphen or space form made standard, or an invisible character removed (`„` → `«`, U+00AD).
        case typography = "typography"
    }

    /// What kind of repair.
    public var kind: Kind
    /// The physical line where it happened (first line, for joins).
    public var line: Int
    /// The character column where it happened, when the repair is at one place of the line.
    public var column: Int?
    /// The text before the repair.
    public var before: String
    /// The text after the repair.
    public var after: String

    /// Creates a repair record.
    public init(_ kind: Kind, line: Int, column: Int? = nil, before: String, after: String) {
        self.kind = kind
        self.line = line
        self.column = column
        self.before = before
        self.after = after
    }
}
