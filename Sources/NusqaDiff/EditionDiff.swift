import NusqaCore

/// What changed between two editions (редакциялар айырмасы), aligned by clause id.
///
/// Clauses are matched by id first; only clauses whose text changed get a word diff. Gap-aware
/// kinds say when a unit became known (it was *not in corpus*) and when a deferred unit came into force.
public struct EditionDiff: Sendable, Hashable {
    /// One changed clause.
    public struct Entry: Sendable, Hashable {
        /// How the clause changed.
        public enum Kind: String, Sendable, Hashable {
            /// New in the later edition.
            case added
            /// Gone from the later edition.
            case removed
            /// The wording changed.
            case changed
            /// The unit was not in corpus and is now known.
            case becameKnown = "became-known"
            /// A deferred unit came into force.
            case cameIntoForce = "came-into-force"
            /// Deleted, repealed, or its status changed otherwise.
            case statusChanged = "status-changed"
        }

        /// How it changed.
        public var kind: Kind
        /// The clause id.
        public var id: ClauseID
        /// The clause before (nil when added).
        public var old: FlatClause?
        /// The clause after (nil when removed).
        public var new: FlatClause?
        /// Word-level edits of the text (changed texts only).
        public var edits: [WordDiff.Edit]
    }

    /// The changes in document order of the later edition, removed clauses where they stood.
    public var entries: [Entry]

    /// Whether the editions are the same.
    public var isEmpty: Bool { entries.isEmpty }

    /// Compares two clause trees.
    /// - Complexity: O(n) to align, plus a word diff per changed clause.
    public init(from old: Clause, to new: Clause) {
        self.init(from: FlatClause.flatten(old), to: FlatClause.flatten(new), oldRootIsGap: old.content == .notInCorpus)
    }

    /// Compares two editions already flattened (as ``FlatClause/flatten(_:)`` gives them, e.g. read back from a store).
    /// - Parameters:
    ///   - before: the earlier edition, flattened.
    ///   - after: the later edition, flattened.
    ///   - oldRootIsGap: whether the earlier edition's root is not in corpus.
    /// - Complexity: O(n) to align, plus a word diff per changed clause.
    public init(from before: [(id: ClauseID, clause: FlatClause)], to after: [(id: ClauseID, clause: FlatClause)], oldRootIsGap: Bool) {
        var oldByID: [ClauseID: FlatClause] = [:]
        for (id, clause) in before where oldByID[id] == nil { oldByID[id] = clause }
        var seen = Set<ClauseID>()
        var entries: [Entry] = []
        for (id, clause) in after where !seen.contains(id) {
            seen.insert(id)
            guard let previous = oldByID[id] else {
                // Under a unit that was not in corpus, a unit that was not inserted existed all along: it became known.
                var ancestor = id.parent
                while let current = ancestor, oldByID[current] == nil, !current.steps.isEmpty { ancestor = current.parent }
                let inGap = ancestor.flatMap { oldByID[$0] }.map { $0.content == .notInCorpus } ?? oldRootIsGap
                let kind: Entry.Kind = inGap && !clause.isInserted ? .becameKnown : .added
                entries.append(Entry(kind: kind, id: id, old: nil, new: clause, edits: []))
                continue
            }
            guard previous != clause else { continue }
            let kind = Entry.Kind(from: previous, to: clause)
            entries.append(Entry(kind: kind, id: id, old: previous, new: clause, edits: []))
        }
        // Removed clauses stand where they stood: after the last clause before them that the later
        // edition still has.
        var position: [ClauseID: Int] = [:]
        for (index, pair) in after.enumerated() where position[pair.id] == nil { position[pair.id] = index }
        var keyed = entries.map { (key: (position[$0.id] ?? 0, 0, 0), entry: $0) }
        var anchor = -1
        var order = 0
        for (id, clause) in before {
            if let index = position[id] {
                anchor = index
                continue
            }
            guard !seen.contains(id) else { continue }
            seen.insert(id)
            order += 1
            keyed.append((key: (anchor, 1, order), Entry(kind: .removed, id: id, old: clause, new: nil, edits: [])))
        }
        keyed.sort { $0.key < $1.key }
        self.entries = Self.withEdits(keyed.map(\.entry))
    }

    /// `entries` with the word diff of each: old text (empty when added) to new text (empty when removed).
    static func withEdits(_ entries: [Entry]) -> [Entry] {
        let edits = WordDiff.edits(pairs: entries.map { ($0.old?.text ?? "", $0.new?.text ?? "") })
        var entries = entries
        for index in entries.indices { entries[index].edits = edits[index] }
        return entries
    }

    /// Applies the diff to the flat clauses of the earlier edition: the round trip
    /// `diff(a, b).applied(to: flatten(a)) == flatten(b)` holds for every pair.
    public func applied(to flat: [ClauseID: FlatClause]) -> [ClauseID: FlatClause] {
        var result = flat
        for entry in entries {
            if var clause = entry.new {
                clause.text = WordDiff.new(from: entry.edits)
                result[entry.id] = clause
            } else {
                result[entry.id] = nil
            }
        }
        return result
    }
}

extension EditionDiff.Entry.Kind {
    /// How a unit present in both editions changed: it came into force, its status changed, its text
    /// became known, or its wording changed.
    init(from previous: FlatClause, to clause: FlatClause) {
        if case .pending = previous.status, clause.status == .inForce {
            self = .cameIntoForce
        } else if previous.status != clause.status {
            self = .statusChanged
        } else if previous.content == .notInCorpus && previous.text.isEmpty && !clause.text.isEmpty {
            self = .becameKnown
        } else {
            self = .changed
        }
    }
}
