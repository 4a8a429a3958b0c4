import NusqaCore
/// The verb phrases of amending instructions (нұсқау етістіктері) and the operation each orders.
///
/// Rows are checked in order; the first whose every `all` phrase occurs (and no `none` phrase) wins.
/// The target phrase ends where the first of `starts` occurs. A new verb form is a new row.
package enum InstructionVerbs {
    /// One row of the verb table.
    package struct Row: Sendable {
        package var all: [[String]]
        package var none: [String] = []
        package var operation: PatchOperation
        package var starts: [String]
        /// A warning to give when the row matches (a typo of the formula read as the formula).
        package var warning: (code: String, message: String)? = nil
    }

    /// Words that mark a word-level change: the quoted thing is words, numbers or signs.
    package static let wordNouns = ["деген сөз", "деген сан", "деген цифр", "деген таңба", "деген белгі", "деген мәтін", "деген ұғым", "деген аббревиатура"]
    package static let quotes = ["«", "\"", "“", "„"]
    package static let deleteVerbs = ["алып тасталсын", "алынып тасталсын", "шығарылсын", "алынсын", "алып тасталсын"]
    package static let replaceVerbs = ["редакцияда жазылсын", "редакцияда баяндалсын", "баяндалсын", "жазылсын"]
    package static let annexMarkers = ["қосымшаға сәйкес", "қосымшасына сәйкес", "қосымшаларына сәйкес", "қосымшаларға сәйкес"]
    package static let annexStarts = ["осы қаулыға", "осы қаулының", "осы бұйрыққа", "осы бұйрықтың", "осы шешімге", "осы шешімнің", "осы өзгерістерге", "осы заңға", "қоса беріліп"]

    /// The verb table.
    package static let rows: [Row] = [
        // Only the Russian text changes ("орыс тіліндегі мәтінге өзгерістер енгізілді, мемлекеттік тілдегі мәтіні
        // өзгермейді"); not "…, орыс тіліндегі мәтіні өзгермейді", where the state-language text does change.
        Row(all: [["мемлекеттік тілдегі мәтіні өзгермейді", "қазақ тіліндегі мәтіні өзгермейді", "орыс тіліндегі мәтінге өзгеріс"]],
            operation: .noOp, starts: ["орыс тіліндегі", "мемлекеттік тілдегі", "қазақ тіліндегі"]),
        Row(all: [["деп есептелсін", "болып есептелсін", "деп түсінілсін"]], operation: .noOp, starts: quotes),
        Row(all: [["тоқтатыла тұрсын", "тоқтатыла тұрсын"]], operation: .suspend, starts: ["қолданысы", "қолданылуы", "қолдануы", "қолдану", "тоқтатыла"]),
        Row(all: [["күші жойылды деп танылсын", "күшін жойды деп танылсын", "күші жойылсын", "күшін жойған деп танылсын", "күші жойылған деп танылсын"]],
            operation: .repeal, starts: ["күші жойыл", "күшін жой"]),
        Row(all: [annexMarkers, ["толықтырылсын"]], operation: .insertFromAnnex, starts: annexStarts + annexMarkers),
        Row(all: [annexMarkers, replaceVerbs + ["редакциядан"]], operation: .replaceFromAnnex, starts: annexStarts + annexMarkers),
        Row(all: [wordNouns, ["ауыстырылсын"]], operation: .replaceWords, starts: quotes),
        Row(all: [wordNouns, ["толықтырылсын"]], operation: .insertWords, starts: quotes),
        Row(all: [wordNouns, deleteVerbs], operation: .deleteWords, starts: quotes),
        Row(all: [["ауыстырылсын"], ["» «", "» деген", "\" деген", "»,"]], operation: .replaceWords, starts: quotes),
        Row(all: [["редакциядан жазылсын", "редакциядан баяндалсын"]], operation: .replace,
            starts: ["мынадай редакциядан", "жаңа редакциядан", "редакциядан"],
            warning: ("formula-typo", "'редакциядан жазылсын' read as the formula 'редакцияда жазылсын'")),
        Row(all: [replaceVerbs], operation: .replace, starts: ["мынадай редакцияда", "жаңа редакцияда", "редакцияда", "мынадай", "баяндалсын", "жазылсын"]),
        Row(all: [["толықтырылсын"]], operation: .insert, starts: ["толықтырылсын"]),
        Row(all: [deleteVerbs], operation: .delete, starts: deleteVerbs),
    ]

    /// The formulas a sentence cut inside its verb can be completed with, longest first.
    package static let cutCompletions = [
        "мынадай редакцияда жазылсын", "жаңа редакцияда жазылсын", "редакцияда жазылсын", "алынып тасталсын", "алып тасталсын",
        "толықтырылсын", "ауыстырылсын",
    ]

    /// Words that make a sentence look like an instruction even when no row matches.
    package static let instructionLike = [
        "жазылсын", "толықтырылсын", "тасталсын", "танылсын", "ауыстырылсын", "енгізілсін", "редакцияда", "тоқтатыла",
        "шығарылсын", "жойылсын", "баяндалсын", "алынсын", "есептелсін",
    ]
}
