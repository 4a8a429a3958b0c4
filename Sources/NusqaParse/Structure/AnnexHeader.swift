import Foundation
import NusqaCore

/// What an annex header line says (қосымша тақырыбы): "… № 129 бұйрығына қосымша", "… Қағидаларына 2-қосымша".
struct AnnexHeader {
    /// The annex number when printed ("2-қосымша"); nil for a sole, unnumbered annex.
    var number: UnitNumber?
    /// Whether the header names an order ("… бұйрығына қосымша") rather than a document inside it.
    var namesOrder: Bool

    init(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        namesOrder = trimmed.lowercased().containsBytes(of: "бұйрығына") || trimmed.lowercased().containsBytes(of: "бұйрыққа")
        number = nil
        if let range = trimmed.range(of: "-қосымша", options: .backwards) {
            let head = trimmed[..<range.lowerBound]
            let digits = head.reversed().prefix(while: { $0.asciiValue.map { $0 >= 0x30 && $0 <= 0x39 || $0 == 0x2D } ?? false })
            number = UnitNumber(String(digits.reversed()))
        }
    }

    /// Whether `text` ends with the word "қосымша" (annex), possibly numbered or glued ("Бұйрыққақосымша").
    static func endsWithAnnexWord(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespaces).lowercased().hasSuffix("қосымша")
    }
}
