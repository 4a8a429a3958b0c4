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
    /// The payload numbers its units out of order ("4)" after "65536)", a row 0 after row 10): applied as
    /// written, the edition's numbering would not increase, so it is not applied. Names the unit out of order.
    case numberingOrder(ClauseID)
    /// The patch would put a unit where none of its kind can stand: a sub-item straight under an annex
    /// or a row, a row outside a table or annex (in the payload, or at the target the instruction names).
    /// Names the unit and the kind of unit it would stand in.
    case misplacedUnit(ClauseID, in: ClauseKind)
    /// The target's path names a unit that must have a number without one ("-қосымша", "-бөлімнің …": the
    /// number was lost) and the text has no such unit: where it would go cannot be known. Names the unit.
    case unnumberedUnit(ClauseID)
    /// The target names a unit inside a grouping (a section, chapter) that does not hold it, while the text
    /// has that unit, numbered through the groupings, elsewhere: made there, the edition would hold it twice.
    case outsideGrouping(ClauseID.Step, grouping: ClauseID.Step)
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
        case .numberingOrder(let id): "the payload numbers its units out of order: \(id.kazakhReference) does not follow the unit before it"
        case .misplacedUnit(let id, let container):
            "a \(id.last?.kind.kazakhName ?? "unit") cannot stand directly in a \(container.kazakhName): \(id.kazakhReference)"
        case .unnumberedUnit(let id): "the target names a \(id.last?.kind.kazakhName ?? "unit") without its number (\(id)): where it goes cannot be known"
        case .outsideGrouping(let unit, let grouping):
            "target elsewhere: \(unit.kind.kazakhName) \(unit.number?.description ?? "") is in the text, but not in \(grouping.kind.kazakhName) \(grouping.number?.description ?? "") as the target says"
        case .notApplicable(let reason): reason
        }
    }
}
