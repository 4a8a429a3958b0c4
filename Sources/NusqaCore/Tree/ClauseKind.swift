/// The kind of a node in the clause tree (құрылымдық бірлік).
///
/// One closed enum for every unit, so the tree has a single uniform storage; each kind knows its
/// Akoma Ntoso-style id prefix and its Kazakh name.
public enum ClauseKind: String, Sendable, Hashable, CaseIterable {
    /// The root of an act (акт).
    case document
    /// The title of an order (тақырып).
    case title
    /// The registration header sentence ("… № 127 бұйрығы. … № 37290 болып тіркелді").
    case header
    /// An editorial note of the publisher (ЗҚАИ-ның ескертпесі).
    case editorialNote
    /// The preamble (кіріспе), ending "БҰЙЫРАМЫН:".
    case preamble
    /// An approved document or annex (қосымша), e.g. the Rules.
    case annex
    /// A section of a law or code (бөлім), above its chapters.
    case section
    /// A chapter (тарау).
    case chapter
    /// A paragraph of a code's chapter (параграф, "1-параграф"), between chapter and article.
    case subsection
    /// An article of a law or code (бап), printed "12-бап. Title"; its numbered parts ("1.") are items.
    case article
    /// An item (тармақ), printed "2.".
    case item
    /// A sub-item (тармақша), printed "11)".
    case subItem
    /// An unnumbered paragraph (абзац; also addressed as бөлік, part).
    case abzac
    /// A table (кесте).
    case table
    /// A table row (жол), keyed by its № cell.
    case row
    /// A section caption row inside a table (empty № cell).
    case caption
    /// The signature block (қолтаңба).
    case signature
    /// A block of text that could not be placed in the structure.
    case text
    /// Lines kept verbatim because their layout could not be rebuilt.
    case preformatted

    /// The id prefix: `att`, `chp`, `para`, `subpara`, `abz`, `table`, `row`, …
    public var idPrefix: String {
        switch self {
        case .document: "act"
        case .title: "title"
        case .header: "header"
        case .editorialNote: "note"
        case .preamble: "preamble"
        case .annex: "att"
        case .section: "sec"
        case .chapter: "chp"
        case .subsection: "subsec"
        case .article: "art"
        case .item: "para"
        case .subItem: "subpara"
        case .abzac: "abz"
        case .table: "table"
        case .row: "row"
        case .caption: "caption"
        case .signature: "signature"
        case .text: "text"
        case .preformatted: "pre"
        }
    }

    /// The Kazakh name of the unit, nominative.
    public var kazakhName: String {
        switch self {
        case .document: "акт"
        case .title: "тақырып"
        case .header: "тіркеу мәліметі"
        case .editorialNote: "ескертпе"
        case .preamble: "кіріспе"
        case .annex: "қосымша"
        case .section: "бөлім"
        case .chapter: "тарау"
        case .subsection: "параграф"
        case .article: "бап"
        case .item: "тармақ"
        case .subItem: "тармақша"
        case .abzac: "абзац"
        case .table: "кесте"
        case .row: "жол"
        case .caption: "бөлім жолы"
        case .signature: "қолтаңба"
        case .text: "мәтін"
        case .preformatted: "пішімделген мәтін"
        }
    }

    /// Whether a node of this kind appears once per parent and so carries no number in its id.
    public var isSingleton: Bool {
        switch self {
        case .title, .header, .preamble, .signature: true
        default: false
        }
    }

    /// Kinds whose id step is skipped in the ids of their descendants: items are numbered through
    /// the whole document, not per chapter, so `att_1__para_2` stays valid inside `chp_1`; articles are
    /// numbered through the whole law or code, so `art_12` stays valid inside any section (бөлім),
    /// chapter (тарау) or paragraph (параграф).
    public var isTransparentInIDs: Bool { self == .chapter || self == .section || self == .subsection }

    /// How deep units of this kind nest when a reference names several (annex › chapter or table ›
    /// item › sub-item or row › abzac); 9 for kinds a reference does not chain.
    package var nestingRank: Int {
        switch self {
        case .annex: 0
        case .chapter, .table: 1
        case .item: 2
        case .subItem, .row: 3
        case .abzac: 4
        default: 9
        }
    }

    /// Finds the kind for an id prefix.
    public init?(idPrefix: some StringProtocol) {
        guard let kind = ClauseKind.allCases.first(where: { $0.idPrefix == idPrefix }) else { return nil }
        self = kind
    }
}
