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
    /// A part of an article, item or sub-item (бөлік; часть) that holds sub-items: its lead paragraph and the
    /// sub-items after it, up to the next paragraph that is not a sub-item ("30-баптың бірінші бөлігі 3)
    /// тармақшасы": `art_30__part_1__subpara_3`). Never a node of the tree, where the lead paragraph and the
    /// sub-items stand side by side: ids name it, and the applier finds its sub-items by their place.
    case part
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
        case .part: "part"
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
        case .part: "бөлік"
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

    /// How deep units of this kind nest (бірліктердің кірігу деңгейі), outermost first: annex (қосымша) 0,
    /// section (бөлім) 1, chapter (тарау) 2, paragraph (параграф) and table (кесте) 3, article (бап) 4,
    /// item (тармақ), row (жол), title and preamble 5, sub-item (тармақша) 6, abzac 7, anything else 8.
    ///
    /// The one table every reader of references uses: a unit of a greater rank named after one of a smaller
    /// rank is inside it ("2-тараудың 2-параграфы", "16-тармақтың 1) тармақшасы"); of the same rank, beside it.
    /// A row ranks with items, so "реттік нөмірі 2-жолдағы 6) тармақша" nests a sub-item in a row.
    package var nestingRank: Int {
        switch self {
        case .annex: 0
        case .section: 1
        case .chapter: 2
        case .subsection, .table: 3
        case .article: 4
        case .item, .row, .title, .preamble: 5
        case .subItem: 6
        case .abzac: 7
        default: 8
        }
    }

    /// Finds the kind for an id prefix.
    public init?(idPrefix: some StringProtocol) {
        guard let kind = ClauseKind.allCases.first(where: { $0.idPrefix == idPrefix }) else { return nil }
        self = kind
    }
}
