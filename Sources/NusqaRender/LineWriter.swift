import Foundation
import NusqaCore

/// Writes the lines of a rendered edition straight into text, Markdown or HTML (жол жазушы).
///
/// Lines go to the output as they are made, with no intermediate list, so rendering an act costs one
/// pass over its units.
struct LineWriter {
    let format: EditionRenderer.Format
    private var out = ""
    private var indents: [String] = [""]

    init(format: EditionRenderer.Format, title: String, estimatedSize: Int = 0) {
        self.format = format
        out.reserveCapacity(estimatedSize)
        if format == .html {
            out += "<!DOCTYPE html>\n<html lang=\"kk\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(HTML.escape(title))</title>\n<style>\n"
            out += "body{font-family:Georgia,serif;max-width:46em;margin:2em auto;line-height:1.5;color:#222}h1{font-size:1.3em}\n"
            out += ".meta{color:#555;font-size:.9em}.note{color:#6b4e00;font-size:.85em;margin-left:1em;border-left:3px solid #e0c070;padding-left:.5em}\n"
            out += ".gap{color:#888;font-style:italic;background:#f4f4f4;padding:.1em .4em}.unit{margin:.3em 0}\n"
            out += ".pending{color:#a33}\n</style>\n</head>\n<body>\n"
        }
    }

    /// Writes one line.
    mutating func write(_ line: EditionRenderer.Line) {
        switch format {
        case .text, .md:
            while indents.count <= line.depth + 2 { indents.append(indents[indents.count - 1] + "  ") }
            let indent = indents[line.depth]
            // Lines kept verbatim (a flattened table) keep their breaks, indented under their unit;
            // Markdown shows them as an indented code block.
            var text = line.text
            // Markdown shows the legal text literally; verbatim lines are in a code block already.
            let label = format == .md && line.kind != .verbatim ? Markdown.escape(line.label) : line.label
            if format == .md && line.kind != .verbatim { text = Markdown.escape(text) }
            if line.kind == .verbatim {
                let continuation = format == .md ? indents[line.depth + 2] : indent
                text = (format == .md ? "\n" + continuation : "") + text.replacingOccurrences(of: "\n", with: "\n" + continuation)
            }
            switch (format, line.kind) {
            case (.md, .heading): out += "# "; out += text; out += "\n\n"
            case (.md, .note): out += indent; out += "> "; out += text; out += "\n\n"
            case (.md, .gap): out += indent; out += "*"; out += label; out += text; out += "*\n\n"
            case (.md, _): out += indent; out += label; out += text; out += "\n\n"
            default: out += indent; out += label; out += text; out += "\n"
            }
        case .html:
            let margin = line.depth * 2
            let anchor = line.anchor.map { " id=\"\(HTML.escape($0.description))\"" } ?? ""
            let text = HTML.escape(line.label + line.text)
            switch line.kind {
            case .heading: out += "<h1>\(HTML.escape(line.text))</h1>\n"
            case .meta: out += "<p class=\"meta\" style=\"margin-left:\(margin)em\">\(text)</p>\n"
            case .note: out += "<p class=\"note\" style=\"margin-left:\(margin)em\">\(text)</p>\n"
            case .gap: out += "<p class=\"gap\"\(anchor) style=\"margin-left:\(margin)em\">\(text)</p>\n"
            case .verbatim: out += "<pre class=\"unit\"\(anchor) style=\"margin-left:\(margin)em\">\(text)</pre>\n"
            case .unit: out += "<p class=\"unit\"\(anchor) style=\"margin-left:\(margin)em\">\(text)</p>\n"
            case .pending: out += "<p class=\"unit pending\"\(anchor) style=\"margin-left:\(margin)em\">\(text)</p>\n"
            }
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
