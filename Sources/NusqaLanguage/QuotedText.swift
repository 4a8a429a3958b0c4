import Foundation

/// Quote marks in payloads (тырнақша): "…" in adilet exports, «…» in signed PDFs.
package enum QuotedText {
    /// Whether a payload opens at the start of `text`.
    package static func opens(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return first == "\"" || first == "«" || first == "“"
    }

    /// The quote balance after reading `text`, starting from `depth`: «» nest, straight quotes toggle.
    package static func depth(after text: String, from depth: Int, straightOpen: inout Bool) -> Int {
        var depth = depth
        for character in text.unicodeScalars {
            switch character {
            case "«", "“": depth += 1
            case "»", "”": depth = max(0, depth - 1)
            case "\"": straightOpen.toggle()
            default: break
            }
        }
        return depth
    }

    /// The text without its opening quote (first abzac) and closing quote plus `;` or `.` (last abzac).
    /// Text after the closing quote (002: `…сәйкес :»БҰЙЫРАМЫН`) is returned separately, not dropped.
    package static func strip(_ texts: [String]) -> (texts: [String], trailing: String?) {
        guard !texts.isEmpty else { return ([], nil) }
        var out = texts
        if opens(out[0]) { out[0].removeFirst() }
        var last = out[out.count - 1]
        var trailing: String?
        if let close = last.lastIndex(where: { $0 == "»" || $0 == "\"" || $0 == "”" }) {
            let after = last[last.index(after: close)...]
            let rest = after.trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty && rest != ";" && rest != "." && rest != ";." { trailing = rest }
            last = String(last[..<close])
        }
        out[out.count - 1] = last
        return (out.map { $0.trimmingCharacters(in: .whitespaces) }, trailing)
    }
}
