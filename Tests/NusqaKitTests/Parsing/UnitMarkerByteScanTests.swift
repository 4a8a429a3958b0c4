import NusqaKit
import Testing
@testable import NusqaParse

/// The byte scan of ``UnitMarker/classify(_:loose:)`` gives what the character scan gives, on every
/// marker shape followed by every two-byte scalar, general punctuation and the characters that join.
struct UnitMarkerByteScanTests {
    /// A marker with the UTF-8 offset where its rest starts, so equal texts at other places differ.
    static func describe(_ marker: UnitMarker?, in text: Substring) -> String {
        func at(_ rest: Substring) -> String { "@\(text.utf8.distance(from: text.startIndex, to: rest.startIndex)):\(rest)" }
        switch marker {
        case nil: return "nil"
        case .item(let n, let printed, let rest, let anomaly)?: return "item \(n) \(printed) \(at(rest)) \(anomaly ?? "-")"
        case .subItem(let n, let rest)?: return "subItem \(n) \(at(rest))"
        case .chapter(let n, let rest)?: return "chapter \(n) \(at(rest))"
        case .table(let n, let rest)?: return "table \(n) \(at(rest))"
        case .article(let n, let rest)?: return "article \(n) \(at(rest))"
        case .section(let n, let rest)?: return "section \(n) \(at(rest))"
        case .subsection(let n, let rest)?: return "subsection \(n) \(at(rest))"
        }
    }

    static let numbers = ["2", "26-1", "3-", "1504-8", "12-", "1--", "7-2-"]
    static let words = [
        "", ".", ")", " ", "  ", ". ", ") ", ".2 ", ".2 А", " А", "тарау", "кесте", "бап", "БАП", "бөлім", "бөлiм", "БӨЛІМ", "БӨЛIМ",
        "параграф", "ПАРАГРАФ", "ТАРАУ", "бапта", "бап.", "бап ", "тарау.", "тарау . ",
    ]
    static let tails: [String] = {
        var scalars = (0x1..<0x800).compactMap(Unicode.Scalar.init)
        scalars += (0x2000..<0x2070).compactMap(Unicode.Scalar.init)
        scalars += ["№", "€", "😀", "\u{FE0F}", "\u{1F3FB}", "\u{0483}", "\u{200D}", "\r", "\n"].flatMap(\.unicodeScalars)
        return scalars.map { String(String.UnicodeScalarView([$0])) } + ["", " Жалпы ережелер", ". Title", " . x", "\r\n", " \u{301}a", "\u{301} a"]
    }()

    @Test func byteScanAgreesWithCharacterScan() {
        var checked = 0
        for number in Self.numbers {
            for word in Self.words {
                for tail in Self.tails {
                    let text = number + word + tail
                    for loose in [false, true] {
                        let s = Substring(text)
                        let fast = Self.describe(UnitMarker.classify(s, loose: loose), in: s)
                        let reference = Self.describe(UnitMarker.classifyByCharacters(s, loose: loose), in: s)
                        if fast != reference {
                            Issue.record("\(text.unicodeScalars.map { String($0.value, radix: 16) }) loose \(loose): \(fast) ≠ \(reference)")
                        }
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 100_000)
    }

    /// A marker inside a longer text (a substring that does not start at 0) and a long run of spaces.
    @Test func substringsAndLongTexts() {
        let base = "xx 12-бап. Мақсат" + String(repeating: " ", count: 100) + "соң"
        let slice = base.dropFirst(3)
        #expect(Self.describe(UnitMarker.classify(slice), in: slice) == Self.describe(UnitMarker.classifyByCharacters(slice), in: slice))
        let spaced = "3)" + String(repeating: " ", count: 80) + "мәтін"
        #expect(Self.describe(UnitMarker.classify(spaced), in: spaced[...]) == "subItem 3 @82:мәтін")
        #expect(UnitMarker.classify("2. Жалпы") == .item(UnitNumber(2), printed: "2", rest: "Жалпы", anomaly: nil))
    }
}
