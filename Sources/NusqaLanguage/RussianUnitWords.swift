import NusqaCore

/// The unit words of Russian legal drafting (названия структурных единиц; құрылымдық бірлік атаулары)
/// in every case and number: "пункт", "пункта", "пунктом", "пункты", "подпунктами", "статью", "части",
/// "абзацем", "приложении", "строку", "графе".
///
/// Russian marks case by the ending of the whole word, and several endings are shared between cases
/// ("части": genitive, dative, prepositional, nominative plural), so each form lists every case it can
/// be; the phrase around it (a preposition, the unit before it) picks one. A new unit word is a new row.
package enum RussianUnitWords {
    /// A word form: the unit it names, the cases it can be in, and whether it is plural.
    package struct Form: Sendable, Hashable {
        /// What the word names (a clause step, a column, a sentence).
        package var unit: UnitWords.Unit
        /// The cases the form can be in; prepositional is `.locative`.
        package var cases: Set<GrammaticalCase>
        /// Whether the form can be plural ("пункты", "подпунктами"; "статьи" is also a genitive singular).
        package var isPlural: Bool
    }

    private typealias Paradigm = (singular: [(String, [GrammaticalCase])], plural: [(String, [GrammaticalCase])])

    /// Masculine nouns on a hard consonant: пункт, подпункт, раздел, параграф.
    private static let hardMasculine: Paradigm = (
        [("", [.nominative, .accusative]), ("а", [.genitive]), ("у", [.dative]), ("ом", [.instrumental]), ("е", [.locative])],
        [("ы", [.nominative, .accusative]), ("ов", [.genitive]), ("ам", [.dative]), ("ами", [.instrumental]), ("ах", [.locative])]
    )
    /// Masculine nouns on ц: абзац (абзацем, абзацев).
    private static let sibilantMasculine: Paradigm = (
        [("", [.nominative, .accusative]), ("а", [.genitive]), ("у", [.dative]), ("ем", [.instrumental]), ("е", [.locative])],
        [("ы", [.nominative, .accusative]), ("ев", [.genitive]), ("ам", [.dative]), ("ами", [.instrumental]), ("ах", [.locative])]
    )
    /// Feminine nouns on -а after a hard consonant: глава, графа, преамбула, колонка (stem without -а).
    private static func feminine(genitive: String, plural: String) -> Paradigm {
        (
            [("а", [.nominative]), (genitive, [.genitive]), ("е", [.dative, .locative]), ("у", [.accusative]), ("ой", [.instrumental]),
             ("ою", [.instrumental])],
            [(genitive, [.nominative, .accusative]), (plural, [.genitive]), ("ам", [.dative]), ("ами", [.instrumental]), ("ах", [.locative])]
        )
    }
    /// Neuter nouns on -ие: приложение, примечание, предложение, наименование (stem without -ие).
    private static let neuterIe: Paradigm = (
        [("ие", [.nominative, .accusative]), ("ия", [.genitive]), ("ию", [.dative]), ("ием", [.instrumental]), ("ии", [.locative])],
        [("ия", [.nominative, .accusative]), ("ий", [.genitive]), ("иям", [.dative]), ("иями", [.instrumental]), ("иях", [.locative])]
    )

    private static let paradigms: [(stem: String, unit: UnitWords.Unit, paradigm: Paradigm)] = [
        ("пункт", .clause(.item), hardMasculine),
        ("подпункт", .clause(.subItem), hardMasculine),
        ("раздел", .clause(.section), hardMasculine),
        ("подраздел", .clause(.subsection), hardMasculine),
        ("параграф", .clause(.subsection), hardMasculine),
        ("абзац", .clause(.abzac), sibilantMasculine),
        ("глав", .clause(.chapter), feminine(genitive: "ы", plural: "")),
        ("граф", .column, feminine(genitive: "ы", plural: "")),
        ("колонк", .column, feminine(genitive: "и", plural: "")),
        ("строк", .clause(.row), feminine(genitive: "и", plural: "")),
        ("таблиц", .clause(.table), feminine(genitive: "ы", plural: "")),
        ("преамбул", .clause(.preamble), feminine(genitive: "ы", plural: "")),
        ("приложен", .clause(.annex), neuterIe),
        ("примечан", .clause(.editorialNote), neuterIe),
        ("предложен", .sentence, neuterIe),
        ("наименован", .clause(.title), neuterIe),
    ]

    /// Irregular paradigms written out: статья (статьей/статьёй, статей), часть (частью, частей),
    /// заголовок (заголовка: the о drops), строка's plural genitive строк.
    private static let irregular: [(String, UnitWords.Unit, [GrammaticalCase], Bool)] = [
        ("статья", .clause(.article), [.nominative], false), ("статьи", .clause(.article), [.genitive], false),
        ("статье", .clause(.article), [.dative, .locative], false), ("статью", .clause(.article), [.accusative], false),
        ("статьей", .clause(.article), [.instrumental], false), ("статьею", .clause(.article), [.instrumental], false),
        ("статьи", .clause(.article), [.nominative, .accusative], true), ("статей", .clause(.article), [.genitive], true),
        ("статьям", .clause(.article), [.dative], true), ("статьями", .clause(.article), [.instrumental], true),
        ("статьях", .clause(.article), [.locative], true),
        ("часть", .clause(.abzac), [.nominative, .accusative], false), ("части", .clause(.abzac), [.genitive, .dative, .locative], false),
        ("частью", .clause(.abzac), [.instrumental], false), ("части", .clause(.abzac), [.nominative, .accusative], true),
        ("частей", .clause(.abzac), [.genitive], true), ("частям", .clause(.abzac), [.dative], true),
        ("частями", .clause(.abzac), [.instrumental], true), ("частях", .clause(.abzac), [.locative], true),
        ("заголовок", .clause(.title), [.nominative, .accusative], false), ("заголовка", .clause(.title), [.genitive], false),
        ("заголовку", .clause(.title), [.dative], false), ("заголовком", .clause(.title), [.instrumental], false),
        ("заголовке", .clause(.title), [.locative], false),
    ]

    /// Every form, lower-cased with ё written е.
    private static let table: [String: Form] = {
        var table: [String: Form] = [:]
        func add(_ word: String, _ unit: UnitWords.Unit, _ cases: [GrammaticalCase], plural: Bool) {
            if var form = table[word] {
                // A form shared by singular and plural ("статьи", "части") keeps every case and can be plural.
                form.cases.formUnion(cases)
                form.isPlural = form.isPlural || plural
                table[word] = form
            } else {
                table[word] = Form(unit: unit, cases: Set(cases), isPlural: plural)
            }
        }
        for (stem, unit, paradigm) in paradigms {
            for (ending, cases) in paradigm.singular { add(stem + ending, unit, cases, plural: false) }
            for (ending, cases) in paradigm.plural { add(stem + ending, unit, cases, plural: true) }
        }
        for (word, unit, cases, plural) in irregular { add(word, unit, cases, plural: plural) }
        return table
    }()

    /// The unit, cases and number of a word such as "подпунктом", "статьи", "абзацах"; nil when it is no unit word.
    package static func read(_ word: some StringProtocol) -> Form? {
        table[RussianText.folded(word)]
    }
}
