import NusqaCore
import NusqaParse

/// One typed change to a target act (түзету): what to do, where, with what, and from when.
///
/// An instruction naming several units ("18 және 19-тармақтар …") yields one patch per unit.
/// Payloads are subtrees parsed by the same structure parser as whole acts.
public struct Patch: Sendable, Hashable {
    /// The 1-based position of the patch in its amending act.
    public var sequence: Int
    /// What the patch does.
    public var operation: PatchOperation
    /// The unit it changes or creates, in the target act.
    public var target: ClauseID
    /// The new unit (replace, insert, rows, from annex); nil for delete, repeal and word changes.
    public var payload: Clause?
    /// Old and new words, for word-level changes.
    public var words: WordChange?
    /// The instruction sentence as read (after repairs).
    public var instruction: String
    /// Where the instruction starts and its payload ends in the amending act.
    public var span: SourceSpan
    /// The abzacs of the amending item the patch occupies (instruction line through payload), 1-based.
    public var abzacs: ClosedRange<Int>
    /// When the patch takes effect; nil when no date could be read (no entry-into-force item, a bare
    /// fragment, or an act whose publication, registration and signing dates are all unknown).
    public var effective: EffectiveDate?
    /// Parts of the payload that take effect later than the patch (DESIGN.md §5).
    public var deferred: [DeferredPart]
    /// The act this change amends, as the amending text cites it (one amending act may amend several).
    public var amends: Citation?
    /// The corpus id of the act it amends, when known.
    public var amendsID: String?
    /// Why the patch is not applied (a suspension, a no-op, a broken payload); nil when it is applicable.
    public var unapplied: String?
    /// What went wrong reading it (a cut payload, a missing payload): such a patch is never applied.
    public var error: String?
    /// The table column (баған) the change is confined to, when the instruction names one.
    public var column: Int?
    /// The part of the target's text the change is confined to (a sentence, the last abzac), when the
    /// instruction names one.
    public var part: UnitPart?
    /// The quoted old text that addresses the unit ("мына: «…» деген жол"), when it is addressed that way.
    public var anchor: String?
    /// The period of a suspension as written ("2018 жылғы 1 шілдеге дейін").
    public var period: String?
    /// Where each unit of the payload stands in the amending act, by its id in the target act: what a
    /// refused payload's diagnostic points to.
    public var payloadSpans: [ClauseID: SourceSpan] = [:]

    /// Creates a patch.
    public init(
        sequence: Int, operation: PatchOperation, target: ClauseID, payload: Clause? = nil, words: WordChange? = nil,
        instruction: String, span: SourceSpan, abzacs: ClosedRange<Int>, effective: EffectiveDate?, deferred: [DeferredPart] = []
    ) {
        self.sequence = sequence
        self.operation = operation
        self.target = target
        self.payload = payload
        self.words = words
        self.instruction = instruction
        self.span = span
        self.abzacs = abzacs
        self.effective = effective
        self.deferred = deferred
    }

    /// Whether the timeline may apply the patch.
    public var isApplicable: Bool { unapplied == nil && error == nil }
}

/// A part of a payload that comes into force later than the rest (кейінге қалдырылған бөлік).
public struct DeferredPart: Sendable, Hashable {
    /// The unit inside the target act, e.g. `att_1__para_2__subpara_11`.
    public var target: ClauseID
    /// The date it comes into force.
    public var effective: EffectiveDate

    /// Creates a deferred part.
    public init(target: ClauseID, effective: EffectiveDate) {
        self.target = target
        self.effective = effective
    }
}

/// An old → new word change (сөздерді ауыстыру / толықтыру).
public struct WordChange: Sendable, Hashable {
    /// Where new words go relative to the anchor, for insertions.
    public enum Position: String, Sendable, Hashable {
        case replace, after, before
    }

    /// The words looked for (the anchor, for insertions).
    public var old: String
    /// The new words.
    public var new: String
    /// Replace, or insert after or before `old`.
    public var position: Position
    /// "бүкіл мәтін бойынша": throughout the whole text.
    public var isGlobal: Bool

    /// Creates a word change.
    public init(old: String, new: String, position: Position, isGlobal: Bool) {
        self.old = old
        self.new = new
        self.position = position
        self.isGlobal = isGlobal
    }
}

/// Text in an amending item that looks like an instruction and was not understood (талданбаған нұсқау).
public struct UnparsedInstruction: Sendable, Hashable {
    /// The text as read.
    public var text: String
    /// Where it is.
    public var span: SourceSpan
    /// Why it was not understood, and where recognition stopped.
    public var reason: String
    /// The abzac ordinal in the amending item.
    public var abzac: Int
}
