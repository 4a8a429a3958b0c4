import NusqaCore
/// The case a Kazakh unit word is in (септік): what role the unit plays in an instruction.
///
/// "18-тармақ" (атау, nominative), "18-тармақтың" (ілік, genitive: a container of what follows),
/// "18-тармаққа" (барыс, dative), "18-тармақта" (жатыс, locative: a scope), "18-тармақтағы"
/// (the adjectival locative -дағы), "18-тармақпен" (көмектес, instrumental: the new unit of an
/// insertion), "18-тармақты" (табыс, accusative), "18-тармағы" (тәуелдік, possessive).
package enum GrammaticalCase: String, Sendable, Hashable {
    case nominative, genitive, dative, locative, instrumental, accusative, possessive

    /// Endings, longest first, with the case they mark. Checked against the end of the word after its stem.
    package static let endings: [(ending: String, grammaticalCase: GrammaticalCase)] = [
        ("ларымен", .instrumental), ("лерімен", .instrumental), ("дарымен", .instrumental), ("деріменен", .instrumental),
        ("тарымен", .instrumental), ("терімен", .instrumental), ("ымен", .instrumental), ("імен", .instrumental),
        ("мен", .instrumental), ("бен", .instrumental), ("пен", .instrumental),
        ("дағы", .locative), ("дегі", .locative), ("тағы", .locative), ("тегі", .locative), ("ндағы", .locative), ("ндегі", .locative),
        ("нда", .locative), ("нде", .locative), ("да", .locative), ("де", .locative), ("та", .locative), ("те", .locative),
        ("ның", .genitive), ("нің", .genitive), ("дың", .genitive), ("дің", .genitive), ("тың", .genitive), ("тің", .genitive),
        ("ына", .dative), ("іне", .dative), ("на", .dative), ("не", .dative), ("ға", .dative), ("ге", .dative),
        ("қа", .dative), ("ке", .dative),
        ("ын", .accusative), ("ін", .accusative), ("ны", .accusative), ("ні", .accusative), ("ды", .accusative),
        ("ді", .accusative), ("ты", .accusative), ("ті", .accusative),
        ("сы", .possessive), ("сі", .possessive), ("ы", .possessive), ("і", .possessive),
    ]

    /// The case of a word whose stem ends before `ending` (the rest of the word after the unit stem).
    package static func of(ending: some StringProtocol) -> GrammaticalCase {
        let lowered = ending.lowercased()
        if lowered.isEmpty { return .nominative }
        for (suffix, grammaticalCase) in endings where lowered.hasSuffix(suffix) { return grammaticalCase }
        return .nominative
    }
}
