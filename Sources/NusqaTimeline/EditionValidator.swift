import NusqaCore

/// Checks the structure of an edition (құрылымды тексеру): numbering strictly increasing among the
/// siblings of each kind, sub-items only inside items, rows only inside tables or annexes, and no
/// two units with the same id.
///
/// Items are numbered through the chapters of a document (chapters are transparent in ids), so the
/// items of all the chapters of one parent are checked as one sequence.
///
/// Real items restart their sub-item lists after an unnumbered abzac ("Қор … мерзімде:" 1), 2) …,
/// then "Қор филиалдары …:" 1), 2) …: ҚР ДСМ-290/2020 items 4 and 40). Such a restart is not a
/// numbering error, but the ids of the restarted sub-items name more than one unit: that is reported
/// as an `ambiguous-id` warning, not an error, until ids can tell the lists apart.
public enum EditionValidator {
    /// One structural problem.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// A stable code: `numbering-order`, `orphan-sub-item`, `orphan-row`, `duplicate-id` (errors);
        /// `ambiguous-id` (a warning: a sub-item of a list restarted after an abzac shares its id).
        public var code: String
        /// Error, or warning for `ambiguous-id`.
        public var severity: Diagnostic.Severity
        /// The unit concerned.
        public var id: ClauseID
        /// One sentence for a person.
        public var message: String
        /// For `orphan-sub-item` and `orphan-row`: the kind of unit it stands in.
        public var container: ClauseKind?

        /// The problem as a diagnostic (no source location: editions are built, not read).
        public var diagnostic: Diagnostic { Diagnostic(severity, code, "\(id): \(message)") }

        /// Whether the problem is an error (everything but `ambiguous-id`).
        public var isError: Bool { severity == .error }

        init(code: String, id: ClauseID, message: String, severity: Diagnostic.Severity = .error, container: ClauseKind? = nil) {
            self.code = code
            self.id = id
            self.message = message
            self.severity = severity
            self.container = container
        }

