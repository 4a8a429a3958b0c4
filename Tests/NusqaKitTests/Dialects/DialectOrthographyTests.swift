import Testing
import NusqaKit
@testable import NusqaCore
@testable import NusqaText
@testable import NusqaParse
@testable import NusqaRender

/// Orthography at the door: Latin look-alikes inside Cyrillic words, quote, hyphen and space forms,
/// invisible characters — each change recorded as a repair with its line and column.
struct DialectOrthographyTests {
    /// One line in, the normalised line and the repair kinds out.
    static func normalize(_ line: String) -> (text: String, repairs: [Repair]) {
        let source = SourceText(string: line, name: "t")
        let (normalized, repairs) = OrthographyNormalizer.normalize(source)
        return (normalized.lines.joined(separator: "\n"), repairs)
    }

    @Test(arguments: [
        // Older texts: Latin i/I/y/Y where the Kazakh letters belong.
        ("Осы қаулы қол қойылған күнiнен бастап қолданысқа енгiзiледi.", "Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі."),
        ("Қазақстан Республикасы Yкiметiнiң қаулысы", "Қазақстан Республикасы Үкіметінің қаулысы"),
        ("ҚАУЛЫ ЕТЕДI:", "ҚАУЛЫ ЕТЕДІ:"),
        ("Iшкi iстер министрлiгi", "Ішкі істер министрлігі"),
        // Keyboard slips: other look-alikes, capitals included.
        ("ocы тармақ", "осы тармақ"),
        ("Pеспубликасының заңнамаcында", "Республикасының заңнамасында"),
        ("Meктепке дейінгі", "Мектепке дейінгі"),
    ])
    func latinLookalikesBecomeCyrillic(_ input: String, _ expected: String) {
        let (text, repairs) = Self.normalize(input)
        #expect(text == expected)
        #expect(!repairs.isEmpty && repairs.allSatisfy { $0.kind == .latinLookalike })
    }

    @Test(arguments: [
        "COVID-19 пандемиясы", "IT-компаниялар", "Excel форматында", "iPhone", "www.adilet.zan.kz сайтында",
        // A word with a Latin letter that has no Cyrillic twin is not guessed at.
        "Kazakhstanда",
    ])
    func latinWordsStayLatin(_ input: String) {
        let (text, repairs) = Self.normalize(input)
        #expect(text == input)
        #expect(repairs.isEmpty)
    }

    @Test func repairsCarryLineColumnAndWords() {
        let source = SourceText(string: "1. Бірінші жол.\n2. Екiншi жол.", name: "t")
        let (_, repairs) = OrthographyNormalizer.normalize(source)
        #expect(repairs == [Repair(.latinLookalike, line: 2, column: 4, before: "Екiншi", after: "Екінші")])
    }

    @Test(arguments: [
        ("„Ереже“ деген сөз", "«Ереже» деген сөз"),
        ("“Ереже” деген сөз", "«Ереже» деген сөз"),
        ("26\u{2011}1\u{2011}тармақ", "26-1-тармақ"),
        ("сөз\u{00AD}дер", "сөздер"),
        ("тармақ\u{200B}тың", "тармақтың"),
        ("\u{202E}абзац\u{202C}", "абзац"),
        ("15\u{202F}298\u{2009}948,6 мың теңге", "15 298 948,6 мың теңге"),
    ])
    func typographyIsMadeStandard(_ input: String, _ expected: String) {
        let (text, repairs) = Self.normalize(input)
        #expect(text == expected)
        #expect(!repairs.isEmpty && repairs.allSatisfy { $0.kind == .typography })
    }

    @Test func standardTextIsLeftAsItIs() {
        let line = "1. «Қағидалар» 2-тармақ – мынадай редакцияда жазылсын: \"5–8-тармақтар\" № 135"
        let source = SourceText(string: line, name: "t")
        let (normalized, repairs) = OrthographyNormalizer.normalize(source)
        #expect(normalized == source)
        #expect(repairs.isEmpty)
    }

    @Test func parserReadsNormalisedTextAndListsTheRepairs() {
        let act = ActParser.parse(SourceText(string: "1. Осы бұйрық қол қойылған күнiнен бастап қолданысқа енгiзiледi.", name: "t"))
        let tree = TreeDump.render(act)
        #expect(tree.contains("күнінен бастап қолданысқа енгізіледі") && !tree.contains("енгiзiледi"))
        #expect(act.repairs.filter { $0.kind == .latinLookalike }.map(\.before) == ["күнiнен", "енгiзiледi"])
    }
}
