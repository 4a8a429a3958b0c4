extension Clause {
    /// The id of `child`, one of this unit's children, when this unit's id is `id` (сілтеме ережесі).
    ///
    /// The one place that knows how ids are formed: a child's step is appended to its parent's id,
    /// except that chapters are transparent (`att_1__para_2` inside `chp_1`).
    public func id(ofChild child: Clause, at id: ClauseID) -> ClauseID {
        (kind.isTransparentInIDs ? (id.parent ?? .root) : id).appending(child.idStep)
    }

    /// Every unit below this one in document order (обход), each with its clause id and its depth
    /// (1 for a child of this unit), chapters included and transparent in the ids.
    /// - Parameter id: the id of this node (`.root` for a document).
    /// - Complexity: O(1) to make; O(n · d) to run through n units at depth d.
    public func descendants(id: ClauseID = .root) -> ClauseWalk { ClauseWalk(root: self, id: id) }

    /// Visits every unit below this one in document order with its clause id: ``descendants(id:)``
    /// as a closure.
    /// - Complexity: O(n · d) for n units at depth d.
    public func forEachDescendant(id: ClauseID = .root, _ body: (Clause, ClauseID) -> Void) {
        for visit in descendants(id: id) { body(visit.clause, visit.id) }
    }
}

/// The clause walker (обход): a pre-order walk of a clause tree yielding each unit with its id and depth.
///
/// Every walk of a tree that needs ids goes through this type or ``Clause/id(ofChild:at:)``, so the
/// chapter-transparent id rule lives in one place.
public struct ClauseWalk: Sequence, Sendable {
    /// One unit met on the walk.
    public struct Visit: Sendable {
        /// The unit.
        public var clause: Clause
        /// Its clause id.
        public var id: ClauseID
        /// 1 for a child of the unit the walk started from, 2 for a grandchild, …
        public var depth: Int
    }

    let root: Clause
    let id: ClauseID

    /// The walk's iterator: an explicit stack, so deep trees cannot exhaust the call stack.
    public struct Iterator: IteratorProtocol {
        private var stack: [(parent: Clause, id: ClauseID, next: Int)]

        init(root: Clause, id: ClauseID) { stack = [(root, id, 0)] }

        /// The next unit in document order, or nil at the end.
        public mutating func next() -> Visit? {
            while let top = stack.last {
                guard top.next < top.parent.children.count else {
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let child = top.parent.children[top.next]
                let childID = top.parent.id(ofChild: child, at: top.id)
                let depth = stack.count
                if !child.children.isEmpty { stack.append((child, childID, 0)) }
                return Visit(clause: child, id: childID, depth: depth)
            }
            return nil
        }
    }

    /// Starts the walk.
    public func makeIterator() -> Iterator { Iterator(root: root, id: id) }
}
