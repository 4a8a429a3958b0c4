import Testing
@testable import NusqaLanguage

/// The byte-level tokenizer gives exactly the tokens of the character-level one.
struct KazakhTokenByteScanTests {
    static func same(_ a: [KazakhToken], _ b: [KazakhToken], in text: String) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { x, y in
            x.text == y.text && x.isWord == y.isWord
                && text.utf8.distance(from: text.startIndex, to: x.range.lowerBound) == text.utf8.distance(from: text.startIndex, to: y.range.lowerBound)
                && text.utf8.distance(from: text.startIndex, to: x.range.upperBound) == text.utf8.distance(from: text.startIndex, to: y.range.upperBound)
        }
    }

    @Test func byteTokensMatchCharacterTokens() {
        var texts = [
            "", " ", "Қазақстан Республикасы Денсаулық сақтау министрінің 2019 жылғы 3 қыркүйектегі № ҚР ДСМ-384/2019 бұйрығы.",
            "2024 ж. 1 қаңтарынан бастап «Ереже» – “quoted” 405-V; a/b\t\nc", "e\u{301}ле", "😀 flag",
        ]
        let scalars = (0x1..<0x800).compactMap(Unicode.Scalar.init) + (0x2000..<0x2080).compactMap(Unicode.Scalar.init) + ["№"]
        texts += scalars.map { "Ә\($0)b \($0) 1\($0)" }
        var fast = 0
        for text in texts {
            let slow = KazakhToken.tokenizeByCharacters(text)
            if let tokens = KazakhToken.tokenizeSimpleScalars(text) {
                fast += 1
                #expect(Self.same(tokens, slow, in: text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
            #expect(Self.same(KazakhToken.tokenize(text), slow, in: text))
        }
        #expect(fast > 1000)
        #expect(KazakhToken.tokenizeSimpleScalars("e\u{301}") == nil)
    }
}
