extension Clause {
    /// Visits every unit below this one in document order with its clause id (обход).
    ///
    /// The one place that knows how ids are formed while walking: each child's step is appended to
    /// its parent's id, except that chapters are transparent (`att_1__para_2` inside `chp_1`).
    /// - Parameter id: the id of this node (`.root` for a document).
    /// - Complexity: O(n · d) for n units at depth d.
    public func forEachDescendant(id: ClauseID = .root, _ body: (Clause, ClauseID) -> Void) {
        let parent = kind.isTransparentInIDs ? (id.parent ?? .root) : id
        for child in children {
            let childID = parent.appending(child.idStep)
            body(child, childID)
            child.forEachDescendant(id: childID, body)
        }
    }
}
