import Foundation
import NusqaKit
import Testing
@testable import NusqaCore
@testable import NusqaParse

private func guideText() throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../Corpus/acts/guide-tmkkk-mams.txt").standardizedFileURL
    return try String(contentsOf: url, encoding: .utf8)
}

private struct ActKey: Hashable, CustomStringConvertible {
    let kind: Citation.Kind
    let date: String
    let number: String
    var description: String { "\(kind) \(date) № \(number)" }
}

@Test func kazakhCitationsInGuideSeed004() throws {
    let citations = CitationScanner.citations(in: try guideText())
    let acts = Set(citations.compactMap { c -> ActKey? in
        guard let date = c.date, let number = c.number else { return nil }
        return ActKey(kind: c.kind, date: date.description, number: number)
    })
    #expect(acts.count >= 13)
    let expected: Set<ActKey> = [
        ActKey(kind: .resolution, date: "2020-10-16", number: "672"),
        ActKey(kind: .resolution, date: "2019-06-20", number: "421"),
        ActKey(kind: .order, date: "2020-11-30", number: "ҚР ДСМ-225/2020"),
        ActKey(kind: .order, date: "2020-11-30", number: "ҚР ДСМ-223/2020"),
        ActKey(kind: .order, date: "2016-02-03", number: "85"),
        ActKey(kind: .order, date: "2020-12-08", number: "ҚР ДСМ-238/2020"),
        ActKey(kind: .order, date: "2020-10-19", number: "ҚР ДСМ-136/2020"),
        ActKey(kind: .order, date: "2015-08-17", number: "669"),
        ActKey(kind: .order, date: "2015-09-29", number: "761"),
        ActKey(kind: .law, date: "2015-11-16", number: "405-V ҚРЗ"),
        ActKey(kind: .order, date: "2020-12-08", number: "ҚР ДСМ-242/2020"),
        ActKey(kind: .order, date: "2020-11-13", number: "ҚР ДСМ-194/2020"),
        ActKey(kind: .order, date: "2017-06-30", number: "478"),
        ActKey(kind: .order, date: "2020-09-21", number: "ҚР ДСМ-106/2020"),
        ActKey(kind: .order, date: "2021-05-18", number: "ҚР ДСМ-41"),
        ActKey(kind: .order, date: "2021-08-05", number: "ҚР ДСМ-75"),
    ]
    #expect(acts == expected, "missing: \(expected.subtracting(acts)), extra: \(acts.subtracting(expected))")
    let law = try #require(citations.first { $0.kind == .law })
    #expect(law.issuer == "Қазақстан Республикасы")
    #expect(law.title == "Міндетті әлеуметтік медициналық сақтандыру туралы")
    let old = try #require(citations.first { $0.number == "669" })
    #expect(old.issuer == "Қазақстан Республикасы Денсаулық сақтау және әлеуметтік даму министрі")
    let short = try #require(citations.first { $0.number == "106" })
    #expect(short.issuer == "ҚР ДСМ")
    #expect(short.date == nil)
}

@Test func kazakhCitationLeadSentenceOfSeed001() throws {
    let text = """
          1. "Тегін медициналық көмектің кепілдік берілген көлемі шеңберінде және (немесе) 
    міндетті әлеуметтік медициналық сақтандыру жүйесінде медициналық көрсетілетін 
    қызметтердің көлемін жоспарлау қағидаларын бекіту туралы" Қазақстан Республикасы 
    Денсаулық сақтау министрінің 2020 жылғы 20 желтоқсандағы № ҚР ДСМ-290/2020 бұйрығына
    (нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 21844 болып тіркелген) мынадай өзгерістер мен толықтырулар енгізілсін:
    """
    let found = CitationScanner.citations(in: text)
    #expect(found.count == 1)
    let c = try #require(found.first)
    #expect(c.kind == .order)
    #expect(c.issuer == "Қазақстан Республикасы Денсаулық сақтау министрі")
    #expect(c.date == CivilDate(year: 2020, month: 12, day: 20))
    #expect(c.number == "ҚР ДСМ-290/2020")
    #expect(c.registrationNumber == "21844")
    #expect(c.title?.hasPrefix("Тегін медициналық көмектің кепілдік берілген көлемі шеңберінде және (немесе) міндетті") == true)
    #expect(c.title?.hasSuffix("қағидаларын бекіту туралы") == true)
    #expect(text[c.range].hasPrefix("\"Тегін"))
    #expect(text[c.range].hasSuffix("болып тіркелген)"))
}

