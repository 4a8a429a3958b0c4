import Foundation
import NusqaCore
import NusqaParse
import NusqaText

/// A box-drawing dump of a clause tree (ағаш): one node per line with its id, number, source lines
/// and text. This is the golden format of the parser tests, as swift-markdown's `debugDescription`.
public enum TreeDump {
    /// Renders `act` as a tree.
    /// - Complexity: O(n) in the size of the tree and its text.
    public static func render(_ act: Act) -> String {
        var out = "\(act.name) (\(act.kind.rawValue), \(act.dialect.rawValue))\n"
        let children = act.body.children
        for (offset, child) in children.enumerated() {
            dump(child, id: act.body.id(ofChild: child, at: .root), prefix: "", isLast: offset == children.count - 1, act: act, into: &out)
        }
        return out
    }

    private static func dump(_ node: Clause, id: ClauseID, prefix: String, isLast: Bool, act: Act, into out: inout String) {
        var line = prefix + (isLast ? "└─ " : "├─ ") + id.description
        if let span = act.spans[id] {
            line += span.start.line == span.end.line ? " [\(span.start.line)]" : " [\(span.start.line)-\(span.end.line)]"
        }
        if let printed = node.printedNumber { line += " (printed \"\(printed)\")" }
        if node.content == .notInCorpus { line += " <not in corpus>" }
        if let heading = node.heading { line += " «\(heading)»" }
        if !node.cells.isEmpty && node.kind == .table { line += " columns: " + node.cells.joined(separator: " | ") }
        if !node.text.isEmpty {
            let text = node.kind == .preformatted ? "⟨\(node.text.split(separator: "\n", omittingEmptySubsequences: false).count) lines⟩" : node.text.replacingOccurrences(of: "\n", with: " ⏎ ")
            line += " " + text
        }
        out += line + "\n"
        let childPrefix = prefix + (isLast ? "   " : "│  ")
        for (offset, child) in node.children.enumerated() {
            dump(child, id: node.id(ofChild: child, at: id), prefix: childPrefix, isLast: offset == node.children.count - 1, act: act, into: &out)
        }
    }
}
