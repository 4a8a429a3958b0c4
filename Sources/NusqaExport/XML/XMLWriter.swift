import NusqaCore
import NusqaLanguage
import NusqaAmend
import NusqaParse
import NusqaCorpus
import NusqaTimeline
import NusqaDiff
import NusqaRender

/// Writes XML text (XML жазушы): elements one per line with two-space indents, attributes in the order
/// given, every text and attribute value escaped, characters XML 1.0 forbids replaced by U+FFFD.
///
/// Inline runs (a `<p>` with a `<mod>` inside) are written with ``inline(_:)`` on one line.
struct XMLWriter {
    /// The text so far.
    private(set) var out = ""
    private var stack: [String] = []

    /// An attribute list; nil values are left out.
    typealias Attributes = KeyValuePairs<String, String?>

    init(declaration: Bool = true) {
        if declaration { out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" }
    }

    private var indent: String { String(repeating: " ", count: stack.count) }

    /// Opens an element on its own line.
    mutating func open(_ name: String, _ attributes: Attributes = [:]) {
        out += indent + "<" + name + Self.attributes(attributes) + ">\n"
        stack.append(name)
    }

    /// Closes the innermost open element.
    mutating func close() {
        guard let name = stack.popLast() else { return }
        out += indent + "</" + name + ">\n"
    }

    /// An element with text only, on one line; empty text writes `<name/>`.
    mutating func leaf(_ name: String, _ attributes: Attributes = [:], text: String = "") {
        if text.isEmpty {
            out += indent + "<" + name + Self.attributes(attributes) + "/>\n"
        } else {
            out += indent + "<" + name + Self.attributes(attributes) + ">" + Self.escape(text) + "</" + name + ">\n"
        }
    }

    /// A line of already-built inline XML (see ``Inline``).
    mutating func inline(_ line: Inline) {
        out += indent + line.xml + "\n"
    }

    /// ` a="v" b="w"` for the non-nil values.
    static func attributes(_ attributes: Attributes) -> String {
        var text = ""
        for (name, value) in attributes {
            guard let value else { continue }
            text += " " + name + "=\"" + escape(value) + "\""
        }
        return text
    }

    /// Escapes `& < > " '` and replaces characters XML 1.0 forbids (C0 controls but tab and line
    /// feed, and the non-characters U+FFFE and U+FFFF) with U+FFFD, so the output always parses.
    /// - Complexity: O(n) in the length of `text`.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF || (0x7F...0x9F).contains(scalar.value) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Inline content built as a string: text and small elements in one line (`<p>…<noteRef/></p>`).
    struct Inline {
        /// The XML so far.
        private(set) var xml = ""

        /// Appends escaped text.
        mutating func text(_ text: String) { xml += XMLWriter.escape(text) }

        /// Opens an inline element.
        mutating func open(_ name: String, _ attributes: Attributes = [:]) {
            xml += "<" + name + XMLWriter.attributes(attributes) + ">"
        }

        /// Closes an inline element.
        mutating func close(_ name: String) { xml += "</" + name + ">" }

        /// An empty element.
        mutating func empty(_ name: String, _ attributes: Attributes = [:]) {
            xml += "<" + name + XMLWriter.attributes(attributes) + "/>"
        }

        /// Appends XML a nested writer produced (a quoted structure inside a `<mod>`).
        mutating func raw(_ xml: String) { self.xml += xml }
    }
}

extension XMLWriter {
    /// Starts a line with inline XML that will hold block content (a `<p><mod>` around a quoted
    /// structure); close it with ``endRaw(_:)``. Elements written in between are indented one deeper.
    mutating func beginRaw(_ line: Inline, closing names: [String]) {
        out += indent + line.xml + "\n"
        stack.append(names.reversed().map { "/" + $0 }.joined())
    }

    /// Ends what ``beginRaw(_:closing:)`` started: `</mod></p>`.
    mutating func endRaw() {
        guard let closers = stack.popLast() else { return }
        out += indent + closers.split(separator: "/").map { "</\($0)>" }.joined() + "\n"
    }
}
