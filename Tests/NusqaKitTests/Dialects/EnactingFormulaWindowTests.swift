import Foundation
import Testing
@testable import NusqaCore
@testable import NusqaText

/// The enacting formula found from the words before each colon is the one the whole lower-cased text gives.
struct EnactingFormulaWindowTests {
    /// The search the windows replaced: the whole text lower-cased.
    static func reference(_ text: String) -> DocumentType? {
        guard text.utf8.count < 4000 else { return nil }
        let folded = LatinIFold.fold(text)
        for formula in EnactingFormula.formulas where folded.containsBytes(of: formula.words) { return formula.type }
        let lowered = folded.lowercased()
        for formula in EnactingFormula.formulas {
            let words = formula.words.lowercased()
            if lowered.containsBytes(of: words + ":") || lowered.containsBytes(of: words + " :") { return formula.type }
        }
        return nil
    }

    static let texts: [String] = {
        let formulas = EnactingFormula.formulas.map(\.words)
        var texts: [String] = []
        let fillers = ["", " ", "  ", "Үкіметі ", "İİ ", "\u{0130}", "ẞ ", "Σ ", "a\u{301} ", String(repeating: "сөз ", count: 12)]
        for formula in formulas {
            for variant in [formula, formula.lowercased(), formula.capitalized, formula.replacingOccurrences(of: "І", with: "I"),
                formula.lowercased().replacingOccurrences(of: "і", with: "i")] {
                for filler in fillers {
                    for colon in [":", " :", "", ";", "  :"] {
                        texts.append(filler + variant + colon)
                        texts.append(filler + variant + colon + " қалған мәтін: бар")
                        texts.append("Бірінші: " + filler + variant + colon)
                    }
                }
            }
        }
        texts += ["", ":", "::", "бұйырамын", "Бұйырамын:", "ҚАУЛЫ  ЕТЕДІ:", "қаулы етеді :", "қаулы\nетеді:", "шешті: шешім қабылдады:"]
        return texts
    }()

    @Test func windowsAgreeWithTheWholeText() {
        for text in Self.texts {
            #expect(EnactingFormula.type(in: text) == Self.reference(text), "\(text)")
        }
    }
}
