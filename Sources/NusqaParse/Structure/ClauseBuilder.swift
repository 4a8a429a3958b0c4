import NusqaCore

/// A clause under construction, with the source span it came from (құрастырушы).
///
/// The parsers build these, then ``finish(parent:)`` numbers abzacs, computes ids and returns the
/// immutable ``Clause`` tree together with its span map.
package struct ClauseBuilder {
    package var clause: Clause
    package var span: SourceSpan?
    package var children: [ClauseBuilder] = []

    package init(_ clause: Clause, span: SourceSpan?) {
        self.clause = clause
        self.span = span
    }

    /// Extends the span to cover `other`.
    package mutating func cover(_ other: SourceSpan?) {
        guard let other else { return }
        span = span.map { $0.union(other) } ?? other
    }

    /// The finished clause and the spans of it and its descendants, keyed by id under `parent`.
    ///
    /// Abzacs are numbered by their ordinal in the parent: the parent's own text is abzac 1, and
    /// every child after it counts, so the numbers match the way amendments cite abzacs.
    /// Unplaced text blocks and captions are numbered in order among their kind.
    /// - Complexity: O(n) in the number of descendants.
    package func finish(parent: ClauseID, spans: inout [ClauseID: SourceSpan]) -> Clause {
        var result = clause
        let id = clause.kind == .document ? parent : parent.appending(clause.idStep)
        if let span { spans[id] = span }
        let childParent = clause.kind.isTransparentInIDs ? parent : id
        var counters: [ClauseKind: Int] = [:]
        let leadCounts = !clause.text.isEmpty || clause.kind == .item || clause.kind == .subItem
        var finished: [Clause] = []
        finished.reserveCapacity(children.count)
        // Publisher's notes are not text of the unit: they do not count among its abzacs.
        var offset = 0
        for child in children {
            var child = child
            defer { if child.clause.kind != .editorialNote { offset += 1 } }
            switch child.clause.kind {
            case .abzac:
                child.clause.number = UnitNumber(offset + (leadCounts ? 2 : 1))
            case .text, .caption, .preformatted, .editorialNote:
                counters[child.clause.kind, default: 0] += 1
                child.clause.number = UnitNumber(counters[child.clause.kind] ?? 1)
            default:
                break
            }
            finished.append(child.finish(parent: childParent, spans: &spans))
        }
        result.children = finished
        return result
    }
}
