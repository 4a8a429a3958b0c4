import NusqaKit

/// Flattens a tree to one JSON object per clause, without children (NDJSON).
enum Flatten {
    static func clauses(_ root: Clause) -> [JSONValue] {
        root.jsonLines()
    }
}
