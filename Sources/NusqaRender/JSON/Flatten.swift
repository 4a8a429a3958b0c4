import NusqaCore

/// Flattens a tree to one JSON object per clause, without children (NDJSON).
package enum Flatten {
    package static func clauses(_ root: Clause) -> [JSONValue] {
        var out: [JSONValue] = []
        root.forEachDescendant { node, id in out.append(node.json(id: id, includingChildren: false)) }
        return out
    }
}
