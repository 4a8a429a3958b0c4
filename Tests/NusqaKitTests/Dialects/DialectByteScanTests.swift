import NusqaCore
import Testing
@testable import NusqaParse
@testable import NusqaText

/// The byte scans of the reader's per-line checks answer exactly as the scalar, iterator and index
/// versions they stand in for, on every line of the seeds and on every scalar of the sample set.
struct DialectByteScanTests {
    static func texts() throws -> [String] {
        var texts = ByteScanTests.samples
        texts += ByteScanTests.samples.flatMap { s in
            [" \(s) ", "\t\(s)\t", "2 \(s) тармақ", "2 - \(s)", "ДСМ - \(s) 5", "е р \(s) к", " \(s) е р е", "a\(s)b", "\(s). Б. \(s)", "Ә. Бекова \(s)"]
        }
        texts += [
            "2 - тармақ", "ҚР ДСМ – 65", "2023 – 2027", "x — y", "5 -тармақ", "М - 1", "е р е к ш е", "Р е с у р с", "а б",
            "  \u{301}а  ", " \u{600} ", "\u{600}а ", "министр А. Бекова", "А. Бекова  ", "Бекова", "  ", "", "а\u{0301}. Бекова",
            "Yкiметiнiң", "“quoted”", "soft\u{AD}hyphen", "\u{2212}1", "ab\u{0430}", "\u{0430}b",
        ]
        for seed in [Seeds.act000, Seeds.act001, Seeds.act002, Seeds.act003, Seeds.act004] { texts += try Seeds.source(seed).lines }
        return texts
    }

    @Test func byteScansMatchTheirReferences() throws {
        var hits = (work: 0, letters: 0, trimmed: 0, initials: 0)
        for text in try Self.texts() {
            let work = OrthographyNormalizer.needsWork(text)
            #expect(work == OrthographyNormalizer.needsWorkByIterator(text), "\(text)")
            let letters = LetterSpacingCollapser.mayHaveLetterSpacing(text)
            #expect(letters == LetterSpacingCollapser.mayHaveLetterSpacingByScalars(text), "\(text)")
            let trimmed = DialectText.trimmed(text)
            #expect(Array(trimmed.utf8) == Array(DialectText.trimmedByIndices(text).utf8), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            let initials = StructureParser.endsWithInitialsName(text)
            let words = text.split(separator: " ")
            let expected = words.count >= 2 && words[words.count - 2].count == 2 && words[words.count - 2].hasSuffix(".")
                && words[words.count - 2].first?.isUppercase == true
            #expect(initials == expected, "\(text)")
            hits.work += work ? 1 : 0
            hits.letters += letters ? 1 : 0
            hits.trimmed += trimmed.utf8.count != text.utf8.count ? 1 : 0
            hits.initials += initials ? 1 : 0
        }
        // Both answers occur for every check.
        #expect(hits.work > 10 && hits.letters > 10 && hits.trimmed > 100 && hits.initials > 3, "\(hits)")
    }
}
