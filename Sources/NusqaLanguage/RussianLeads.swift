import NusqaCore

/// The Russian sentences around amending instructions (вводные предложения; кіріспе сөйлемдер): act
/// leads ("Внести в приказ … следующие изменения:", "В постановлении … :"), scope lines naming the
/// approved document ("в Правилах …, утвержденных указанным приказом:") and the act's own annexes
/// ("в приложении 2 к указанному постановлению:"), signatures and entry into force.
package enum RussianLeads {
    /// The kinds of act in every case a lead puts them: "в приказ", "в постановлении", "Закон".
    package static let actKinds: [(stem: String, endings: [String])] = [
        ("приказ", ["", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"]),
        ("постановлени", ["е", "я", "ю", "ем", "и", "й", "ям", "ями", "ях"]),
        ("решени", ["е", "я", "ю", "ем", "и", "й", "ям", "ями", "ях"]),
        ("распоряжени", ["е", "я", "ю", "ем", "и", "й"]),
        ("закон", ["", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"]),
        ("кодекс", ["", "а", "у", "ом", "е", "ы", "ов"]),
        ("указ", ["", "а", "у", "ом", "е", "ы", "ов"]),
    ]

    /// Whether `word` names a kind of act ("постановлении", "приказ", "Кодекс").
    package static func isActKind(_ word: some StringProtocol) -> Bool {
        let folded = RussianText.folded(word)
        return actKinds.contains { kind in folded.hasPrefix(kind.stem) && kind.endings.contains(String(folded.dropFirst(kind.stem.count))) }
    }

    /// Words that point back to the act already named or to the amending act itself: "указанному
    /// постановлению", "настоящему приказу", "данного решения".
    package static let backReferences = ["указанн", "настоящ", "данн", "этого", "этому", "того же"]

    /// "утвержденных указанным приказом": the line names a document the act approves.
    package static let documentScopeMarks = ["утвержденн", "утвержден ", "утвержден:"]

    /// Nouns of the documents an act approves ("перечень …", "Правила …"), for scope lines and deletions.
    package static let documentNouns = [
        "перечн", "переч", "список", "списк", "правил", "положени", "план", "инструкци", "регламент", "методик", "критери", "схем",
        "программ", "форм", "лимит", "стандарт", "паспорт", "тариф", "норматив", "состав", "структур", "квалификац", "порядок", "порядк",
    ]

    /// Annex kind words of a document the act approves, to find it among the act's annexes: Rules, lists, criteria.
    package static let documentKinds: [(word: String, kind: String)] = [("правил", "rules"), ("переч", "list"), ("критери", "criteria")]

    /// The words of an entry-into-force clause ("вводится в действие", "вступает в силу").
    package static let entryIntoForceWords = ["вводится в действие", "вводятся в действие", "вступает в силу", "вступают в силу"]

    /// Signatories' titles: a short line with one is a signature.
    package static let signatureWords = ["премьер-министр", "министр", "аким", "председател", "президент", "секретар"]

    /// A publisher's note recording a change already made ("Сноска. …", "Примечание РЦПИ").
    package static func isEditorialNote(_ lowered: String) -> Bool {
        lowered.hasPrefix("сноска") || lowered.hasPrefix("(сноска") || lowered.hasPrefix("примечание рцпи") || lowered.hasPrefix("примечание ицпи")
    }
}
