import NusqaCore
/// The unit words of Kazakh legal drafting (құрылымдық бірлік атаулары) and what each addresses.
///
/// One row per stem, longest first so that "тармақша" wins over "тармақ"; a new unit word is a new row.
package enum UnitWords {
    /// What a unit word names.
    package enum Unit: Sendable, Hashable {
        /// A unit that is a step of a clause id.
        case clause(ClauseKind)
        /// A table column (баған, графа): kept out of the id, recorded on the patch.
        case column
        /// A sentence (сөйлем): the reader cannot address it yet.
        case sentence
    }

    /// Stems and the unit they name.
    package static let stems: [(stem: String, unit: Unit)] = [
        ("тармақша", .clause(.subItem)), ("тармақ", .clause(.item)), ("тармағ", .clause(.item)),
        ("қосымша", .clause(.annex)), ("тарау", .clause(.chapter)), ("параграф", .clause(.subsection)),
        ("кесте", .clause(.table)), ("жол", .clause(.row)), ("абзац", .clause(.abzac)),
        ("бөлім", .clause(.section)), ("бөлік", .clause(.abzac)), ("бөліг", .clause(.abzac)),
        ("бап", .clause(.article)), ("баб", .clause(.article)),
        ("баған", .column), ("бағаны", .column), ("графа", .column),
        ("сөйлем", .sentence), ("ескертпе", .clause(.editorialNote)),
        ("атау", .clause(.title)), ("тақырыб", .clause(.title)), ("тақырып", .clause(.title)),
        ("кіріспе", .clause(.preamble)), ("преамбула", .clause(.preamble)),
    ]

    /// Units that may be named without a number ("кестеде:", "ескертпемен", "атауы", "кіріспе").
    package static let unnumbered: Set<ClauseKind> = [.table, .editorialNote, .title, .preamble, .annex, .section]

    /// How deep a kind nests (``ClauseKind/nestingRank``): a note (ескертпе) ranks below every unit, so it
    /// belongs to the unit it follows ("19-тармақ … ескертпемен толықтырылсын" → para_19__note).
    package static func rank(_ kind: ClauseKind) -> Int { kind.nestingRank }

    /// Whether a unit word is plural ("тармақтар", "тармақтары", "баптарды"): the plural suffix follows the stem.
    package static func isPlural(_ word: some StringProtocol) -> Bool {
        let lowered = word.lowercased()
        guard let (stem, _) = stems.first(where: { lowered.hasPrefix($0.stem) }) else { return false }
        let ending = lowered.dropFirst(stem.count)
        return ["лар", "лер", "дар", "дер", "тар", "тер"].contains { ending.hasPrefix($0) }
    }

    /// The unit and case of a word such as "тармақтың", "жолдармен", "бағанында"; nil when it is no unit word.
    package static func read(_ word: some StringProtocol) -> (unit: Unit, grammaticalCase: GrammaticalCase)? {
        let lowered = word.lowercased()
        for (stem, unit) in stems where lowered.hasPrefix(stem) {
            var ending = lowered.dropFirst(stem.count)
            // The plural (-лар/-лер/-дар/-дер/-тар/-тер) is not a case.
            for plural in ["лар", "лер", "дар", "дер", "тар", "тер"] where ending.hasPrefix(plural) {
                ending = ending.dropFirst(plural.count)
                break
            }
            if stem == "жол", let first = ending.first, !"ыдмғтпбн".contains(first) { return nil }
            if stem == "бөлім", ending.hasPrefix("ше") { return nil }
            if ending.count > 9 { return nil }
            return (unit, GrammaticalCase.of(ending: ending))
        }
        return nil
    }
}
