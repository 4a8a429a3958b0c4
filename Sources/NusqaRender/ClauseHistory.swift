import NusqaCore
import NusqaDiff
import NusqaTimeline

/// One clause through the editions of an act (тарих): each wording with the changes that made it
/// and a word diff to the wording before.
public struct ClauseHistory: Sendable {
    /// One edition of the clause.
    public struct Version: Sendable {
        /// The edition's first day; nil for the text before any change in the corpus.
        public var date: CivilDate?
        /// Whether the date is estimated.
        public var isEstimated: Bool
        /// The changes of that edition that touched the clause.
        public var changes: [Change]
        /// The clause's wording: its text and its sub-units' texts, one per line with their labels;
        /// nil when the clause is absent from the edition.
        public var wording: String?
        /// Known, partial or not in corpus (`Clause.jsonContent`); nil when absent.
        public var content: String?
        /// In force, deleted, repealed, pending; nil when absent.
        public var status: String?
        /// Word edits from the previous version's wording.
        public var edits: [WordDiff.Edit]
    }

    /// The clause.
    public var id: ClauseID
    /// The versions in date order; only editions where the wording or status changed.
    public var versions: [Version]

    /// Whether the clause exists in some edition.
    public var exists: Bool { versions.contains { $0.wording != nil } }

    /// Follows `id` through the editions of `timeline`.
    /// - Complexity: O(e · n) for e editions of n units.
    public init(of id: ClauseID, in timeline: Timeline) {
        self.id = id
        var versions: [Version] = []
        var previous: (wording: String?, status: String?) = (nil, nil)
        for edition in timeline.editions {
            let node = Self.node(id, in: edition.body)
            let wording = node.map { Self.wording(of: $0) }
            let status = node.map { $0.jsonStatus }
            let touching = edition.changes.filter { $0.target.isDescendant(ofOrEqualTo: id) || id.isDescendant(ofOrEqualTo: $0.target) }
            if node == nil && touching.isEmpty && previous.wording == nil { continue }
            guard versions.isEmpty || wording != previous.wording || status != previous.status || !touching.isEmpty else { continue }
            let edits = WordDiff.edits(from: previous.wording ?? "", to: wording ?? "")
            versions.append(
                Version(
                    date: edition.date, isEstimated: edition.isEstimated, changes: touching, wording: wording,
                    content: node.map { $0.jsonContent }, status: status, edits: edits))
            previous = (wording, status)
        }
        self.versions = versions
    }

    /// The node at `id` in `root`, following ids through transparent chapters.
    static func node(_ id: ClauseID, in root: Clause) -> Clause? {
        var found: Clause?
        root.forEachDescendant { node, nodeID in if found == nil, nodeID == id { found = node } }
        return found
    }

    /// The clause's own text and its sub-units' texts, one per line, labelled as printed.
    static func wording(of node: Clause) -> String {
        var lines: [String] = []
        func visit(_ node: Clause, top: Bool) {
            let label = top ? "" : EditionRenderer.label(node)
            let text = node.kind == .row && !node.cells.isEmpty ? node.cells.joined(separator: " | ") : node.text
            if !text.isEmpty || !label.isEmpty { lines.append(label + (text.isEmpty && node.content == .notInCorpus ? EditionRenderer.unknownText : text)) }
            for child in node.children { visit(child, top: false) }
        }
        visit(node, top: true)
        return lines.joined(separator: "\n")
    }

    /// Every clause id in any edition, for suggestions.
    public static func allIDs(in timeline: Timeline) -> Set<ClauseID> {
        var ids = Set<ClauseID>()
        for edition in timeline.editions { edition.body.forEachDescendant { _, id in ids.insert(id) } }
        return ids
    }
}
