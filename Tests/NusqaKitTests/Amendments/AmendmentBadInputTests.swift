import Foundation
import NusqaKit
import Testing
@testable import NusqaAmend

/// Bad input gives diagnostics with spans while the rest still parses.
@Suite("Amendment bad input")
struct AmendmentBadInputTests {
    @Test("Garbled target words: an instruction verb with no unit → UnparsedInstruction with a reason; the rest parses")
    func garbledTarget() throws {
        let (_, reading) = AmendmentFixtures.read([
            "5-тармақ алып тасталсын;",
            "қандай да бір бөлшек мынадай редакцияда жазылсын:",
            "\"Жаңа мәтін.\";",
            "7-тармақ алып тасталсын;",
        ])
        #expect(reading.targets == ["att_1__para_5", "att_1__para_7"])
        let unparsed = try #require(reading.unparsed.first)
        // Its orphaned payload is reported too, not dropped.
        #expect(reading.unparsed.count == 2)
        #expect(reading.unparsed.last?.reason.contains("no instruction before it") == true)
        #expect(unparsed.text.hasPrefix("қандай да бір бөлшек"))
        #expect(unparsed.reason.contains("no target unit"))
        #expect(unparsed.span.start.line == 5)
        #expect(unparsed.abzac == 4)
        #expect(reading.instructionCount == 3)
    }

    @Test("A sentence with an unknown verb that looks like an instruction is reported, not skipped")
    func unknownVerb() throws {
        let (_, reading) = AmendmentFixtures.read(["5-тармақ мынадай редакцияда жазылмасын бір нәрсе тасталсын-ау", "7-тармақ алып тасталсын;"])
        #expect(reading.targets == ["att_1__para_7"])
        let unparsed = try #require(reading.unparsed.first)
        #expect(!unparsed.reason.isEmpty)
        #expect(unparsed.span.start.line == 4)
    }

    @Test("An unterminated quote: error `unterminated-quote` at its start; earlier patches still parsed")
    func unterminatedQuote() throws {
        let (_, reading) = AmendmentFixtures.read([
            "5-тармақ алып тасталсын;",
            "2-тармақ мынадай редакцияда жазылсын:",
            "\"2. Жаңа мәтін.\";",
            "3-тармақ мынадай редакцияда жазылсын:",
            "\"3. Жабылмаған мәтін;",
            "тағы бір жол",
        ])
        #expect(Array(reading.targets.prefix(2)) == ["att_1__para_5", "att_1__para_2"])
        #expect(reading.patch("att_1__para_2")?.payload?.text == "Жаңа мәтін.")
        let error = try #require(reading.diagnostics("unterminated-quote").first)
        #expect(error.severity == .error)
        #expect(error.location?.line == 8)
    }

