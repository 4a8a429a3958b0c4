/// Prints text the way the adilet.zan.kz export does (әділет экспорты): abzacs start with six spaces,
/// long abzacs are hard-wrapped at about 80 columns with a trailing space on every wrapped line, and the
/// title, header and annex header are unindented.
enum AdiletText {
    /// The export's line width, in characters.
    static let width = 80
    static let indent = "      "

    /// One abzac as physical lines: six-space indent, wrapped, wraps ending with a space.
    static func abzac(_ text: String) -> [String] { wrap(text, first: indent) }

    /// An unindented paragraph as physical lines.
    static func plain(_ text: String) -> [String] { wrap(text, first: "") }

    private static func wrap(_ text: String, first: String) -> [String] {
        var lines: [String] = []
        var line = first
        var count = first.count
        var empty = true
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let length = word.count
            if !empty, count + 1 + length > width {
                lines.append(line + " ")
                line = ""
                count = 0
                empty = true
            }
            if !empty { line += " "; count += 1 }
            line += word
            count += length
            empty = false
        }
        lines.append(line)
        return lines
    }

    /// A piece of an instruction line: plain text, or the text of a hyperlink.
    enum Segment {
        case text(String)
        case link(String)
    }

    /// The line as written (links in place).
    static func original(_ segments: [Segment]) -> String {
        segments.map { if case .text(let t) = $0 { t } else if case .link(let l) = $0 { l } else { "" } }.joined()
    }

    /// The physical line as the export prints it: each link's text cut out of its place (leaving its
    /// spaces: a 7th indent space, a double space, a space before ':') and appended at the line end, with
    /// no trailing space. Nil when it would not fit on one physical line (then it is printed intact).
    static func displaced(_ segments: [Segment]) -> String? {
        var body = ""
        var links: [String] = []
        for segment in segments {
            switch segment {
            case .text(let t): body += t
            case .link(let l): links.append(l)
            }
        }
        let line = indent + body + links.joined(separator: " ")
        return line.count <= width ? line : nil
    }
}
