import Foundation
import NusqaKit
import Testing
@testable import NusqaLanguage

/// The scalar-at-a-time readers give exactly what the character-at-a-time readers give.
@Suite struct ScalarClassTests {
    /// Every bundled text, line by line and whole, plus texts built to sit on the fast path's edges.
    static func texts() throws -> [String] {
        let acts = Seeds.root.appendingPathComponent("Corpus/acts")
        var texts: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: acts.path).sorted() where name.hasSuffix(".txt") {
            let text = try String(contentsOf: acts.appendingPathComponent(name), encoding: .utf8)
            texts.append(text)
            texts += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        texts += [
            "", "ЕНГIЗIЛЕДI  енгiзiледi", "Қ.Р. ДСМ-225/2020 № 405-V «Ұлттық» “кодекс” – 1)", "\r\nА\r\nБ\r", "İstanbul ǅ ß ΣΑΣ ẞ",
            "и\u{0306}ә", "a\u{200D}b", "№\u{20DD}", "Ω K Å Ⅻ ⅻ", "\u{2028}x\u{2029}y\u{85}z\u{1B}", "tab\tend ", "А\u{0483}Б",
        ]
        return texts
    }

    @Test func foldIsTheCharacterFold() throws {
        for text in try Self.texts() {
            #expect(KazakhFold.fold(text) == KazakhFold.foldCharacters(text), "\(text.prefix(60))")
        }
    }

    @Test func tokensAreTheCharacterTokens() throws {
        for text in try Self.texts() {
            let fast = KazakhToken.tokenize(text)
            let slow = KazakhToken.tokenizeCharacters(text)
            #expect(fast.map(\.text) == slow.map(\.text), "\(text.prefix(60))")
            #expect(fast.map(\.range) == slow.map(\.range) && fast.map(\.isWord) == slow.map(\.isWord), "\(text.prefix(60))")
        }
    }

    @Test func textsWithJoiningScalarsTakeTheCharacterPath() {
        #expect(ScalarClass.eachScalarIsACharacter("енгізіледі № 5 «а»"))
        #expect(!ScalarClass.eachScalarIsACharacter("и\u{0306}"))
        #expect(!ScalarClass.eachScalarIsACharacter("a\u{200D}b"))
        // A folded character that is two scalars (İ → i̇) comes from the character path inside the fast one.
        #expect(KazakhFold.fold("İ") == KazakhFold.foldCharacters("İ"))
    }
}
