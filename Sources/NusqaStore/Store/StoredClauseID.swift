import NusqaKit

/// Clause ids read back from store rows (сақталған сілтеме): the same steps ``ClauseID/init(_:)`` parses, split
/// on `__` without Foundation. Indexing checks that every stored id reads
/// back equal (``ClauseVersionBuilder/isExact(_:rowsOfEditions:in:)``), so this reader never has to guess.
enum StoredClauseIDs {
    /// Parses `att_1__para_2__subpara_11`, as ``ClauseID/init(_:)`` does.
    /// - Complexity: O(n) in the length of `text`.
    static func parse(_ text: String) -> ClauseID? {
        if text.isEmpty { return .root }
        var steps: [ClauseID.Step] = []
        for part in parts(text) {
            if let underscore = part.firstIndex(of: "_") {
                guard let kind = ClauseKind(idPrefix: part[..<underscore]), let number = UnitNumber(part[part.index(after: underscore)...])
                else { return nil }
                steps.append(ClauseID.Step(kind, number))
            } else {
                guard let kind = ClauseKind(idPrefix: part) else { return nil }
                steps.append(ClauseID.Step(kind))
            }
        }
        return ClauseID(steps)
    }

    /// `text` split on `__`, as `components(separatedBy: "__")` splits it.
    private static func parts(_ text: String) -> [Substring] {
        var parts: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            let next = bytes.index(after: index)
            if bytes[index] == UInt8(ascii: "_"), next != bytes.endIndex, bytes[next] == UInt8(ascii: "_") {
                parts.append(text[start..<index])
                index = bytes.index(after: next)
                start = index
            } else {
                index = next
            }
        }
        parts.append(text[start...])
        return parts
    }
}
