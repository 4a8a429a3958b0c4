import Foundation
import NusqaCore
import NusqaLanguage
import NusqaParse
/// Rows of an HTML table payload (кесте жолдары), as the repositories' Markdown keeps tables:
/// `<table><tr><td>5</td><td>…</td></tr></table>`; the row number is the first cell's number.
enum HTMLTableRows {
    /// One row: its cells' text and the number of its first cell ("21.", "«23)", "40-1 *").
    struct Row {
        var cells: [String]
        var number: UnitNumber?
    }

    /// The rows of every table in `html`, in order.
    static func rows(in html: String) -> [Row] {
        var rows: [Row] = []
        for rowText in html.components(separatedBy: "<tr").dropFirst() {
            let body = rowText.components(separatedBy: "</tr>").first ?? rowText
            var cells: [String] = []
            for cellText in body.components(separatedBy: "<td").dropFirst() {
                guard let open = cellText.firstIndex(of: ">") else { continue }
                let content = cellText[cellText.index(after: open)...].components(separatedBy: "</td>").first ?? ""
                let text = content.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    .trimmingCharacters(in: .init(charactersIn: "«»;"))
                    .trimmingCharacters(in: .whitespaces)
                cells.append(text)
            }
            let numbered = cells.first { !$0.isEmpty }
            var number: UnitNumber?
            if let numbered {
                let digits = numbered.prefix { $0.isASCII && ($0.isNumber || $0 == "-") }
                number = UnitNumber(digits.hasSuffix("-") ? digits.dropLast() : digits)
            }
            rows.append(Row(cells: cells, number: number))
        }
        return rows
    }
}
