import Foundation
import NusqaCore

/// Writes the lines of a rendered edition straight into text, Markdown or HTML (жол жазушы).
///
/// Lines go to the output as they are made, with no intermediate list, so rendering an act costs one
/// pass over its units. Markdown uses headings, paragraphs and lists (never indentation that a
/// CommonMark renderer would read as code); HTML uses headings, `<table>` with `<thead>`, and classes
/// for notes, gaps and flags.
struct LineWriter {
    let format: EditionRenderer.Format
    private var out = ""
    private var indents: [String] = [""]

    init(format: EditionRenderer.Format, title: String, estimatedSize: Int = 0) {
        self.format = format
        out.reserveCapacity(estimatedSize)
        if format == .html {
            out += "<!DOCTYPE html>\n<html lang=\"kk\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(HTML.escape(title))</title>\n<style>\n"
            out += "body{font-family:Georgia,serif;max-width:52em;margin:2em auto;line-height:1.5;color:#222}h1{font-size:1.3em}h2{font-size:1.15em;margin-top:2em}h3,h4{font-size:1em}\n"
            out += ".meta{color:#555;font-size:.9em}.note{color:#6b4e00;font-size:.85em;margin-left:1em;border-left:3px solid #e0c070;padding-left:.5em}\n"
            out += ".gap{color:#666;font-style:italic;background:#f1f1f1;border:1px dashed #bbb;padding:.1em .4em}.unit{margin:.3em 0}.stamp{color:#666;font-size:.85em;text-align:right}\n"
            out += ".flag{color:#8a1c00;background:#fff1e6;border-left:4px solid #e06000;padding:.2em .5em;font-size:.9em}.estimated{font-style:italic}\n"
            out += "table{border-collapse:collapse;margin:.5em 0;font-size:.9em}th,td{border:1px solid #bbb;padding:.2em .4em;vertical-align:top}th{background:#eee}tr.caption td{font-weight:bold;background:#f7f7f7}\n"
            out += ".pending{color:#a33}pre{white-space:pre-wrap}\n</style>\n</head>\n<body>\n"
        }
    }

    private mutating func indent(_ depth: Int) -> String {
        while indents.count <= depth + 2 { indents.append(indents[indents.count - 1] + "  ") }
        return indents[depth]
    }

    /// Writes one line.
    mutating func write(_ line: Line) {
        switch format {
        case .text: writeText(line)
        case .md: writeMarkdown(line)
        case .html: writeHTML(line)
        }
    }

    private mutating func writeText(_ line: Line) {
        let indent = indent(line.depth)
        var text = line.text
        if line.kind == .verbatim { text = text.replacingOccurrences(of: "\n", with: "\n" + indent) }
        out += indent
        out += line.label
        out += text
        out += "\n"
    }

    private mutating func writeMarkdown(_ line: Line) {
        let isListItem = line.label.hasSuffix(") ") && line.list != nil
        let listIndent = line.list.map { String(repeating: "  ", count: isListItem ? $0 : $0 + 1) } ?? ""
        // Legal text is shown literally: every Markdown metacharacter in it is escaped.
        let text = Markdown.escape(line.text)
        switch line.kind {
        case .heading(let level):
            out += String(repeating: "#", count: min(level, 6)) + " " + text + "\n\n"
        case .stamp, .meta:
            out += text + "\n\n"
        case .metaItem:
            out += "- " + text + "\n\n"
        case .note, .flag:
            out += listIndent + "> " + text + "\n\n"
        case .gap:
            out += listIndent + (isListItem ? "- " : "") + "*" + Markdown.escape(line.label) + text + "*\n\n"
        case .verbatim:
            // A flattened table: each source line on its own line (hard breaks), blank lines as paragraph breaks.
            var paragraph: [String] = []
            for raw in line.text.split(separator: "\n", omittingEmptySubsequences: false) {
                let trimmed = raw.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty {
                    if !paragraph.isEmpty { out += paragraph.joined(separator: "\\\n") + "\n\n"; paragraph = [] }
                } else {
                    paragraph.append(listIndent + Markdown.escapeLineStart(Markdown.escape(trimmed)))
                }
            }
            if !paragraph.isEmpty { out += paragraph.joined(separator: "\\\n") + "\n\n" }
        case .unit, .pending:
            let label = line.label.isEmpty ? "" : "**" + Markdown.escape(line.label.trimmingCharacters(in: .whitespaces)) + "** "
            out += listIndent + (isListItem ? "- " : "") + label + (label.isEmpty ? Markdown.escapeLineStart(text) : text) + "\n\n"
        }
    }