@Test("Raw seed text with a kind word displaced into the parenthesis", arguments: [
    ("V2500037290", "ҚР ДСМ-290/2020", "21844", "2020-12-20"),
    ("V2500037290", "ҚР ДСМ-30", "22550", "2021-04-14"),
    ("V2500037290", "ҚР ДСМ-309/2020", "21858", "2020-12-21"),
    ("V2500037327", "ҚР ДСМ-134/2020", "21471", "2020-10-16"),
    ("V2500035673", "ҚР ДСМ-37", "27833", "2022-04-27"),
    ("dsm-65-2021-07-27", "ҚР ДСМ-134/2020", "21471", "2020-10-16"),
])
func kazakhCitationRegistrationInSeeds(seed: String, number: String, registration: String, date: String) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../Corpus/acts/\(seed).txt").standardizedFileURL
    let text = try String(contentsOf: url, encoding: .utf8)
    let hits = CitationScanner.citations(in: text).filter { $0.registrationNumber == registration }
    #expect(hits.count == 1)
    #expect(hits.first?.number == number)
    #expect(hits.first?.date?.description == date)
    #expect(hits.first?.kind == .order)
}

@Test("Single citations", arguments: [
    ("Қазақстан Республикасы Үкіметінің 2017 жылғы 17 ақпандағы № 71 қаулысымен бекітілген",
     Citation.Kind.resolution, "Қазақстан Республикасы Үкіметі", "2017-02-17", "71", nil),
    ("Қазақстан Республикасы Денсаулық сақтау министрінің м.а. 2021 жылғы 27 шілдедегі № ҚР ДСМ - 65 бұйрығымен",
     .order, "Қазақстан Республикасы Денсаулық сақтау министрі м.а.", "2021-07-27", "ҚР ДСМ-65", nil),
    ("ҚР Денсаулық сақтау министрінің 2020 жылғы 8 желтоқсандағы №\nҚР ДСМ-242/2020 бұйрықпен",
     .order, "ҚР Денсаулық сақтау министрі", "2020-12-08", "ҚР ДСМ-242/2020", nil),
    ("Қазақстан Республикасының Денсаулық сақтау және әлеуметтік даму министрінің 2015 жылғы 29 қыркүйектегі No 761 бұйрығы",
     .order, "Қазақстан Республикасы Денсаулық сақтау және әлеуметтік даму министрі", "2015-09-29", "761", nil),
    ("министрінің 2017 жылғы 30 маусымдағы №478 бұйрығына", .order, "министрі", "2017-06-30", "478", nil),
    ("\"Халық денсаулығы және денсаулық сақтау жүйесі туралы\" Қазақстан Республикасының Кодексі 124-бабының",
     .code, "Қазақстан Республикасы", nil, nil, "Халық денсаулығы және денсаулық сақтау жүйесі туралы"),
    ("сәйкес Қазақстан Республикасы Бюджет кодексінің 2-тармағының", .code, "Қазақстан Республикасы", nil, nil, "Бюджет"),
    ("«Міндетті әлеуметтік медициналық сақтандыру туралы» Қазақстан Республикасының 2015 жылғы 16 қарашадағы № 405-V ҚРЗ Заңы",
     .law, "Қазақстан Республикасы", "2015-11-16", "405-V ҚРЗ", "Міндетті әлеуметтік медициналық сақтандыру туралы"),
    ("Қазақстан Республикасы Президентінің 2024 жылғы 1 наурыздағы № 500 Жарлығымен",
     .decree, "Қазақстан Республикасы Президенті", "2024-03-01", "500", nil),
] as [(String, Citation.Kind, String, String?, String?, String?)])
func kazakhCitationSingle(
    text: String, kind: Citation.Kind, issuer: String, date: String?, number: String?, title: String?
) throws {
    let found = CitationScanner.citations(in: text)
    #expect(found.count == 1)
    let c = try #require(found.first)
    #expect(c.kind == kind)
    #expect(c.issuer == issuer)
    #expect(c.date?.description == date)
    #expect(c.number == number)
    #expect(c.title == title)
}

@Test func kazakhCitationIgnoresBareMentions() {
    let text = """
    1) осы бұйрықты Қазақстан Республикасының Әділет министрлігінде мемлекеттік тіркеуді;
    көрсетілген бұйрықпен бекітілген Қағидаларда; Кодекстің 7-бабының 96) тармақшасы;
    Қазақстан Республикасының заңдарында айқындалған; заңды өкілі; Үкіметінің кейбір шешімдерінің күші жойылды
    """
    #expect(CitationScanner.citations(in: text).isEmpty)
}

@Test("Number normalisation", arguments: [
    ("ҚР ДСМ - 65", "ҚР ДСМ-65"), ("ҚР  ДСМ-225 / 2020", "ҚР ДСМ-225/2020"), ("761", "761"), ("405-V\nҚРЗ", "405-V ҚРЗ"),
])
func kazakhCitationNumber(raw: String, normalized: String) {
    #expect(Citation.normalizeNumber(raw) == normalized)
}
