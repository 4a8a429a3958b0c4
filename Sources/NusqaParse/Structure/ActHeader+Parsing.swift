import Foundation
import NusqaCore
import NusqaLanguage

extension ActHeader {
    /// Reads issuer, date, number and registration from a header sentence.
    init(parsing text: String) {
        self.init()
        let flat = text.containsByte(0x0A) ? String(decoding: text.utf8.map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self) : text
        let beforeYear = flat.prefix(beforeBytesOf: " 20")
        let beforeCentury = beforeYear.endIndex == flat.endIndex ? flat.prefix(beforeBytesOf: " 19") : beforeYear
        if beforeCentury.endIndex != flat.endIndex {
            issuer = beforeCentury.trimmingWhitespaceScalars()
        }
        let dates = KazakhDate.matches(in: flat)
        date = dates.first?.date
        registrationDate = dates.dropFirst().first?.date
        // Split on the scalar "№" (as Foundation's literal `components(separatedBy:)` did).
        let pieces = flat.unicodeScalars.split(separator: "№", omittingEmptySubsequences: false).map { String($0) }
        let numbers = pieces.dropFirst().map { piece in
            let trimmed = piece.trimmingWhitespaceScalars()
            return String(trimmed.unicodeScalars.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? "")
        }
        if let first = numbers.first {
            // "№ 127 бұйрығы." or "№ ҚР ДСМ-290/2020 бұйрығы."
            let afterSign = pieces[1]
            let numberText = afterSign.prefix(beforeBytesOf: "бұйрығы").trimmingWhitespaceScalars()
            number = numberText.isEmpty == false ? numberText : first
        }
        if numbers.count > 1 { registrationNumber = numbers[1] }
    }
}
