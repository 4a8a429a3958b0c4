import Foundation
import NusqaLanguage

extension ActHeader {
    /// Reads issuer, date, number and registration from a header sentence.
    init(parsing text: String) {
        self.init()
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        if let range = flat.range(of: " 20") ?? flat.range(of: " 19") {
            issuer = String(flat[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
        }
        let dates = KazakhDate.matches(in: flat)
        date = dates.first?.date
        registrationDate = dates.dropFirst().first?.date
        let numbers = flat.components(separatedBy: "№").dropFirst().map {
            $0.trimmingCharacters(in: .whitespaces).components(separatedBy: " ").first ?? ""
        }
        if let first = numbers.first {
            // "№ 127 бұйрығы." or "№ ҚР ДСМ-290/2020 бұйрығы."
            let afterSign = flat.components(separatedBy: "№")[1]
            let numberText = afterSign.components(separatedBy: "бұйрығы").first?.trimmingCharacters(in: .whitespaces)
            number = numberText?.isEmpty == false ? numberText : first
        }
        if numbers.count > 1 { registrationNumber = numbers[1] }
    }
}
