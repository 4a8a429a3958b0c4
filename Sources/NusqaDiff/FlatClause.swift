import NusqaCore

/// One clause without its children (жазық бірлік): what a diff compares, keyed by clause id.
public struct FlatClause: Sendable, Hashable {
    /// The unit kind.
    public var kind: ClauseKind
    /// The heading, if any.
    public var heading: String?
    /// The text: for rows, the cells joined by " | ".
    public var text: String
    /// Known or not in corpus.
    public var content: Clause.Content
    /// In force, deleted, repealed or pending.
    public var status: ClauseStatus
    /// Whether the unit (or a unit around it) was inserted by an amendment, rather than made known.
    public var isInserted: Bool = false

    /// A flat clause from its parts (e.g. read back from a store).
    /// - Parameters:
    ///   - kind: the unit kind.
    ///   - heading: the heading, if any.
    ///   - text: the text.
    ///   - content: known or not in corpus.
    ///   - status: in force, deleted, repealed or pending.
    ///   - isInserted: whether an amendment inserted it.
    public init(kind: ClauseKind, heading: String?, text: String, content: Clause.Content, status: ClauseStatus, isInserted: Bool = false) {
        self.kind = kind
        self.heading = heading
        self.text = text
        self.content = content
        self.status = status
        self.isInserted = isInserted
    }

    /// Flattens `root` into (id, clause) pairs in document order.
    /// - Complexity: O(n) in the number of nodes.
    public static func flatten(_ root: Clause) -> [(id: ClauseID, clause: FlatClause)] {
        var out: [(ClauseID, FlatClause)] = []
        flatten(root) { id, flat, _ in out.append((id, flat)) }
        return out
    }

    /// Visits the units of `root` in document order, each with its id, its flat form and the unit itself:
    /// ``flatten(_:)`` for callers that need more of each unit (e.g. its provenance) in the same walk.
    /// - Complexity: O(n) in the number of nodes.
    public static func flatten(_ root: Clause, _ body: (ClauseID, FlatClause, Clause) -> Void) {
        // Whether each unit on the path to the current one was inserted, by depth.
        var insertedPath: [Bool] = []
        for visit in root.descendants() {
            let node = visit.clause
            insertedPath.removeLast(insertedPath.count - (visit.depth - 1))
            let inherited = insertedPath.last ?? false
            let text = node.kind == .row && !node.cells.isEmpty ? node.cells.joined(separator: " | ") : node.text
            let isInserted = inherited || node.provenance.contains { $0.operation == .insert || $0.operation == .insertRows }
            insertedPath.append(isInserted)
            body(visit.id, FlatClause(kind: node.kind, heading: node.heading, text: text, content: node.content, status: node.status, isInserted: isInserted), node)
        }
    }
}
