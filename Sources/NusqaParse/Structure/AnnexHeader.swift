import Foundation
import NusqaCore
import NusqaText

import NusqaCore

/// What an annex header line says (қосымша тақырыбы): "… № 129 бұйрығына қосымша", "… Қағидаларына 2-қосымша".
struct AnnexHeader {
    /// The annex number when printed ("2-қосымша"); nil for a sole, unnumbered annex.
    var number: UnitNumber?
    /// Whether the header names an order ("… бұйрығына қосымша") rather than a document inside it.
    var namesOrder: Bool

    init(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let lowered = LatinIFold.fold(trimmed).lowercased()
        namesOrder = ["бұйрығына", "бұйрыққа", "бұйрығымен", "қаулысына", "қаулысымен", "шешіміне", "шешімімен", "заңына", "приказу", "приказом", "постановлению", "постановлением", "решению", "решением"]
            .contains { lowered.containsBytes(of: $0) }
        number = nil
        if lowered.hasPrefix("приложение ") {
            // "Приложение 2 к …": the number follows the word.
            let digits = lowered.dropFirst("приложение ".count).prefix { $0.isASCII && ($0.isNumber || $0 == "-") }
            number = UnitNumber(digits)
        } else if let range = trimmed.range(of: "-қосымша", options: .backwards) {
            let head = trimmed[..<range.lowerBound]
            let digits = head.reversed().prefix(while: { $0.asciiValue.map { $0 >= 0x30 && $0 <= 0x39 || $0 == 0x2D } ?? false })
            number = UnitNumber(String(digits.reversed()))
        }
    }

    /// Whether a Russian header opens with `text`: "Утверждены", "Приложение 1" — its act comes on the
    /// lines after.
    static func opensRussianHeader(_ text: String) -> Bool {
        let lowered = text.trimmingCharacters(in: .whitespaces).lowercased()
        return ["утверждены", "утверждено", "утвержден", "утверждена"].contains(lowered)
            || lowered.hasPrefix("приложение") && lowered.count < 16
    }

    /// Whether `text` is a whole Russian header on one line: "Утверждены приказом Министра … от 30 октября 2020
    /// года № ҚР ДСМ-170/2020", "Приложение 2 к приказу … от … № 64", "Приложение 1 к Правилам оказания …".
    static func isOneLineRussianHeader(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let lowered = trimmed.lowercased()
        guard trimmed.count < 400, !trimmed.hasSuffix("."), !trimmed.hasSuffix(":"), !trimmed.hasSuffix(";") else { return false }
        if ["утверждены ", "утверждено ", "утвержден ", "утверждена "].contains(where: { lowered.hasPrefix($0) }) {
            return ["приказом", "постановлением", "решением", "совместным"].contains { lowered.containsBytes(of: $0) }
                && lowered.containsBytes(of: "от ") && (trimmed.contains("№") || trimmed.contains("N "))
        }
        guard lowered.hasPrefix("приложение ") else { return false }
        let rest = lowered.dropFirst("приложение ".count).drop { $0.isNumber || $0 == "-" }.drop { $0 == " " }
        return rest.hasPrefix("к ")
    }

    /// Whether `text` closes a Russian header: "от 29 января 2007 года N 64", "от 29.01.2007 № 64".
    static func closesRussianHeader(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix("от ") && (trimmed.contains("N ") || trimmed.contains("№"))
    }

    /// Whether `text` ends with the word "қосымша" (annex), possibly numbered or glued ("Бұйрыққақосымша"),
    /// or with "бекітілген" (approved: "… № 118 қаулысымен бекітілген"), or their Russian forms.
    static func endsWithAnnexWord(_ text: String) -> Bool {
        let lowered = LatinIFold.fold(text.trimmingCharacters(in: .whitespaces)).lowercased()
        return lowered.hasSuffix("қосымша") || lowered.hasSuffix("бекітілген") || lowered.hasSuffix("утверждено")
            || lowered.hasSuffix("утвержден") || lowered.hasSuffix("утверждены")
            || lowered.hasPrefix("приложение") && lowered.count < 40
    }
}
