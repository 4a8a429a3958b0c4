import Foundation
import NusqaCore
/// The verb phrase of an instruction (етістік): which operation a sentence orders, from ``InstructionVerbs``.
package enum InstructionVerb {
    /// A recognised verb phrase.
    package struct Match {
        package var operation: PatchOperation
        /// Where the verb phrase starts: the target phrase is the text before it.
        package var phraseStart: String.Index
        package var warning: (code: String, message: String)?
    }

    /// The operation a sentence orders, and where its verb phrase starts; nil when there is no verb.
    package static func find(in text: String) -> Match? {
        let lowered = text.lowercased()
        guard lowered.count == text.count else { return nil }
        for row in InstructionVerbs.rows {
            guard row.all.allSatisfy({ group in group.contains { lowered.containsBytes(of: $0) } }),
                !row.none.contains(where: { lowered.containsBytes(of: $0) })
            else { continue }
            var start = text.endIndex
            for word in row.starts {
                if let range = lowered.range(of: word) {
                    start = text.index(text.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: range.lowerBound))
                    break
                }
            }
            if row.starts == InstructionVerbs.quotes {
                start = InstructionVerbs.quotes.compactMap { text.range(of: $0)?.lowerBound }.min() ?? text.startIndex
            }
            return Match(operation: row.operation, phraseStart: start, warning: row.warning)
        }
        return nil
    }

    /// Whether text looks like an instruction even though no verb was recognised.
    package static func looksLikeInstruction(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return InstructionVerbs.instructionLike.contains { lowered.contains($0) }
    }
}