    private mutating func writeHTML(_ line: Line) {
        let margin = line.depth * 2
        let anchor = line.anchor.map { " id=\"\(HTML.escape($0.description))\"" } ?? ""
        let text = HTML.escape(line.label + line.text)
        switch line.kind {
        case .heading(let level): out += "<h\(level)\(anchor)>\(HTML.escape(line.text))</h\(level)>\n"
        case .stamp: out += "<p class=\"stamp\">\(text)</p>\n"
        case .meta: out += "<p class=\"meta\">\(text)</p>\n"
        case .metaItem: out += "<p class=\"meta\" style=\"margin-left:\(margin)em\">\(text)</p>\n"
        case .note:
            out += "<p class=\"note\(line.estimated ? " estimated" : "")\" style=\"margin-left:\(margin)em\">\(text)</p>\n"
        case .flag:
            out += "<p class=\"flag\" data-flag=\"\(HTML.escape(line.code ?? ""))\" style=\"margin-left:\(margin)em\">\(text)</p>\n"
        case .gap: out += "<p class=\"gap\"\(anchor) style=\"margin-left:\(margin)em\">\(text)</p>\n"
        case .verbatim: out += "<pre class=\"unit flattened\"\(anchor) style=\"margin-left:\(margin)em\">\(text)</pre>\n"
        case .unit: out += "<p class=\"unit\"\(anchor) style=\"margin-left:\(margin)em\">\(text)</p>\n"
        case .pending: out += "<p class=\"unit pending\"\(anchor) style=\"margin-left:\(margin)em\">\(text)</p>\n"
        }
    }

