import NusqaAmend
import NusqaCore
import NusqaLanguage

/// Why a change could not be applied (қолданылмау себебі): a typed value, printed in the words users read.
///
/// Control flow looks at the case, never at the message; ``description`` is what the listings, the
/// `reason` field of JSON and the editorial notes show.
public enum ApplyFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The patch has no entry-into-force date: the order states none that could be read, or the
    /// publication, registration and signing dates it depends on are all unknown.
    case undated
    /// The unit the patch addresses is not in the text.
    case targetMissing(ClauseID)
    /// A unit on the way to the target is not in the text.
    case pathMissing(ClauseID.Step)
    /// An insertion names a number the text already has.
    case numberExists(ClauseID)
    /// A deletion names a unit that is already deleted.
    case alreadyDeleted(ClauseID)
    /// A deletion names a unit the text does not have.
    case deletedUnitMissing(ClauseID)
    /// A word change addresses a unit whose words are not in the corpus.
    case baseTextNotInCorpus(ClauseID)
    /// A word change's words are not in the unit.
    case wordsNotFound(String, in: ClauseID)
    /// The unit's wording has no such part: fewer sentences than the ordinal, no last abzac to tell apart.
    case partMissing(UnitPart, in: ClauseID)
    /// A replacement or insertion addresses the whole act.
    case wholeAct(PatchOperation)
    /// A replacement or insertion carries no payload.
    case missingPayload
    /// A word change carries no words.
    case missingWords
    /// A deferred part names a unit its patch's payload does not have.
    case deferredPartMissing(ClauseID)
    /// The payload numbers two units alike (two "2)" sub-items): applied, the edition would hold two units
    /// with one id, so it is not applied.
    case duplicateNumbers(ClauseID)
    /// The patch is not applied by its nature or because its text is broken: a suspension, a no-op, a cut
    /// or missing payload, a wording set out in an annex the text does not hold. The reason says which.
    case notApplicable(String)

    /// The reason as users read it: "target missing: 4-тармақ is not in the text".
    public var description: String {
        switch self {
        case .undated: "no entry-into-force date: the order states none that could be read, or its publication date is unknown"
        case .targetMissing(let id): "target missing: \(id.kazakhReference) is not in the text"
        case .pathMissing(let step): "target missing: \(step.kind.kazakhName) \(step.number?.description ?? "") is not in the text"
        case .numberExists(let id): "number already exists: \(id.kazakhReference) is already in the text"
        case .alreadyDeleted(let id): "deletion of an absent unit: \(id.kazakhReference) is already deleted"
        case .deletedUnitMissing(let id): "deletion of an absent unit: \(id.kazakhReference) is not in the text"
        case .baseTextNotInCorpus(let id): "base text not in corpus: the words of \(id.kazakhReference) are unknown"
        case .wordsNotFound(let words, let id): "words not found: «\(words)» is not in \(id.kazakhReference)"
        case .partMissing(let part, let id): "target missing: \(id.kazakhReference) has no \(part.englishName)"
        case .wholeAct(let operation): "cannot \(operation == .insert || operation == .insertRows ? "insert" : "replace") the whole act"
        case .missingPayload: "the patch has no payload"
        case .missingWords: "the patch has no words"
        case .deferredPartMissing(let id): "the deferred unit \(id) is not in the payload"
        case .duplicateNumbers(let id): "the payload numbers two units alike: \(id.kazakhReference) stands twice"
        case .notApplicable(let reason): reason
        }
    }
}
