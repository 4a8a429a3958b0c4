import Foundation
import NusqaKit
import Testing
@testable import NusqaCore
@testable import NusqaParse

/// The byte pre-checks before the structure parser's lower-casing checks reject only texts the checks
/// themselves reject.
struct StructurePrecheckTests {
    /// The scalars whose lower case holds н, и, с, т, р, к, у or а: only those letters in either case.
    @Test func onlyTheCyrillicPairsLowerToThePrecheckLetters() {
        let letters: Set<Unicode.Scalar> = ["н", "и", "с", "т", "р", "к", "у", "а"]
        let pairs: Set<Unicode.Scalar> = ["н", "Н", "и", "И", "с", "С", "т", "Т", "р", "Р", "к", "К", "у", "У", "а", "А"]
        for value in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            if lower.contains(where: letters.contains) {
                #expect(pairs.contains(scalar), "U+\(String(value, radix: 16)) lowers to \(scalar.properties.lowercaseMapping)")
            }
        }
    }

    static let minister = ["инистр", "ИНИСТР", "иНиСтР", "Министрі", "МИНИСТРІ", "министр", "минстр", "инистp", "нистр"]

    @Test func ministerPrecheckIsNecessary() {
        for word in Self.minister {
            for text in [word, "Қазақстан Республикасының Денсаулық сақтау " + word + " А. Альназарова", "x" + word + "\u{301}"] {
                let lowered = LatinIFold.fold(text).lowercased()
                if lowered.containsBytes(of: "инистр") { #expect(StructureParser.mayNameMinister(text), "\(text)") }
            }
        }
        #expect(!StructureParser.mayNameMinister("Қазақстан Республикасының Әділет министрлігінде".replacingOccurrences(of: "с", with: "з")))
    }

    /// The replaced-unit check with and without its pre-check, on units that open with every two-byte
    /// scalar and on the publisher's words in every case.
    @Test func replacementPrecheckIsNecessary() {
        var texts: [String] = []
        for value in 0x20..<0x800 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let c = String(Character(scalar))
            texts += [c + "үші жойылды - қаулысымен.", " (" + c + "лып тасталды – бұйрығымен)", c + "сключен постановлением", c + "тратил силу приказом"]
        }
        for phrase in ["Күші жойылды - ҚР Үкіметінің 29.12.2014 № 1392 қаулысымен.", "(Алып тасталды – бұйрығымен)", "КҮШІ ЖОЙЫЛДЫ - заңымен", "Исключен постановлением", "УТРАТИЛ СИЛУ приказом", "  ((алынып тасталды шешімімен"] {
            texts += [phrase, phrase.lowercased(), phrase.uppercased()]
        }
        var found = 0
        for text in texts {
            let folded = LatinIFold.fold(text).lowercased()
            let trimmed = folded.drop { $0 == " " || $0 == "(" }
            let opens = ["күші жойылды", "куші жойылды", "утратил", "алып тасталды", "алынып тасталды", "исключен"].contains { trimmed.hasPrefix($0) }
            if opens {
                #expect(EditorialNoteText.opensLikeReplacement(text), "\(text)")
                found += 1
            }
        }
        #expect(found > 10)
    }
}
