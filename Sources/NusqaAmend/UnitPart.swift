import NusqaCore
/// A part of a unit that an instruction addresses inside the unit's own text (бірліктің бөлігі):
/// a sentence by its ordinal ("2-тармақтың бірінші сөйлемі"), the last sentence ("соңғы сөйлемі") or
/// the last abzac ("12-тармақтың соңғы абзацы").
///
/// The patch's target stays the unit that holds the part (`para_2`); the timeline finds the part in
/// that unit's wording when it applies the patch, and reports the patch unapplied when the wording
/// has no such part.
public enum UnitPart: Sendable, Hashable, CustomStringConvertible {
    /// The n-th sentence (сөйлем) of the unit's text, 1-based.
    case sentence(Int)
    /// Consecutive sentences from the first ordinal through the second ("екінші және үшінші сөйлемдері",
    /// "предложения второе и третье"), 1-based.
    case sentences(Int, Int)
    /// The last sentence (соңғы сөйлем) of the unit's text.
    case lastSentence
    /// The last abzac (соңғы абзац) of the unit.
    case lastAbzac
    /// A new unnumbered abzac or part added after the unit's last one ("2-тармақ мынадай мазмұндағы
    /// бөлікпен толықтырылсын", "пункт 3 дополнить частью следующего содержания"): its number is the
    /// last abzac's plus one in the edition the patch applies to.
    case newAbzac
    /// The header of an annex, printed in its upper right corner ("1-қосымшаның оң жақтағы жоғарғы бұрышы"):
    /// the approval stamp, not the annex's content.
    case header

    /// The part as a reason reads it: "sentence 2", "last sentence", "last abzac".
    public var englishName: String {
        switch self {
        case .sentence(let ordinal): "sentence \(ordinal)"
        case .sentences(let first, let last): "sentences \(first)–\(last)"
        case .lastSentence: "last sentence"
        case .lastAbzac: "last abzac"
        case .newAbzac: "new abzac"
        case .header: "header"
        }
    }

    /// A stable code for JSON: "sentence-2", "last-sentence", "last-abzac", "new-abzac".
    public var description: String {
        switch self {
        case .sentence(let ordinal): "sentence-\(ordinal)"
        case .sentences(let first, let last): "sentences-\(first)-\(last)"
        case .lastSentence: "last-sentence"
        case .lastAbzac: "last-abzac"
        case .newAbzac: "new-abzac"
        case .header: "header"
        }
    }
}

extension UnitPart {
    /// The part that sentences `numbers` name when they run without a gap ("екінші және үшінші" → 2–3); nil for
    /// one number, a gap ("бірінші және үшінші") or numbers out of order, which one part cannot name.
    static func consecutiveSentences(_ numbers: [UnitNumber]) -> UnitPart? {
        guard numbers.count >= 2, numbers.allSatisfy({ $0.parts.count == 1 && $0.parts[0] >= 1 }) else { return nil }
        let values = numbers.map { $0.parts[0] }
        guard zip(values, values.dropFirst()).allSatisfy({ $1 == $0 + 1 }) else { return nil }
        return .sentences(values[0], values[values.count - 1])
    }
}
