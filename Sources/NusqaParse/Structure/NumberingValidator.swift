import NusqaCore
import NusqaLanguage

/// Checks unit numbering (нөмірлеу): sequences without gaps, in order, no duplicates.
///
/// An inserted unit (`3-1`) may follow `3`; a new integer must be the next one. Anomalies are
/// warnings with the span of the offending unit, never errors: the text says what it says.
enum NumberingValidator {
    /// Warnings for every numbering anomaly under `root`.
    /// - Complexity: O(n) in the number of nodes.
    static func validate(_ root: Clause, spans: [ClauseID: SourceSpan]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        walk(root, id: .root, spans: spans, into: &out)
        return out
    }

    private static func walk(_ node: Clause, id: ClauseID, spans: [ClauseID: SourceSpan], into out: inout [Diagnostic]) {
        var previous: [ClauseKind: UnitNumber] = [:]
        // Items run through chapters: carry the last item number across them.
        for child in node.children {
            let childID = node.kind == .document && child.kind == .document ? id : node.id(ofChild: child, at: id)
            if [.item, .subItem, .row, .chapter].contains(child.kind), let number = child.number,
                node.kind != .item || !AmendingLead.isAmending(node.text)
            {
                if let before = previous[child.kind] {
                    if number <= before {
                        out.append(
                            Diagnostic(
                                .warning, "numbering-order",
                                "\(child.kind.kazakhName) \(number) follows \(before): numbers must increase",
                                at: spans[childID]?.start))
                    } else if number.parts.count == 1, before.parts[0] + 1 != number.parts[0] {
                        out.append(
                            Diagnostic(
                                .warning, "numbering-gap",
                                "\(child.kind.kazakhName) \(number) follows \(before): \(before.parts[0] + 1) is missing",
                                at: spans[childID]?.start))
                    }
                }
                previous[child.kind] = number
            }
            walk(child, id: childID, spans: spans, into: &out)
        }
    }
}
