import NusqaCore

/// The words that name units of one kind in ranges and labels (бірлік атаулары): "6-тармақ",
/// "6–17-тармақтар", "1) тармақша", "40-тармақтан кейінгі", with their English names.
struct UnitWords {
    /// The grammatical case of a numbered unit name.
    enum Form { case nominative, dative, ablative }

    let kind: ClauseKind

    init(_ kind: ClauseKind) { self.kind = kind }

    /// The number as printed for this kind: "11)" for sub-items, "11" otherwise.
    func bare(_ number: UnitNumber) -> String {
        kind == .subItem ? "\(number))" : number.description
    }

    /// "6-тармақ", "11) тармақша", "2-абзац"; dative "6-тармаққа", ablative "6-тармақтан".
    func numbered(_ number: UnitNumber, form: Form = .nominative) -> String {
        let word: String
        switch form {
        case .nominative: word = kind.kazakhName
        case .dative: word = kind.kazakhName + dativeSuffix
        case .ablative: word = kind.kazakhName + ablativeSuffix
        }
        return kind == .subItem || kind == .row ? "\(bare(number)) \(word)" : "\(bare(number))-\(word)"
    }

    /// "6–17-тармақтар", "1)–3) тармақшалар".
    func numberedRange(_ first: UnitNumber, _ last: UnitNumber) -> String {
        kind == .subItem || kind == .row ? "\(bare(first))–\(bare(last)) \(plural)" : "\(bare(first))–\(bare(last))-\(plural)"
    }

    /// The plural: "тармақтар", "тармақшалар", "абзацтар", "қосымшалар".
    var plural: String {
        switch kind {
        case .item: "тармақтар"
        case .subItem: "тармақшалар"
        case .abzac: "абзацтар"
        case .part: "бөліктер"
        case .annex: "қосымшалар"
        case .chapter: "тараулар"
        case .section: "бөлімдер"
        case .subsection: "параграфтар"
        case .article: "баптар"
        case .table: "кестелер"
        case .row: "жолдар"
        default: kind.kazakhName
        }
    }

    private var dativeSuffix: String {
        switch kind {
        case .item: "қа"
        case .subItem, .annex: "ға"
        case .abzac: "қа"
        case .chapter, .row: "ға"
        case .section: "ге"
        case .subsection, .article: "қа"
        case .table: "ге"
        default: "ға"
        }
    }

    private var ablativeSuffix: String {
        switch kind {
        case .item, .abzac, .subsection, .article: "тан"
        case .subItem, .annex, .chapter, .row: "дан"
        case .section: "нен"
        case .table: "ден"
        default: "дан"
        }
    }

    /// The English singular: "item", "sub-item", "paragraph", "annex", "row".
    var english: String {
        switch kind {
        case .item: "item"
        case .subItem: "sub-item"
        case .abzac: "paragraph"
        case .part: "part"
        case .annex: "annex"
        case .chapter: "chapter"
        case .section: "section"
        case .subsection: "subsection"
        case .article: "article"
        case .table: "table"
        case .row: "row"
        default: kind.rawValue
        }
    }

    /// The English plural: "items", "sub-items", "annexes".
    var englishPlural: String {
        kind == .annex ? "annexes" : english + "s"
    }
}
