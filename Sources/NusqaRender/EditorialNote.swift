import NusqaCore
import NusqaLanguage

/// The adilet-style note under a changed unit (ескерту):
/// "Ескерту. 2-тармақ жаңа редакцияда – ҚР Денсаулық сақтау министрінің 30.10.2025 № 127 бұйрығымен
/// (2025-11-11 бастап қолданысқа енгізіледі, күні болжамды)."
public enum EditorialNote {
    /// What the note needs to know about an amending act.
    public struct ActInfo: Sendable {
        /// The order number, "127".
        public var number: String
        /// The signing date.
        public var signed: CivilDate?
        /// The issuer, nominative: "Қазақстан Республикасы Денсаулық сақтау министрі".
        public var issuer: String?

        /// Creates act info.
        public init(number: String, signed: CivilDate?, issuer: String? = nil) {
            self.number = number
            self.signed = signed
            self.issuer = issuer
        }
    }

    /// The note text for one provenance entry.
    public static func text(for provenance: Provenance, info: ActInfo?) -> String {
        "Ескерту. " + phrase(for: provenance) + " – " + attribution(act: provenance.act, info: info)
            + " (" + entryIntoForce(provenance) + ")."
    }

    /// What happened to the unit, capitalised: "2-тармақ жаңа редакцияда", "26-1-тармақпен толықтырылды".
    public static func phrase(for provenance: Provenance) -> String {
        let phrase: String
        switch provenance.operation {
        case .insert, .insertRows: phrase = "\(provenance.unit.kazakhInstrumental) толықтырылды"
        case .replaceWords, .insertWords, .deleteWords: phrase = "\(provenance.unit.kazakhDative) өзгеріс енгізілді"
        case .repeal where provenance.unit.steps.isEmpty: phrase = "күші жойылды"
        default: phrase = "\(provenance.unit.kazakhReference) \(provenance.operation.notePhrase)"
        }
        guard let first = phrase.unicodeScalars.first, !("0"..."9").contains(first) else { return phrase }
        return phrase.prefix(1).uppercased() + phrase.dropFirst()
    }

    /// Who amended it: "ҚР Денсаулық сақтау министрінің 30.10.2025 № 127 бұйрығымен". The same for
    /// every note of one amending act, so renderers may cache it.
    public static func attribution(act: String, info: ActInfo?) -> String {
        let signed = info?.signed?.dotted ?? "?"
        let number = info?.number ?? act
        let issuer = info?.issuer.map(genitive) ?? "?"
        return "\(issuer) \(signed) № \(number) бұйрығымен"
    }

    /// "11.11.2025 бастап қолданысқа енгізіледі, күні болжамды / estimated".
    public static func entryIntoForce(_ provenance: Provenance) -> String {
        provenance.effective.dotted + " бастап қолданысқа енгізіледі" + (provenance.isEstimated ? ", күні болжамды / estimated" : "")
    }

    /// The short genitive adilet notes use: "Қазақстан Республикасы Денсаулық сақтау министрі" →
    /// "ҚР Денсаулық сақтау министрінің".
    public static func genitive(_ issuer: String) -> String {
        var text = issuer
        // Byte-wise prefix and suffix tests: the words are fixed, and UTF-8 comparison is exact here.
        for prefix in ["Қазақстан Республикасының ", "Қазақстан Республикасы "] where text.utf8.starts(with: prefix.utf8) {
            text = "ҚР " + String(decoding: text.utf8.dropFirst(prefix.utf8.count), as: UTF8.self)
            break
        }
        if text.utf8.reversed().starts(with: "министрі".utf8.reversed()) || text.utf8.reversed().starts(with: "Үкіметі".utf8.reversed()) {
            return text + "нің"
        }
        return text
    }

    /// An amending act as a reader names it in listings: "№ 127, 30.10.2025 (V2500037290)".
    public static func actLabel(_ actID: String, metadata: ActMetadata?) -> String {
        guard let m = metadata else { return actID }
        return "\(m.number.map { "№ \($0)" } ?? actID)\(m.signedDate.map { ", \($0.dotted)" } ?? "") (\(actID))"
    }
}
