import Foundation
import NusqaKit
import Testing
@testable import NusqaText

/// The displacement repair reads a line as Unicode scalars when every scalar is a character of its own,
/// and as characters otherwise: both readings must give the same outcome.
struct DisplacementUnitTests {
    /// Every line of the five seeds that has a gap shape, plus the unit-test shapes.
    static func linesWithGapShapes() throws -> [String] {
        var lines = [
            "       b c:LINK", "      x  y z LINK", " (a b c) LINK", "a b :LINK", "      :LINK", "a ДСМ-1  (LINK",
            "a  b (c d LINK", "a  b  c x:L1 L2", "      a  b қараңыз.4-т.", "      a  b  c:d", "a  b 74-",
            "Заңының 26-бабы  және кодексінің  2-тармағының 74-", "      1  2:3.4 5",
        ]
        for seed in [Seeds.act000, Seeds.act001, Seeds.act002, Seeds.act003, Seeds.act004] {
            for line in try Seeds.source(seed).lines where DisplacementRepairer.mayHaveGaps(line, indent: DialectText.indent(of: line)) {
                lines.append(line)
            }
        }
        return lines
    }

    @Test func scalarAndCharacterReadingsAgreeOnEveryLineWithAGapShape() throws {
        let lines = try Self.linesWithGapShapes()
        #expect(lines.count > 20)
        var repaired = 0
        for line in lines where line.utf8.last != 0x20 {
            #expect(line.isSimpleScalars, "\(line)")
            let indent = DialectText.indent(of: line)
            for follows in [false, true] {
                let scalars = DisplacementRepairer.repair(line, indent: indent, followsAmbiguous: follows, as: Unicode.Scalar.self)
                let characters = DisplacementRepairer.repair(line, indent: indent, followsAmbiguous: follows, as: Character.self)
                #expect(scalars == characters, "\(line)")
                if case .repaired = scalars { repaired += 1 }
            }
        }
        #expect(repaired > 10)
    }

    @Test func aLineWithACombiningMarkIsReadAsCharacters() {
        // "е" + U+0301 is one character of two scalars: a space-run after it is still found, and the
        // non-space check counts the accented letter as one character.
        let line = "a  е\u{301}  c x:L1 L2"
        #expect(!line.isSimpleScalars)
        #expect(DisplacementRepairer.repair(line) == .repaired("a L1 е\u{301} L2 c x:"))
        #expect("a  b  c x:L1 L2".isSimpleScalars)
    }
}
