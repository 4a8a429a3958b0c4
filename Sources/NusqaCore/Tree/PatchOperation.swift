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

    /// The adilet note phrase for a unit changed this way ("жаңа редакцияда", "толықтырылды" …).
    public var notePhrase: String {
        switch self {
        case .replace, .replaceFromAnnex: "жаңа редакцияда"
        case .insert, .insertRows: "толықтырылды"
        case .delete: "алып тасталды"
        case .repeal: "күші жойылды"
        case .replaceWords, .insertWords: "өзгеріс енгізілді"
        }
    }
}
