/// What an amendment instruction does to its target (өзгеріс түрі).
public enum PatchOperation: String, Sendable, Hashable, CaseIterable {
    /// New wording of a unit: "… мынадай редакцияда жазылсын".
    case replace
    /// New wording taken from the amending order's own annex: "… осы бұйрыққа қосымшаға сәйкес редакцияда жазылсын".
    case replaceFromAnnex = "replace-from-annex"
    /// New unit(s): "мынадай мазмұндағы 26-1-тармақпен толықтырылсын".
    case insert
    /// New table rows: "мынадай 1504-8 жолдармен толықтырылсын".
    case insertRows = "insert-rows"
    /// Deletion, the number stays: "… алып тасталсын".
    case delete
    /// Repeal: "… күші жойылды деп танылсын".
    case repeal
    /// Words replaced: "«A» деген сөздер «B» деген сөздермен ауыстырылсын".
    case replaceWords = "replace-words"
    /// Words inserted after or before an anchor: "«A» деген сөздерден кейін «B» деген сөздермен толықтырылсын".
    case insertWords = "insert-words"
    /// Words deleted: "«A» деген сөздер алып тасталсын".
    case deleteWords = "delete-words"
    /// New units set out in the amending act's own annex: "… осы қаулының 5-қосымшасына сәйкес қосымшамен толықтырылсын".
    case insertFromAnnex = "insert-from-annex"
    /// Suspension for a period (қолданысын тоқтата тұру): "… қолданысы 2018 жылғы 1 шілдеге дейін тоқтатыла тұрсын".
    /// Not applied by the timeline yet: listed as unapplied with its period.
    case suspend
    /// A line that changes no text of the state-language version (өзгеріссіз): only the Russian text
    /// changes ("орыс тіліндегі мәтінге өзгерістер енгізілді, мемлекеттік тілдегі мәтіні өзгермейді"), or a
    /// deeming rule ("… деген сөздер … болып есептелсін"). Reported, never applied.
    case noOp = "no-op"

    /// The adilet note phrase for a unit changed this way ("жаңа редакцияда", "толықтырылды" …).
    public var notePhrase: String {
        switch self {
        case .replace, .replaceFromAnnex: "жаңа редакцияда"
        case .insert, .insertRows: "толықтырылды"
        case .delete: "алып тасталды"
        case .repeal: "күші жойылды"
        case .replaceWords, .insertWords, .deleteWords: "өзгеріс енгізілді"
        case .insertFromAnnex: "толықтырылды"
        case .suspend: "қолданысы тоқтатыла тұрды"
        case .noOp: "мемлекеттік тілдегі мәтіні өзгермейді"
        }
    }
}
