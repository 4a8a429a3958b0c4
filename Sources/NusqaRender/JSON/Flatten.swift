import NusqaCore

/// Flattens a tree to one JSON object per clause, without children (NDJSON).
package enum Flatten {
    package static func clauses(_ root: Clause) -> [JSONValue] {
        root.jsonLines()
    }
}