        public var description: String { "\(code) \(id): \(message)" }
    }

    /// Kinds whose numbers must increase strictly among siblings.
    /// Paragraphs (параграф) restart in every chapter of a code, so they are not checked.
    private static let numbered: Set<ClauseKind> = [.annex, .section, .chapter, .article, .item, .subItem, .abzac, .table, .row]

    /// The errors of `edition` only; empty when it is well formed.
    public static func errors(_ edition: Edition) -> [Problem] {
        validate(edition).filter(\.isError)
    }

    /// The problems of `edition`; empty when it is well formed.
    /// - Complexity: O(n log n) in the number of units.
    public static func validate(_ edition: Edition) -> [Problem] {
        validate(edition.body)
    }

    /// The problems of a clause tree; empty when it is well formed.
    /// - Complexity: O(n log n) in the number of units.
    public static func validate(_ root: Clause) -> [Problem] {
        validate(root, at: .root)
    }

    /// The problems inside a subtree that stands at `id` (a payload about to be applied there), with
    /// ids in the whole text; the subtree's own place is not checked.
    /// - Complexity: O(n log n) in the number of units.
    static func validate(_ root: Clause, at id: ClauseID) -> [Problem] {
        var problems: [Problem] = []
        var seen: Set<ClauseID> = []
        walk(root, id: id, into: &problems, seen: &seen)
        return problems
    }

    /// Whether a unit of `kind` must carry a number (a section, chapter, article, item, sub-item, table,
    /// row, annex…): one without is a `numbering-order` error.
    static func needsNumber(_ kind: ClauseKind) -> Bool { numbered.contains(kind) }

    /// Whether a unit of `kind` may stand directly in a unit of `container`: a sub-item only in an item
    /// (or an abzac of one that opens its own list), a row only in a table or an annex.
    static func mayStand(_ kind: ClauseKind, in container: ClauseKind) -> Bool {
        switch kind {
        case .subItem: container == .item || container == .abzac
        case .row: container == .table || container == .annex
        default: true
        }
    }

    private static func walk(_ node: Clause, id: ClauseID, into problems: inout [Problem], seen: inout Set<ClauseID>) {
        // Numbering: per kind among the children; items also through the chapters.
        var sequences: [ClauseKind: [Clause]] = [:]
        for child in node.children where numbered.contains(child.kind) {
            sequences[child.kind, default: []].append(child)
        }
        if !node.kind.isTransparentInIDs {
            if node.children.contains(where: \.kind.isTransparentInIDs) {
                // Items, articles and chapters are numbered through the sections, chapters and paragraphs.
                for kind in [ClauseKind.item, .article, .chapter] {
                    let through = throughContainers(node, kind)
                    if !through.isEmpty { sequences[kind] = through }
                }
            }
        }
        // Sub-item lists may restart after an unnumbered sibling: each restart opens a new run.
        var restarted: Set<Int> = []
        var runs: [[Clause]] = []
        var lastSub: UnitNumber?
        var interrupted = false
        for (index, child) in node.children.enumerated() {
            guard child.kind == .subItem else {
                if lastSub != nil { interrupted = true }
                continue
            }
            if let lastSub, let number = child.number, !(lastSub < number), interrupted {
                runs.append([])
            }
            if runs.isEmpty { runs.append([]) }
            if runs.count > 1 { restarted.insert(index) }
            runs[runs.count - 1].append(child)
            lastSub = child.number ?? lastSub
            interrupted = false
        }
        var checked: [(ClauseKind, [Clause])] = sequences.filter { $0.key != .subItem }.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key, $0.value) }
        checked += runs.map { (ClauseKind.subItem, $0) }
        for (kind, siblings) in checked {
            var previous: UnitNumber?
            for sibling in siblings {
                guard let number = sibling.number else {
                    problems.append(Problem(code: "numbering-order", id: node.id(ofChild: sibling, at: id), message: "a \(kind.kazakhName) without a number"))
                    continue
                }
                if let previous, !(previous < number) {
                    problems.append(
                        Problem(
                            code: "numbering-order", id: node.id(ofChild: sibling, at: id),
                            message: "\(kind.kazakhName) \(number) follows \(previous); numbers must increase strictly"))
                }
                previous = number
            }
        }
        for (index, child) in node.children.enumerated() {
            let childID = node.id(ofChild: child, at: id)
            // A sub-item belongs to an item, or to a part of an item that opens its own list.
            if child.kind == .subItem, !mayStand(.subItem, in: node.kind) {
                problems.append(
                    Problem(code: "orphan-sub-item", id: childID, message: "a sub-item inside a \(node.kind.kazakhName), not inside an item", container: node.kind))
            }
            if child.kind == .row, !mayStand(.row, in: node.kind) {
                problems.append(
                    Problem(code: "orphan-row", id: childID, message: "a row inside a \(node.kind.kazakhName), not inside a table or annex", container: node.kind))
            }
            if numbered.contains(child.kind) || child.kind.isSingleton {
                if !seen.insert(childID).inserted {
                    if restarted.contains(index) {
                        problems.append(
                            Problem(
                                code: "ambiguous-id", id: childID, message: "a sub-item list restarted after an abzac reuses this id",
                                severity: .warning))
                    } else {
                        problems.append(Problem(code: "duplicate-id", id: childID, message: "two units have this id"))
                    }
                }
            }
            walk(child, id: childID, into: &problems, seen: &seen)
        }
    }

    /// The units of `kind` directly under `node` and inside its transparent containers (sections,
    /// chapters, paragraphs), in document order.
    private static func throughContainers(_ node: Clause, _ kind: ClauseKind) -> [Clause] {
        var out: [Clause] = []
        for child in node.children {
            if child.kind == kind { out.append(child) }
            if child.kind.isTransparentInIDs { out += throughContainers(child, kind) }
        }
        return out
    }
}
