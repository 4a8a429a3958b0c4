import NusqaKit

/// Date phrases in the forms the orders print them (күн тіркестері).
enum KazakhDates {
    private static let forms: [(attributive: String, locative: String, ablative: String)] = [
        ("қаңтардағы", "қаңтарда", "қаңтардан"), ("ақпандағы", "ақпанда", "ақпаннан"),
        ("наурыздағы", "наурызда", "наурыздан"), ("сәуірдегі", "сәуірде", "сәуірден"),
        ("мамырдағы", "мамырда", "мамырдан"), ("маусымдағы", "маусымда", "маусымнан"),
        ("шілдедегі", "шілдеде", "шілдеден"), ("тамыздағы", "тамызда", "тамыздан"),
        ("қыркүйектегі", "қыркүйекте", "қыркүйектен"), ("қазандағы", "қазанда", "қазаннан"),
        ("қарашадағы", "қарашада", "қарашадан"), ("желтоқсандағы", "желтоқсанда", "желтоқсаннан"),
    ]

    /// "2020 жылғы 16 қазандағы" (of a date).
    static func of(_ d: CivilDate) -> String { "\(d.year) жылғы \(d.day) \(forms[d.month - 1].attributive)" }
    /// "2020 жылғы 20 қазанда" (on a date).
    static func on(_ d: CivilDate) -> String { "\(d.year) жылғы \(d.day) \(forms[d.month - 1].locative)" }
    /// "2027 жылғы 1 қаңтардан" (from a date).
    static func from(_ d: CivilDate) -> String { "\(d.year) жылғы \(d.day) \(forms[d.month - 1].ablative)" }
}
