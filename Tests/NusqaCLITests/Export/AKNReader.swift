import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What a test reads back from an exported AKN document: every element with its attributes, in order,
/// and the text under each eId.
final class AKNReader: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        /// The names of the open ancestors, outermost first.
        var ancestors: [String]
    }

    private(set) var elements: [Element] = []
    private var stack: [String] = []
    private(set) var parsed = false
    private(set) var error: String?

    init(path: String) {
        super.init()
        guard let parser = XMLParser(contentsOf: URL(fileURLWithPath: path)) else {
            error = "cannot open \(path)"
            return
        }
        parser.delegate = self
        parsed = parser.parse()
        if !parsed { error = parser.parserError.map { "\($0)" } ?? "parse failed" }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append(Element(name: name, attributes: attributes, ancestors: stack))
        stack.append(name)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    /// Elements named `name`.
    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// Every eId in the document.
    var eIds: Set<String> { Set(elements.compactMap { $0.attributes["eId"] }) }

    /// The element with eId `eId`.
    func element(eId: String) -> Element? { elements.first { $0.attributes["eId"] == eId } }

    /// The start date of a temporal group reference (`#tmpg_3` → its eventRef's date).
    func startDate(ofPeriod period: String?) -> String? {
        guard let period, period.hasPrefix("#") else { return nil }
        let group = String(period.dropFirst())
        guard let index = elements.firstIndex(where: { $0.name == "temporalGroup" && $0.attributes["eId"] == group }),
            index + 1 < elements.count, elements[index + 1].name == "timeInterval",
            let start = elements[index + 1].attributes["start"]
        else { return nil }
        return element(eId: String(start.dropFirst()))?.attributes["date"]
    }

    /// The textualMods with their source, destination and period, in order.
    var textualMods: [(type: String, source: String, destination: String, period: String?)] {
        var result: [(String, String, String, String?)] = []
        for (index, element) in elements.enumerated() where element.name == "textualMod" {
            var source = ""
            var destination = ""
            for child in elements[(index + 1)...].prefix(4) {
                if child.name == "source" { source = child.attributes["href"] ?? "" }
                if child.name == "destination" { destination = child.attributes["href"] ?? "" }
            }
            result.append((element.attributes["type"] ?? "", source, destination, element.attributes["period"]))
        }
        return result
    }
}
