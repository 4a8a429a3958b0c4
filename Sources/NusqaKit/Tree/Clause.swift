/// A node of the clause tree (құрылымдық бірлік): one uniform value type for every unit kind.
///
/// A clause has a kind, an optional number, its own text (for an item, the words after "2."), optional
/// table cells, and children. Whether its content is known or *not in corpus* is part of the value:
/// gaps are first-class. Source positions live in a side map (``Act/spans``), so `==` is structural.
/// Children are stored in an array, so editions that share a subtree share its storage.
public struct Clause: Sendable, Hashable {
    /// Whether the text of a node is known.
    public enum Content: String, Sendable, Hashable {
        /// The text is known, from the corpus or from an amendment.
        case known
        /// The corpus lacks the text of this unit (корпуста жоқ).
        case notInCorpus = "not-in-corpus"
    }

    /// The unit kind.
    public var kind: ClauseKind
    /// The unit number (items, sub-items, annexes, tables, rows; the ordinal for abzacs).
    public var number: UnitNumber?
    /// The number as printed in the source when it differs from the canonical form (`3.2` for `3-2`).
    public var printedNumber: String?
    /// A heading: the title of an annex, chapter or table.
    public var heading: String?
    /// The node's own text: for an item, the words after its number; empty when unknown.
    public var text: String
    /// Table cells (rows only), including the № cell.
    public var cells: [String]
    /// Known text or not in corpus.
    public var content: Content
    /// The child units in document order.
    public var children: [Clause]
    /// Where the unit's wording came from and from when; empty for original text.
    public var provenance: [Provenance]
    /// Whether the unit is in force, deleted, or waiting for a later date, in an edition.
    public var status: ClauseStatus

    /// Creates a clause.
    public init(
        _ kind: ClauseKind, number: UnitNumber? = nil, text: String = "", heading: String? = nil,
        cells: [String] = [], content: Content = .known, children: [Clause] = []
    ) {
        self.kind = kind
        self.number = number
        self.text = text
        self.heading = heading
        self.cells = cells
        self.content = content
        self.children = children
        self.printedNumber = nil
        self.provenance = []
        self.status = .inForce
    }

    /// This node's step in a clause id.
    public var idStep: ClauseID.Step {
        ClauseID.Step(kind, kind.isSingleton ? nil : (number ?? UnitNumber(1)))
    }

    /// Whether the node's own content is known.
    public var isKnown: Bool { content == .known }
}