    @Test("An exception naming abzacs that do not exist → `exception-abzac-missing`; dates still applied")
    func missingExceptionAbzac() throws {
        let entry = "      2. Осы бұйрық 2027 жылғы 1 қаңтардан бастап қолданысқа енгізілетін 1-тармақтың тоқсан төртінші және тоқсан бесінші абзацтарын қоспағанда, алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі."
        let (_, reading) = AmendmentFixtures.read(["5-тармақ алып тасталсын;", "6-тармақ алып тасталсын;"], entry: entry)
        #expect(reading.targets == ["att_1__para_5", "att_1__para_6"])
        let errors = reading.diagnostics("exception-abzac-missing")
        #expect(errors.count == 2)
        #expect(errors.allSatisfy { $0.severity == .error && $0.location != nil })
        #expect(errors.first?.message.contains("94") == true)
        for patch in reading.patches { #expect(patch.effective == EffectiveDate(AmendmentFixtures.date("2025-03-12"), estimated: false)) }
    }

    @Test("Two payload blocks for three targets → `payload-missing` error; the two bound patches exist")
    func payloadMissing() throws {
        let (_, reading) = AmendmentFixtures.read([
            "18, 19 және 20-тармақтар мынадай редакцияда жазылсын:",
            "\"18. Он сегіз.\";",
            "\"19. Он тоғыз.\";",
            "22-тармақ алып тасталсын;",
        ])
        // The unit without a payload keeps its patch, with the error, never applied (issue 10, item 7).
        #expect(reading.targets == ["att_1__para_18", "att_1__para_19", "att_1__para_20", "att_1__para_22"])
        #expect(reading.patch("att_1__para_18")?.payload?.text == "Он сегіз.")
        #expect(reading.patch("att_1__para_19")?.payload?.text == "Он тоғыз.")
        let error = try #require(reading.diagnostics("payload-missing").first)
        #expect(error.severity == .error)
        #expect(error.message.contains("att_1__para_20"))
        #expect(error.location?.line == 4)
        let broken = try #require(reading.patch("att_1__para_20"))
        #expect(broken.payload == nil && broken.operation == .replace && !broken.isApplicable)
        #expect(broken.error?.contains("att_1__para_20") == true)
        #expect(reading.patches.filter { !$0.isApplicable }.count == 1)
    }

    @Test("Two payload blocks for three abzac targets → `payload-missing` too")
    func payloadMissingAbzacs() throws {
        let (_, reading) = AmendmentFixtures.read([
            "12-тармақтың бірінші, екінші және үшінші абзацтары мынадай редакцияда жазылсын:",
            "\"бірінші;\";",
            "\"екінші;\";",
        ])
        #expect(reading.targets == ["att_1__para_12__abz_1", "att_1__para_12__abz_2", "att_1__para_12__abz_3"])
        #expect(reading.patch("att_1__para_12__abz_3")?.error != nil)
        #expect(reading.patch("att_1__para_12__abz_2")?.isApplicable == true)
        #expect(reading.diagnostics("payload-missing").count == 1)
    }

    @Test("An instruction ending with ':' and no payload before the next one → a patch with an error, never applied; the next one parses")
    func payloadAbsent() throws {
        let (_, reading) = AmendmentFixtures.read(["2-тармақ мынадай редакцияда жазылсын:", "5-тармақ алып тасталсын;"])
        #expect(reading.targets == ["att_1__para_2", "att_1__para_5"])
        let broken = try #require(reading.patch("att_1__para_2"))
        #expect(broken.operation == .replace && broken.payload == nil && !broken.isApplicable)
        #expect(broken.error?.contains("no payload") == true)
        #expect(reading.diagnostics("payload-missing").count == 1)
        #expect(reading.patch("att_1__para_5")?.isApplicable == true)
    }

    @Test("Replace from the order's annex when the order has none → the patch is listed unapplied with the reason")
    func annexMissing() throws {
        let (_, reading) = AmendmentFixtures.read(["көрсетілген Қағидаларға 2-қосымша осы бұйрыққа қосымшаға сәйкес жаңа редакцияда жазылсын;"])
        let patch = try #require(reading.patches.first)
        #expect(reading.patches.count == 1)
        #expect(patch.operation == .replaceFromAnnex && patch.target.description == "att_1__att_2")
        #expect(patch.payload == nil && !patch.isApplicable)
        #expect(patch.unapplied?.contains("annex") == true)
    }

    @Test("A word change with one quoted string → unparsed")
    func wordChangeOneQuote() throws {
        let (_, reading) = AmendmentFixtures.read(["8-тармақта «көмек» деген сөз ауыстырылсын;", "9-тармақ алып тасталсын;"])
        #expect(reading.targets == ["att_1__para_9"])
        #expect(reading.unparsed.first?.reason.contains("two quoted strings") == true)
    }

    @Test("A unit the reader cannot address (a sub-item lettered «а») is unparsed, never read as the whole item")
    func unsupportedUnit() throws {
        let (_, reading) = AmendmentFixtures.read(["5-тармақтың «а» тармақшасы алып тасталсын;", "6-тармақ алып тасталсын;"])
        #expect(reading.targets == ["att_1__para_6"])
        #expect(reading.unparsed.first?.reason.contains("тармақшасы") == true)
        #expect(reading.unparsed.first?.span.start.line == 4)
    }

    @Test("A sentence ('екінші сөйлемі') is read as a part of its item, never as the whole item")
    func sentenceIsAPart() throws {
        let (_, reading) = AmendmentFixtures.read(["5-тармақтың екінші сөйлемі алып тасталсын;"])
        #expect(reading.targets == ["att_1__para_5"])
        #expect(reading.patches.first?.part == .sentence(2))
    }

    @Test("One quote block for items 2 and 3: the unquoted '3.' line stays inside the payload")
    func nextItemNumberInsidePayload() throws {
        let (_, reading) = AmendmentFixtures.read(["2 және 3-тармақтар мынадай редакцияда жазылсын:", "\"2. Екі.", "3. Үш.\";"])
        #expect(reading.targets == ["att_1__para_2", "att_1__para_3"])
        #expect(reading.errors.isEmpty, "\(reading.errors)")
    }
}
