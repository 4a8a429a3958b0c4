import NusqaCore

/// The lead sentences that make an item amend or repeal another act (өзгерту/күшін жою тармағы).
///
/// The structure parser, the numbering and quote checks and the amendment reader all ask these two
/// questions; the words live here, once.
package enum AmendingLead {
    /// Whether an item's lead sentence amends another act ("… өзгерістер енгізілсін:"), repeals one,
    /// suspends one ("… қолданысы … тоқтатыла тұрсын"), or names the act its lines amend in the locative
    /// ("… № 607 қаулысында:"); Russian "внести изменения".
    package static func isAmending(_ text: String) -> Bool {
        text.containsBytes(of: "енгізілсін") && (text.containsBytes(of: "өзгеріс") || text.containsBytes(of: "толықтыру")) || isRepealing(text)
            || text.containsBytes(of: "тоқтатыла тұрсын") || namesAmendedActInLocative(text)
            || (text.containsBytes(of: "изменения") || text.containsBytes(of: "изменение") || text.containsBytes(of: "дополнения"))
                && (text.containsBytes(of: "внести") || text.containsBytes(of: "Внести") || text.containsBytes(of: "вносятся"))
            || namesAmendedActInRussian(text)
    }

    /// Whether a Russian lead names the act its lines amend: "В постановлении Правительства … N 1261
    /// \"…\":", "В постановление … внести …".
    package static func namesAmendedActInRussian(_ text: String) -> Bool {
        (text.hasPrefix("В постановлени") || text.hasPrefix("В приказ") || text.hasPrefix("В решени"))
            && (text.hasSuffix(":") || text.containsBytes(of: "внести"))
    }

    /// Whether a lead names the act its lines amend, in the locative, and ends with a colon:
    /// "«…» туралы … 2005 жылғы 22 маусымдағы № 607 қаулысында:" (the changes follow line by line).
    package static func namesAmendedActInLocative(_ text: String) -> Bool {
        guard text.hasSuffix(":") else { return false }
        return ["қаулысында:", "бұйрығында:", "шешімінде:", "Заңында:", "кодексінде:", "Кодексінде:", "қаулысында (", "бұйрығында ("]
            .contains { text.containsBytes(of: $0) } || text.hasSuffix("):") && (text.containsBytes(of: "қаулысында") || text.containsBytes(of: "бұйрығында"))
    }

    /// Whether an item's lead sentence repeals another act as a whole: "… № 10 бұйрығының (…) күші жойылды деп танылсын."
    package static func isRepealing(_ text: String) -> Bool {
        (text.containsBytes(of: "күші жойылды деп танылсын") || text.containsBytes(of: "күшін жойды деп танылсын"))
            && (text.containsBytes(of: "бұйрығының") || text.containsBytes(of: "қаулысының") || text.containsBytes(of: "шешімінің"))
    }
}
