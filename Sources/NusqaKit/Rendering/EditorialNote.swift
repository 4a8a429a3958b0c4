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
        let unit = provenance.unit.kazakhReference
        let phrase: String
        switch provenance.operation {
        case .insert, .insertRows: phrase = "\(provenance.unit.kazakhInstrumental) толықтырылды"
        case .replaceWords, .insertWords: phrase = "\(provenance.unit.kazakhDative) өзгеріс енгізілді"
        case .repeal where provenance.unit.steps.isEmpty: phrase = "күші жойылды"
        default: phrase = "\(unit) \(provenance.operation.notePhrase)"
        }
        let signed = info?.signed?.dotted ?? "?"
        let number = info?.number ?? provenance.act
        let estimated = provenance.isEstimated ? ", күні болжамды / estimated" : ""
        let issuer = info?.issuer.map(genitive) ?? "?"
        return "Ескерту. \(phrase.prefix(1).uppercased() + phrase.dropFirst()) – \(issuer) \(signed) № \(number) бұйрығымен (\(provenance.effective.dotted) бастап қолданысқа енгізіледі\(estimated))."
    }

    /// The short genitive adilet notes use: "Қазақстан Республикасы Денсаулық сақтау министрі" →
    /// "ҚР Денсаулық сақтау министрінің".
    public static func genitive(_ issuer: String) -> String {
        var text = issuer
        for prefix in ["Қазақстан Республикасының ", "Қазақстан Республикасы "] where text.hasPrefix(prefix) {
            text = "ҚР " + text.dropFirst(prefix.count)
            break
        }
        if text.hasSuffix("министрі") || text.hasSuffix("Үкіметі") { return text + "нің" }
        if text.hasSuffix("м.а.") { return text }
        return text
    }
}
