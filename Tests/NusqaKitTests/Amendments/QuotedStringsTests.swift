import NusqaKit
import Testing
@testable import NusqaAmend
@testable import NusqaCore

/// The quoted strings of a sentence are found in one pass, with the same result as a scan from every quote.
struct QuotedStringsTests {
    /// The scan `quotedStrings` replaced: from every opening mark to its closing mark (quadratic on
    /// a sentence full of unclosed «).
    static func reference(_ text: String) -> [(text: String, range: Range<String.Index>)] {
        var out: [(String, Range<String.Index>)] = []
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            let close: Character? = c == "«" ? "»" : c == "\"" ? "\"" : c == "“" ? "”" : c == "„" ? "“" : nil
            if c == "«", let end = AmendmentReader.matchingGuillemet(text, from: i) {
                out.append((String(text[text.index(after: i)..<end]), i..<text.index(after: end)))
                i = text.index(after: end)
            } else if let close, let end = text[text.index(after: i)...].firstIndex(of: close) {
                out.append((String(text[text.index(after: i)..<end]), i..<text.index(after: end)))
                i = text.index(after: end)
            } else {
                i = text.index(after: i)
            }
        }
        return out
    }

    @Test func agreesWithTheScanOnRandomQuoting() {
        let alphabet: [String] = ["«", "»", "\"", "“", "”", "„", "а", "сөз", " ", "«\u{301}", "1."]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<4000 {
            let text = (0..<next(30)).map { _ in alphabet[next(alphabet.count)] }.joined()
            let found = AmendmentReader.quotedStrings(text)
            let expected = Self.reference(text)
            #expect(found.map(\.text) == expected.map(\.text), "\(text)")
            #expect(found.map(\.range) == expected.map(\.range), "\(text)")
        }
    }

    @Test func nestedAndUnclosedGuillemets() {
        let text = "«a «b» c» мен «d деген «e» сөздер"
        #expect(AmendmentReader.quotedStrings(text).map(\.text) == ["a «b» c", "d деген «e"])
        let ends = AmendmentReader.matchingGuillemets("« « »")
        #expect(ends.count == 1)
    }

    /// Thousands of word changes in one joined abzac, each with an unclosed «: read in one pass
    /// (it took 17 s for 1,000 and 56 s for 2,000 before; the timing is in BENCHMARKS.md), and every
    /// sentence is still accounted for.
    @Test func sentenceFullOfUnclosedGuillemets() {
        let k = 2000
        let sentence = (0..<k).map { i in "\(i % 50 + 1)-тармақтағы «сөз\(i) деген сөздер «жаңа\(i) деген сөздермен ауыстырылсын;" }
            .joined(separator: " ")
        let quotes = AmendmentReader.quotedStrings(sentence)
        // Each «сөзN takes the next », none: so every « is unclosed and nothing is quoted.
        #expect(quotes.isEmpty)
        let closed = AmendmentReader.quotedStrings(sentence + " «соңғы» сөз")
        // The first « takes the only », the one after «соңғы.
        #expect(closed.count == 1)
        #expect(closed.first?.text.hasPrefix("сөз0 деген сөздер «жаңа0") == true)
        #expect(closed.first?.text.hasSuffix("ауыстырылсын; «соңғы") == true)
    }

    /// The same sentence as one abzac of an order (continuation lines joined): one sentence the reader
    /// does not understand, reported whole.
    @Test func orderWithOneAbzacOfUnclosedGuillemets() throws {
        let k = 2000
        var lines = ["      БҰЙЫРАМЫН:", AmendmentFixtures.lead, AmendmentFixtures.rulesScope]
        lines += (0..<k).map { i in (i == 0 ? "      " : "") + "\(i % 50 + 1)-тармақтағы «сөз\(i) деген сөздер «жаңа\(i) деген сөздермен ауыстырылсын;" }
        lines.append(AmendmentFixtures.tenDays)
        let act = ActParser.parse(SourceText(string: lines.joined(separator: "\n") + "\n", name: "unclosed"))
        let reading = AmendmentReader.read(act, metadata: AmendmentFixtures.metadata())
        #expect(reading.patches.isEmpty)
        let unparsed = try #require(reading.unparsed.first)
        #expect(reading.unparsed.count == 1)
        #expect(unparsed.text.hasPrefix("1-тармақтағы «сөз0"))
        #expect(unparsed.text.hasSuffix("«жаңа1999 деген сөздермен ауыстырылсын;"))
    }
}
