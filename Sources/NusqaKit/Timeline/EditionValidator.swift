/// Checks the structure of an edition (құрылымды тексеру): numbering strictly increasing among the
/// siblings of each kind, sub-items only inside items, rows only inside tables or annexes, and no
/// two units with the same id.
///
/// Items are numbered through the chapters of a document (chapters are transparent in ids), so the
/// items of all the chapters of one parent are checked as one sequence.
public enum EditionValidator {
    /// One structural problem.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// A stable code: `numbering-order`, `orphan-sub-item`, `orphan-row`, `duplicate-id`.
        public var code: String
        /// The unit concerned.
        public var id: ClauseID
        /// One sentence for a person.
        public var message: String

        /// The problem as a diagnostic (no source location: editions are built, not read).
        public var diagnostic: Diagnostic { Diagnostic(.error, code, "\(id): \(message)") }

        public var description: String { "\(code) \(id): \(message)" }
    }

    /// Kinds whose numbers must increase strictly among siblings.
    private static let numbered: Set<ClauseKind> = [.annex, .chapter, .item, .subItem, .abzac, .table, .row]

    /// The problems of `edition`; empty when it is well formed.
    /// - Complexity: O(n log n) in the number of units.
    public static func validate(_ edition: Edition) -> [Problem] {
        validate(edition.body)
    }

    /// The problems of a clause tree; empty when it is well formed.
    /// - Complexity: O(n log n) in the number of units.
    public static func validate(_ root: Clause) -> [Problem] {
        var problems: [Problem] = []
        var seen: Set<ClauseID> = []
        walk(root, id: .root, into: &problems, seen: &seen)
        return problems
    }

    private static func walk(_ node: Clause, id: ClauseID, into problems: inout [Problem], seen: inout Set<ClauseID>) {
        let childParent = node.kind.isTransparentInIDs ? (id.parent ?? .root) : id
        // Numbering: per kind among the children; items also through the chapters.
        var sequences: [ClauseKind: [Clause]] = [:]
        for child in node.children where numbered.contains(child.kind) {
            sequences[child.kind, default: []].append(child)
        }
        if !node.kind.isTransparentInIDs {
            let throughChapters = node.children.filter { $0.kind == .chapter }.flatMap { $0.children.filter { $0.kind == .item } }
            if !throughChapters.isEmpty { sequences[.item, default: []] = mergedByPosition(node, throughChapters) }
        }
        for (kind, siblings) in sequences.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            var previous: UnitNumber?
            for sibling in siblings {
                guard let number = sibling.number else {
                    problems.append(Problem(code: "numbering-order", id: childParent.appending(sibling.idStep), message: "a \(kind.kazakhName) without a number"))
                    continue
                }
                if let previous, !(previous < number) {
                    problems.append(
                        Problem(
                            code: "numbering-order", id: childParent.appending(sibling.idStep),
                            message: "\(kind.kazakhName) \(number) follows \(previous); numbers must increase strictly"))
                }
                previous = number
            }
        }
        for child in node.children {
            let childID = childParent.appending(child.idStep)
            if child.kind == .subItem, node.kind != .item {
                problems.append(Problem(code: "orphan-sub-item", id: childID, message: "a sub-item inside a \(node.kind.kazakhName), not inside an item"))
            }
            if child.kind == .row, node.kind != .table, node.kind != .annex {
                problems.append(Problem(code: "orphan-row", id: childID, message: "a row inside a \(node.kind.kazakhName), not inside a table or annex"))
            }
            if numbered.contains(child.kind) || child.kind.isSingleton {
                if !seen.insert(childID).inserted {
                    problems.append(Problem(code: "duplicate-id", id: childID, message: "two units have this id"))
                }
            }
            walk(child, id: childID, into: &problems, seen: &seen)
        }
    }

    /// The items directly under `node` and inside its chapters, in document order.
    private static func mergedByPosition(_ node: Clause, _ inChapters: [Clause]) -> [Clause] {
        var out: [Clause] = []
        for child in node.children {
            if child.kind == .item { out.append(child) }
            if child.kind == .chapter { out += child.children.filter { $0.kind == .item } }
        }
        return out
    }
}
