import Foundation
import NusqaKit
import Testing

/// Minimised reproducers of what `nusqa-fuzz` found (issue 14), kept as regression cases.
@Suite struct FuzzRegressionTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Fixtures/fuzz").standardizedFileURL.path
    static let corpusRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Corpus").standardizedFileURL.path

    /// Found by the fuzzer (seed 1, case 102 and others): an invalid byte after a lone CR was placed on
    /// the line before, at a column past that line's end. A lone CR is a line break when the text is read.
    @Test func invalidUTF8AfterALoneCRIsOnItsOwnLine() throws {
        let bytes = Array("бірінші\rекінші\r\nүшінші ".utf8) + [0xFF] + Array(" соңы\n".utf8)
        let act = ActParser.parse(bytes: bytes, name: "cr.txt")
        let diagnostic = try #require(act.diagnostics.first { $0.code == "invalid-utf8" })
        #expect(diagnostic.location == SourceLocation(line: 3, column: 8))
    }

    /// Found by the fuzzer (seed 1, case 754), minimised to 12 lines: a new wording whose payload numbers
    /// two sub-items "2)" is applied as it stands, and the edition then holds two units with one id.
    /// The applier (NusqaTimeline) should refuse such a payload, or the edition should say why it is
    /// invalid; until then this is a known issue, and the test fails once it is fixed, to be turned
    /// into a plain expectation.
    @Test func aPayloadWithDuplicateNumbersMakesAnInvalidEdition() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.fixtures + "/edition-duplicate-subitem.txt")))
        let bundled = try Corpus.load(from: Self.corpusRoot)
        let base = try #require(bundled.entry(named: "V2000021844"))
        let metadata = ActMetadata(id: "fuzz", kind: .amending, signed: CivilDate(year: 2025, month: 1, day: 10))
        let corpus = Corpus(entries: [base, Corpus.Entry(metadata: metadata, act: ActParser.parse(bytes: bytes, name: "fuzz.txt"))])
        let timeline = Consolidation(corpus: corpus).timeline(for: base)
        #expect(timeline.editions.count > 1, "the order applies")
        withKnownIssue("PatchApplier accepts a payload with duplicate sub-item numbers") {
            for edition in timeline.editions {
                #expect(EditionValidator.errors(edition).isEmpty, "edition \(edition.date?.description ?? "base")")
            }
        }
    }
}
