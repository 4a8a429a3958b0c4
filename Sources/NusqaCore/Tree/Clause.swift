/// A node of the clause tree (құрылымдық бірлік): one uniform value type for every unit kind.
///
/// A clause has a kind, an optional number, its own text (for an item, the words after "2."), optional
/// table cells, and children. Whether its content is known or *not in corpus* is part of the value:
/// gaps are first-class. Source positions live in a side map (``NusqaParse/Act/spans``), so `==` is structural.
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
    /// Known text or not in corpus.
    public var content: Content
    /// The unit number (items, sub-items, annexes, tables, rows; the ordinal for abzacs).
    public var number: UnitNumber?
    /// The node's own text: for an item, the words after its number; empty when unknown.
    public var text: String
    /// The child units in document order.
    public var children: [Clause]
    /// The fields most units leave at their defaults, boxed so a clause stays small: an edition
    /// copies the sibling array along the path it changes, and a smaller element makes that copy cheap.
    private var details: Details

    /// The number as printed in the source when it differs from the canonical form (`3.2` for `3-2`).
    public var printedNumber: String? {
        get { details.fields.printedNumber }
        set { details.update { $0.printedNumber = newValue } }
    }
    /// A heading: the title of an annex, chapter or table.
    public var heading: String? {
        get { details.fields.heading }
        set { details.update { $0.heading = newValue } }
    }
    /// Table cells (rows only), including the № cell; column titles on a table.
    public var cells: [String] {
        get { details.fields.cells }
        set { details.update { $0.cells = newValue } }
    }
    /// Where the unit's wording came from and from when; empty for original text.
    public var provenance: [Provenance] {
        get { details.fields.provenance }
        set { details.update { $0.provenance = newValue } }
    }
    /// Doubtful spans found in the unit's own text (ambiguous repairs); shown as flags in every format.
    public var doubts: [Doubt] {
        get { details.fields.doubts }
        set { details.update { $0.doubts = newValue } }
    }
    /// Whether the unit is in force, deleted, or waiting for a later date, in an edition.
    public var status: ClauseStatus {
        get { details.fields.status }
        set { details.update { $0.status = newValue } }
    }

    /// Creates a clause.
    public init(
        _ kind: ClauseKind, number: UnitNumber? = nil, text: String = "", heading: String? = nil,
        cells: [String] = [], content: Content = .known, children: [Clause] = []
    ) {
        self.kind = kind
        self.number = number
        self.text = text
        self.content = content
        self.children = children
        self.details = .plain
        if heading != nil { self.heading = heading }
        if !cells.isEmpty { self.cells = cells }
    }

    /// This node's step in a clause id.
    public var idStep: ClauseID.Step {
        ClauseID.Step(kind, kind.isSingleton ? nil : (number ?? UnitNumber(1)))
    }

    /// Whether the node's own content is known.
    public var isKnown: Bool { content == .known }
}

extension Clause {
    /// The rarely set fields of a clause.
    struct DetailFields: Sendable, Hashable {
        var printedNumber: String?
        var heading: String?
        var cells: [String] = []
        var provenance: [Provenance] = []
        var status: ClauseStatus = .inForce
        var doubts: [Doubt] = []
    }

    /// A box for ``DetailFields``: an indirect enum case is stored out of line and shared on copy.
    indirect enum Details: Sendable, Hashable {
        case boxed(DetailFields)

        /// The shared box of a clause with every detail at its default.
        static let plain = Details.boxed(DetailFields())

        var fields: DetailFields {
            switch self { case .boxed(let fields): fields }
        }

        mutating func update(_ change: (inout DetailFields) -> Void) {
            var fields = self.fields
            change(&fields)
            self = .boxed(fields)
        }
    }
}
