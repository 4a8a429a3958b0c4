import NusqaCore
import NusqaParse

/// What an amending order does (өзгерістер): its target, its typed patches, what was not understood,
/// and its entry-into-force rule.
public struct AmendmentReading: Sendable {
    /// The amended act as cited in item 1's lead sentence.
    public var targetCitation: Citation?
    /// The corpus id of the amended act, when the corpus has it.
    public var targetID: String?
    /// The patches in the order of the instructions.
    public var patches: [Patch]
    /// Instruction-like text that was not understood, with reasons.
    public var unparsed: [UnparsedInstruction]
    /// The entry-into-force rule of the amending order.
    public var entryIntoForce: EntryIntoForce?
    /// Warnings and errors found while reading the instructions.
    public var diagnostics: [Diagnostic]
    /// The number of instruction sentences (one sentence can yield several patches).
    public var instructionCount: Int
    /// Text of the operative part that is not an instruction, classified (a signature, an editorial
    /// note, an operative sentence that amends nothing): listed, never silently skipped.
    public var classified: [ClassifiedText] = []
    /// Whether the text was read as a bare fragment (scope lines and instructions, no act around them).
    public var isFragment = false

    /// Creates a reading.
    public init(
        targetCitation: Citation? = nil, targetID: String? = nil, patches: [Patch] = [], unparsed: [UnparsedInstruction] = [],
        entryIntoForce: EntryIntoForce? = nil, diagnostics: [Diagnostic] = [], instructionCount: Int = 0
    ) {
        self.targetCitation = targetCitation
        self.targetID = targetID
        self.patches = patches
        self.unparsed = unparsed
        self.entryIntoForce = entryIntoForce
        self.diagnostics = diagnostics
        self.instructionCount = instructionCount
    }
}
