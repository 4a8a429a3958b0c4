import NusqaKit
import Testing
@testable import NusqaLanguage

/// DOMAIN.md §5 month table, typed in independently of the generator in KazakhMonth.
private let monthTable: [(KazakhMonth, [String: KazakhMonth.CaseForm])] = [
    (.january, ["қаңтар": .nominative, "қаңтарда": .locative, "қаңтардағы": .attributive, "қаңтардан": .ablative,
                "қаңтарынан": .ablative, "қаңтарына": .possessiveDative, "қаңтардың": .genitive]),
    (.february, ["ақпан": .nominative, "ақпанда": .locative, "ақпандағы": .attributive, "ақпаннан": .ablative,
                 "ақпанынан": .ablative, "ақпанына": .possessiveDative, "ақпанның": .genitive]),
    (.march, ["наурыз": .nominative, "наурызда": .locative, "наурыздағы": .attributive, "наурыздан": .ablative,
              "наурызына": .possessiveDative, "наурыздың": .genitive]),
    (.april, ["сәуір": .nominative, "сәуірде": .locative, "сәуірдегі": .attributive, "сәуірден": .ablative,
              "сәуіріне": .possessiveDative, "сәуірдің": .genitive]),
    (.may, ["мамыр": .nominative, "мамырда": .locative, "мамырдағы": .attributive, "мамырдан": .ablative,
            "мамырына": .possessiveDative, "мамырдың": .genitive]),
    (.june, ["маусым": .nominative, "маусымда": .locative, "маусымдағы": .attributive, "маусымнан": .ablative,
             "маусымына": .possessiveDative, "маусымның": .genitive]),
    (.july, ["шілде": .nominative, "шілдеде": .locative, "шілдедегі": .attributive, "шілдеден": .ablative,
             "шілдесіне": .possessiveDative, "шілденің": .genitive]),
    (.august, ["тамыз": .nominative, "тамызда": .locative, "тамыздағы": .attributive, "тамыздан": .ablative,
               "тамызына": .possessiveDative, "тамыздың": .genitive]),
    (.september, ["қыркүйек": .nominative, "қыркүйекте": .locative, "қыркүйектегі": .attributive,
                  "қыркүйектен": .ablative, "қыркүйегіне": .possessiveDative, "қыркүйектің": .genitive]),
    (.october, ["қазан": .nominative, "қазанда": .locative, "қазандағы": .attributive, "қазаннан": .ablative,
                "қазанына": .possessiveDative, "қазанның": .genitive]),
    (.november, ["қараша": .nominative, "қарашада": .locative, "қарашадағы": .attributive, "қарашадан": .ablative,
                 "қарашасына": .possessiveDative, "қарашаның": .genitive]),
    (.december, ["желтоқсан": .nominative, "желтоқсанда": .locative, "желтоқсандағы": .attributive,
                 "желтоқсаннан": .ablative, "желтоқсанына": .possessiveDative, "желтоқсанның": .genitive]),
]

@Test("Every month in every case form of DOMAIN.md §5", arguments: monthTable.map { $0.0 })
func kazakhMonthCaseForms(month: KazakhMonth) throws {
    let forms = try #require(monthTable.first { $0.0 == month }?.1)
    for (word, form) in forms {
        let found = KazakhMonth.match(word)
        #expect(found?.month == month, "\(word)")
        #expect(found?.form == form, "\(word)")
    }
    #expect(Set(forms.values) == Set(KazakhMonth.CaseForm.allCases))
}

@Test func kazakhMonthNominativesAndNonMonths() {
    #expect(KazakhMonth.allCases.map(\.nominative) == [
        "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
        "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан",
    ])
    #expect(KazakhMonth.match("Қазандағы")?.month == .october)
    #expect(KazakhMonth.match("қазақ") == nil)
    #expect(KazakhMonth.match("қыркүйекіне") == nil)
    #expect(KazakhMonth.match("") == nil)
}
