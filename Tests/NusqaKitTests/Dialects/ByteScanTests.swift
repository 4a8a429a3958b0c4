import Foundation
import Testing
@testable import NusqaCore

/// The byte-level helpers of the reader's hot path give exactly what the `String` operations they replace give.
struct ByteScanTests {
    /// Every scalar of U+0000–07FF, general punctuation, № and a few that need the slow path, alone and in words.
    static let samples: [String] = {
        var scalars = (0x1..<0x800).compactMap(Unicode.Scalar.init)
        scalars += (0x2000..<0x2070).compactMap(Unicode.Scalar.init)
        scalars += ["№", "\u{0130}", "\u{212A}", "\u{1E9E}", "€", "😀", "\u{0301}", "\u{0483}", "\u{200D}", "\r", "\r\n"].flatMap(\.unicodeScalars)
        var texts = scalars.map { String(String.UnicodeScalarView([$0])) }
        texts += scalars.map { "Ә" + String(String.UnicodeScalarView([$0])) + "b" }
        texts += [
            "", "ҚАУЛЫ ЕТЕДІ:", "Қазақстан Республикасының Денсаулық сақтау МИНИСТРІ А. Альназарова",
            "Ескерту. 2-тармақ жаңа редакцияда – ҚР ДСМ-290/2020 «бұйрығымен» (…)", "e\u{0301}ле", "ӀӏҒғӘә İstanbul",
            "line\r\nnext", "a\u{200D}b", "\u{1F1F0}\u{1F1FF} flag",
        ]
        return texts
    }()

    @Test func lowercasedByBytesMatchesLowercased() {
        for text in Self.samples {
            #expect(text.lowercasedByBytes() == text.lowercased(), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(Array(text.lowercasedByBytes().utf8) == Array(text.lowercased().utf8))
        }
    }

    @Test func characterCountMatchesCount() {
        for text in Self.samples {
            #expect(text.characterCount == text.count, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func containsBytesFindsExactlyTheSubstrings() {
        let haystack = "Қазақстан Республикасының 2025 жылғы № 127 бұйрығы: ааб ab"
        for needle in ["", "Қ", "ғы", "бұйрығы:", "№ 127", "ab", "аб", "ааб ab", "b"] {
            #expect(haystack.containsBytes(of: needle), "\(needle)")
        }
        for needle in ["бұйрығы;", "abc", "Ққ", "ааб ab ", "127 №", "ба"] {
            #expect(!haystack.containsBytes(of: needle), "\(needle)")
        }
        #expect(!"a".containsBytes(of: "ab"))
        #expect(haystack.dropFirst(3).containsBytes(of: "ақстан"))
    }

    @Test func byteNFCCheckAgreesWithScalarCheck() {
        for text in Self.samples {
            let scalarCheck = text.unicodeScalars.allSatisfy { scalar in
                switch scalar.value {
                case 0..<0x300, 0x400..<0x483, 0x48A..<0x530, 0x2010..<0x205F, 0x2116: true
                default: false
                }
            }
            #expect(SourceText.isSurelyNFC(text) == scalarCheck, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func scalarTrimMatchesFoundationTrim() {
        var texts = Self.samples
        texts += Self.samples.map { " \t\($0)\u{2003} " }
        texts += ((0x0..<0x3100).compactMap(Unicode.Scalar.init) + [Unicode.Scalar(0xFEFF)!, Unicode.Scalar(0xFFFD)!, Unicode.Scalar(0x1F600)!]).map { "\($0)a\($0)" }
        texts += ["\u{200B}a\u{200B}", "\u{FEFF}a", " \u{0301}a", "a\u{3000}", "\u{1680}\u{180E}a"]
        for text in texts {
            #expect(text.trimmingWhitespaceScalars() == text.trimmingCharacters(in: .whitespaces), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(text.dropFirst(0).trimmingWhitespaceScalars() == text.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test func oneScanSplitsCleanTextAsTheFullPathDoes() throws {
        var texts = Self.samples.filter { !$0.contains("\r") }
        texts += Self.samples.map { "\($0)\nline two\n" }
        texts += ["", "\n", "\n\n", "a\n\nb", "a\n", "      1. Қағидалар\n      2. «Ереже»\n"]
        var clean = 0
        for text in texts {
            let bytes = Array(text.utf8)
            let full = SourceText(string: text, name: "t").lines
            if let lines = bytes.withUnsafeBufferPointer(SourceText.cleanLines) {
                clean += 1
                #expect(lines == full, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
            #expect(try SourceText(decoding: bytes, name: "t").lines == full)
        }
        #expect(clean > 1000)
        // What the full path must see: NUL, CR, NO-BREAK SPACE, a byte-order mark, bad or cut-off UTF-8, decomposed text.
        for bytes: [UInt8] in [[0x61, 0], [0x61, 0x0D, 0x0A], [0xC2, 0xA0], [0xEF, 0xBB, 0xBF, 0x61], [0xD0], [0xD0, 0x41], [0xE2, 0x80],
            [0xC0, 0x80], [0xE2, 0x80, 0x41], Array("e\u{301}".utf8), Array("€".utf8)]
        {
            #expect(bytes.withUnsafeBufferPointer(SourceText.cleanLines) == nil, "\(bytes)")
        }
        #expect(throws: SourceDecodingError.self) { try SourceText(decoding: [0x61, 0xD0, 0x0A, 0], name: "t") }
        #expect((try? SourceText(decoding: [0x61, 0xD0, 0x0A, 0], name: "t")) == nil)
    }
}
