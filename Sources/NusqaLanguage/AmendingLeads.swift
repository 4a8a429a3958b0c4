import NusqaCore
/// The sentences that open an amending act's changes or name what it repeals (өзгерістер енгізу
/// және күшін жою тіркестері), and the marks of an act's parts that are not instructions.
package enum AmendingLeads {
    /// Whether a lead sentence amends another act ("… өзгерістер енгізілсін:").
    package static func isAmendingLead(_ text: String) -> Bool {
        text.containsBytes(of: "енгізілсін") && (text.containsBytes(of: "өзгеріс") || text.containsBytes(of: "толықтыру")) || isRepealingLead(text)
    }

    /// Whether a lead sentence repeals another act as a whole: "… № 10 бұйрығының (…) күші жойылды деп танылсын."
    package static func isRepealingLead(_ text: String) -> Bool {
        (text.containsBytes(of: "күші жойылды деп танылсын") || text.containsBytes(of: "күшін жойды деп танылсын"))
            && (text.containsBytes(of: "бұйрығының") || text.containsBytes(of: "қаулысының") || text.containsBytes(of: "шешімінің"))
    }

    /// The words that open an act's operative part ("ҚАУЛЫ ЕТЕДІ:", "БҰЙЫРАМЫН:", "ШЕШІМ ҚАБЫЛДАДЫ").
    package static let operativeMarkers = [
        "ҚАУЛЫ ЕТЕДІ", "БҰЙЫРАМЫН", "ШЕШІМ ҚАБЫЛДАДЫ", "ШЕШТІ", "ҚАУЛЫ ЕТЕМІН", "ШЕШІМ ЕТЕДІ", "ПОСТАНОВЛЯЕТ", "ПРИКАЗЫВАЮ", "РЕШИЛ",
    ]

    /// Kind words of a cited act in the cases that open its changes: dative ("қаулысына … енгізілсін:")
    /// and locative ("қаулысында:").
    package static let actLeadWords = [
        "қаулысына", "қаулысында", "бұйрығына", "бұйрығында", "шешіміне", "шешімінде", "заңына", "заңында",
        "кодексіне", "кодексінде", "жарлығына", "жарлығында", "өкіміне", "өкімінде", "қаулыларына", "шешімдеріне", "шешімдерінде",
        "актілеріне", "актілерінде",
    ]

    /// The stems of the kinds of act a sentence can name (қаулы, бұйрық, шешім, заң, кодекс, жарлық, өкім).
    package static let actNouns = ["қаулы", "бұйрық", "бұйрығ", "шешім", "заң", "кодекс", "жарлық", "жарлығ", "өкім"]

    /// "Мыналардың күші жойылды деп танылсын:", "Мыналар:": a list of acts or units follows.
    package static let listLeads = ["мыналардың", "мыналар:", "мыналар", "мынадай актілердің", "мына актілердің"]

    /// A sentence that names the amended document inside the cited act: "көрсетілген қаулымен бекітілген … Ережеде:".
    package static let documentScopeMarks = ["бекітілген", "бекiтiлген", "бекітіліген"]
    package static let citedActWords = ["көрсетілген", "аталған", "көрсетiлген", "осы"]

    /// The title of an amending act's annex that holds its changes ("… шешімдеріне енгізілетін өзгерістер").
    package static let changesAnnexTitles = ["енгізілетін өзгеріс", "енгізілетін толықтыру", "енгiзiлетiн өзгерiс"]
    /// The title of an annex listing repealed acts ("Күші жойылған … шешімдерінің тізбесі").
    package static let repealAnnexTitles = ["күші жойылған", "күшін жойған", "күші жойылды деп танылатын"]

    /// An adilet/zan editorial note recording a change already made ("Ескерту. …", "күші жойылды - ҚР …").
    package static func isEditorialNote(_ lowered: String) -> Bool {
        let lowered = lowered.hasPrefix("(") ? String(lowered.dropFirst()) : lowered
        if lowered.hasPrefix("ескерту.") || lowered.hasPrefix("ескерту ") { return true }
        let past = ["күші жойылды -", "күші жойылды –", "күші жойылды—", "алып тасталды -", "алып тасталды –", "алынып тасталды -", "алынып тасталды –"]
        if past.contains(where: { lowered.hasPrefix($0) }) { return true }
        let pastVerbs = ["ауыстырылды", "толықтырылды", "жаңа редакцияда –", "жаңа редакцияда -", "өзгеріс енгізілді", "тасталды"]
        return pastVerbs.contains(where: { lowered.containsBytes(of: $0) }) && (lowered.containsBytes(of: "– қр ") || lowered.containsBytes(of: "- қр "))
    }

    /// Dative and genitive forms of the act itself before an annex number ("көрсетілген қаулыға 2-қосымшада").
    package static let actAnnexWords = ["қаулыға", "бұйрыққа", "шешімге", "заңға", "қаулының", "бұйрықтың", "шешімнің", "қаулысына", "бұйрығына", "шешіміне"]

    /// The verbs of an entry-into-force clause ("… қолданысқа енгізіледі", "… күшіне енеді").
    package static let entryIntoForceWords = ["қолданысқа енгізіледі", "күшіне енеді", "қолданысқа енгiзiледi"]

    /// Russian instruction verbs (the reader does not read Russian yet; they are reported, not dropped).
    package static let russianInstructionWords = [
        "изложить в", "дополнить", "исключить", "признать утратившим", "признать утратившими", "заменить", "приостановить", "внести ",
    ]

    /// Nouns that name a document or list inside an act ("… тізбесі алып тасталсын").
    package static let documentNouns = ["тізбе", "тізім", "ереже", "қағида", "жоспар", "нұсқаулық", "регламент", "әдістеме", "өлшемшарт", "схема", "бағдарлама"]

    /// Signatories' titles: a line that is a signature, not an instruction.
    package static let signatureWords = ["премьер-министр", "президенті", "әкімі", "сессия төрағасы", "мәслихат хатшысы", "министрі", "төрағасы"]
}
