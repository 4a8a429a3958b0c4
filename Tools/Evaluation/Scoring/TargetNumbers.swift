import Foundation

/// The unit numbers a clause id carries, as the development set scores targets: `att_1__para_5__subpara_3`
/// → ["5", "3"]. Grouping segments (annexes, tables, chapters, sections, books, titles) are skipped.
public enum TargetNumbers {
    /// Id prefixes whose numbers are not part of a unit's path.
    public static let grouping: Set<String> = ["att", "table", "chp", "sec", "subsec", "book", "title"]

    /// The numbers of `id`: the runs of digits and inner hyphens in each non-grouping segment's value.
    public static func of(_ id: String) -> [String] {
        var out: [String] = []
        for segment in id.components(separatedBy: "__") {
            let parts = segment.split(separator: "_", maxSplits: 1, omittingEmptySubsequences: false)
            let prefix = parts.first.map { String($0).trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
            if grouping.contains(prefix) { continue }
            out += numbers(in: parts.count > 1 ? String(parts[1]) : "")
        }
        return out
    }

    /// The matches of `\d+(?:-\d+)*` in `text`.
    static func numbers(in text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var pendingHyphen = false
        for c in text {
            if c.isASCII, c.isNumber {
                if pendingHyphen { current.append("-"); pendingHyphen = false }
                current.append(c)
            } else if c == "-", !current.isEmpty, !pendingHyphen {
                pendingHyphen = true
            } else {
                if !current.isEmpty { out.append(current) }
                current = ""
                pendingHyphen = false
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