    /// Writes a table: aligned columns under the header row in text, a pipe table in Markdown,
    /// `<table>` with `<thead>` in HTML.
    mutating func writeTable(_ table: Table, depth: Int) {
        let width = table.width
        func padded(_ cells: [String]) -> [String] { cells.count >= width ? cells : cells + Array(repeating: "", count: width - cells.count) }
        switch format {
        case .text:
            let indent = indent(depth)
            var widths = Array(repeating: 0, count: width)
            for cells in [table.columns] + table.rows.filter({ $0.kind == .row }).map(\.cells) {
                for (index, cell) in padded(cells).enumerated() where index < width { widths[index] = max(widths[index], min(cell.count, 40)) }
            }
            func line(_ cells: [String]) -> String {
                let cells = padded(cells)
                return cells.enumerated().map { index, cell in
                    index == cells.count - 1 || index >= width ? cell : cell + String(repeating: " ", count: max(0, widths[index] - cell.count))
                }.joined(separator: " | ")
            }
            if !table.columns.isEmpty {
                out += indent + line(table.columns) + "\n"
                out += indent + widths.enumerated().map { String(repeating: "-", count: $0.offset == width - 1 ? max(3, min(table.columns.last?.count ?? 3, 40)) : $0.element) }.joined(separator: "-+-") + "\n"
            }
            for row in table.rows {
                out += indent + (row.kind == .row ? line(row.cells) : row.cells.joined(separator: " ")) + "\n"
            }
        case .md:
            func cell(_ text: String) -> String { Markdown.escape(text.replacingOccurrences(of: "\n", with: " ")) }
            let header = table.columns.isEmpty ? Array(repeating: " ", count: width) : padded(table.columns)
            out += "| " + header.map(cell).joined(separator: " | ") + " |\n"
            out += "|" + Array(repeating: " --- |", count: width).joined() + "\n"
            for row in table.rows {
                switch row.kind {
                case .row: out += "| " + padded(row.cells).map(cell).joined(separator: " | ") + " |\n"
                case .caption: out += "| " + padded([row.cells.joined(separator: " ")].map { "**" + cell($0) + "**" }).joined(separator: " | ") + " |\n"
                case .gap: out += "| " + padded(["*" + cell(row.cells.joined(separator: " ")) + "*"]).joined(separator: " | ") + " |\n"
                }
            }
            out += "\n"
        case .html:
            out += "<table style=\"margin-left:\(depth * 2)em\">\n"
            if !table.columns.isEmpty {
                out += "<thead><tr>" + padded(table.columns).map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr></thead>\n"
            }
            out += "<tbody>\n"
            for row in table.rows {
                let anchor = row.anchor.map { " id=\"\(HTML.escape($0.description))\"" } ?? ""
                switch row.kind {
                case .row: out += "<tr\(anchor)>" + padded(row.cells).map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>\n"
                case .caption: out += "<tr class=\"caption\"\(anchor)><td colspan=\"\(width)\">\(HTML.escape(row.cells.joined(separator: " ")))</td></tr>\n"
                case .gap: out += "<tr class=\"gap\"><td colspan=\"\(width)\">\(HTML.escape(row.cells.joined(separator: " ")))</td></tr>\n"
                }
            }
            out += "</tbody>\n</table>\n"
        }
    }

    /// The finished document.
    func finish() -> String {
        format == .html ? out + "</body>\n</html>\n" : out
    }

    /// A size estimate for the output of `root`: the bytes of its texts plus a little per unit.
    /// - Complexity: O(n) in the number of units; `utf8.count` of a native string is O(1).
    static func estimatedSize(of root: Clause) -> Int {
        var total = 0
        func visit(_ node: Clause) {
            total += node.text.utf8.count + 16 + node.provenance.count * 200
            for child in node.children { visit(child) }
        }
        visit(root)
        return total
    }
}
/// Markdown escaping of the legal text a rendered edition embeds (Markdown экрандау).
///
/// A backslash before every character CommonMark and GFM give a meaning inside a line — emphasis,
/// links, code, raw HTML, entities, strikethrough, tables, headings — so `<script>`, `*`, `[x](y)`
/// come out literally. Line-start list markers ("2.") are left alone: they are the units' labels.
enum Markdown {
    /// `s` with Markdown punctuation backslash-escaped.
    /// - Complexity: O(n); a text with none of those characters is returned as is.
    static func escape(_ s: String) -> String {
        guard s.utf8.contains(where: isSpecial) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        for scalar in s.unicodeScalars {
            if scalar.isASCII, isSpecial(UInt8(scalar.value)) { out += "\\" }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// Escapes what would open a block at the start of a line: "1." or "1)" (an ordered list), "-", "+"
    /// or "=" (a list or a heading underline).
    static func escapeLineStart(_ s: String) -> String {
        var digits = s.utf8.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        let bytes = Array(s.utf8.prefix(digits + 1))
        if digits > 0, digits < bytes.count, bytes[digits] == UInt8(ascii: ".") || bytes[digits] == UInt8(ascii: ")") {
            let index = s.utf8.index(s.utf8.startIndex, offsetBy: digits)
            return String(s[..<index]) + "\\" + String(s[index...])
        }
        digits = 0
        if let first = s.utf8.first, [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "=")].contains(first) { return "\\" + s }
        return s
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "~"), UInt8(ascii: "|"), UInt8(ascii: "#"):
            return true
        default:
            return false
        }
    }
}
