import Testing
@testable import NusqaAmend
@testable import NusqaCore
@testable import NusqaParse

/// Lines that open with a quote but are not payloads: a Government resolution's sentence that puts the
/// cited act's title first, and an enacting formula inside a quoted preamble payload.
@Suite("Quoted titles and quoted formulas")
struct AmendmentTitleFirstTests {
    func read(_ lines: [String]) -> AmendmentReading { AmendmentFixtures.read(lines) }

    @Test(arguments: [
        ("«Жер учаскелерін беру қағидаларын бекіту туралы» Қазақстан Республикасы Үкіметінің 2012 жылғы 20 маусымдағы № 812 қаулысының қолданысы 2026 жылғы 1 қаңтарға дейін тоқтатыла тұрсын.",
            PatchOperation.suspend, "812"),
        ("\"Ауыл шаруашылығы өнімдерін сатып алу қағидаларын бекіту туралы\" Қазақстан Республикасы Үкіметінің 2018 жылғы 4 қазандағы № 615 қаулысының күші жойылды деп танылсын.",
            PatchOperation.repeal, "615"),
    ])
    func titleFirstSentenceIsAnInstruction(_ line: String, _ operation: PatchOperation, _ number: String) throws {
        let reading = read([line])
        #expect(reading.unparsed.isEmpty)
        let patch = try #require(reading.patches.first)
        #expect(patch.operation == operation)
        #expect(patch.amends?.number == number)
    }

    @Test func quotedPayloadAfterAnInstructionStaysAPayload() throws {
        let reading = read([
            "1-тармақ мынадай редакцияда жазылсын:",
            "«1. «Білім туралы» Қазақстан Республикасы Заңының 5-бабына сәйкес қаулы қабылданады.»;",
        ])
        let patch = try #require(reading.patches.first)
        #expect(patch.operation == .replace && patch.target.description == "para_1")
        #expect(reading.patches.count == 1 && reading.unparsed.isEmpty)
    }

    @Test func enactingFormulaInsideAQuotedPreambleDoesNotMakeADocument() throws {
        let reading = read([
            "кіріспе мынадай редакцияда жазылсын:",
            "«Қазақстан Республикасының Әлеуметтік кодексіне сәйкес Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:»;",
        ])
        #expect(reading.isFragment)
        let patch = try #require(reading.patches.first)
        #expect(patch.operation == .replace && patch.target.description == "preamble")
    }

    @Test func preambleOpeningWithAQuotedTitleStillOpensTheOperativePart() throws {
        let reading = read([
            "Ұйымдар тізбесіне өзгеріс енгізу туралы",
            "«Мемлекеттік мүлік туралы» Қазақстан Республикасының Заңы 11-бабының 4) тармақшасына сәйкес Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:",
            "1. «Ішкі істер министрлігінің мәселелері» туралы Қазақстан Республикасы Үкіметінің 2005 жылғы 22 маусымдағы № 607 қаулысына мынадай өзгеріс енгізілсін:",
            "көрсетілген қаулымен бекітілген ұйымдардың тізбесінде:",
            "реттік нөмірі 2-жол алып тасталсын.",
            "2. Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.",
        ])
        #expect(!reading.isFragment)
        #expect(reading.unparsed.isEmpty)
        #expect(reading.patches.map(\.operation) == [.delete])
    }
}
