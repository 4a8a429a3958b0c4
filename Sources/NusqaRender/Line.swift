import NusqaCore

/// One line of a rendered edition (жол): what it is, its depth, its text, and the clause it anchors.
struct Line {
    /// What a line is; `verbatim` lines keep their line breaks (a flattened table).
    enum Kind: Equatable {
        /// A heading of the given level (1 for the act's title).
        case heading(Int)
        /// The approval stamp under an annex heading.
        case stamp
        /// A line about the edition (its date, coming changes).
        case meta
        /// An entry of a list about the edition.
        case metaItem
        /// An editorial note under a changed unit.
        case note
        /// A gap marker.
        case gap
        /// A unit's text.
        case unit
        /// A unit waiting for a later date.
        case pending
        /// Lines kept as in the source.
        case verbatim
        /// A visible flag on a doubtful span.
        case flag
    }

    var depth: Int
    var kind: Kind
    var text: String
    var label: String
    var anchor: ClauseID?
    /// The Markdown list level (nil outside lists).
    var list: Int?
    /// The flag code (flags only).
    var code: String?
    /// Whether a note carries an estimated date.
    var estimated: Bool

    init(
        _ depth: Int, _ kind: Kind, _ text: String, label: String = "", anchor: ClauseID? = nil, list: Int? = nil,
        code: String? = nil, estimated: Bool = false
    ) {
        self.depth = depth
        self.kind = kind
        self.text = text
        self.label = label
        self.anchor = anchor
        self.list = list
        self.code = code
        self.estimated = estimated
    }
}

/// A table to render (кесте): column titles and rows, a gap row where rows are missing.
struct Table {
    /// One row.
    struct Row {
        enum Kind { case row, caption, gap }
        var cells: [String]
        var kind: Kind
        var anchor: ClauseID?
    }

    /// The column titles (the header row); empty when the source gave none.
    var columns: [String]
    var rows: [Row]

    /// The number of columns.
    var width: Int { max(columns.count, rows.filter { $0.kind == .row }.map(\.cells.count).max() ?? 1) }
}
