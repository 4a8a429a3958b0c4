import NusqaCore

/// The lead sentences that make an item amend or repeal another act (өзгерту/күшін жою тармағы).
///
/// The structure parser, the numbering and quote checks and the amendment reader all ask these two
/// questions; the words live here, once.
package enum AmendingLead {
    /// Whether an item's lead sentence amends another act ("… өзгерістер енгізілсін:"), or repeals one.
    package static func isAmending(_ text: String) -> Bool {
        text.containsBytes(of: "енгізілсін") && (text.containsBytes(of: "өзгеріс") || text.containsBytes(of: "толықтыру")) || isRepealing(text)
    }

    /// Whether an item's lead sentence repeals another act as a whole: "… № 10 бұйрығының (…) күші жойылды деп танылсын."
    package static func isRepealing(_ text: String) -> Bool {
        (text.containsBytes(of: "күші жойылды деп танылсын") || text.containsBytes(of: "күшін жойды деп танылсын"))
            && (text.containsBytes(of: "бұйрығының") || text.containsBytes(of: "қаулысының") || text.containsBytes(of: "шешімінің"))
    }
}
