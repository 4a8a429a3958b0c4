import Testing

@testable import NusqaKit

/// Publisher's notes read into history: unit, action, acts with their dates and numbers.
@Suite struct ParsingEditorialHistoryTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var note: String
        var parent: String
        var unit: String?
        var action: EditorialHistoryEntry.Action
        /// "number@date" for each act, in order.
        var acts: [String]
        var testDescription: String { String(note.prefix(48)) }
    }

    static let cases: [Case] = [
        Case(note: "Ескерту. 1-тармаққа өзгеріс енгізілді - ҚР Үкіметінің 29.12.2014 № 1392 қаулысымен.", parent: "para_1",
             unit: "para_1", action: .amended, acts: ["1392@2014-12-29"]),
        Case(note: "Ескерту. 2-тармақ жаңа редакцияда – ҚР Үкіметінің 2019.05.23 № 312 қаулысымен (қол қойылған күнінен бастап қолданысқа енгізіледі).",
             parent: "att_1__para_2", unit: "att_1__para_2", action: .restated, acts: ["312@2019-05-23"]),
        Case(note: "Ескерту. 21-тармақ 4) тармақшамен толықтырылды – ҚР Денсаулық сақтау министрінің 30.10.2025 № 127 бұйрығымен.",
             parent: "att_1__para_21", unit: "att_1__para_21__subpara_4", action: .inserted, acts: ["127@2025-10-30"]),
        Case(note: "Ескерту. 1-бапқа өзгерістер енгізілді - ҚР 02.04.2019 № 241-VІ (01.01.2018 бастап қолданысқа енгізіледі); 03.07.2019 № 262-VІ (алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі) Заңдарымен.",
             parent: "art_1", unit: "art_1", action: .amended, acts: ["241-VІ@2019-04-02", "262-VІ@2019-07-03"]),
        Case(note: "(Күші жойылды - ҚР Үкіметінің 2008.06.12. N 578 (қолданысқа енгізілу тәртібін 3-тармақтан қараңыз) Қаулысымен.",
             parent: "att_1__para_3", unit: "att_1__para_3", action: .repealed, acts: ["578@2008-06-12"]),
        Case(note: "Ескерту. Қаулыға өзгерістер енгізілді – ҚР Үкіметінің 19.08.2022 № 581 қаулысымен.", parent: "",
             unit: nil, action: .amended, acts: ["581@2022-08-19"]),
        Case(note: "Ескерту. 5-тармақ алып тасталды – ҚР Денсаулық сақтау министрінің 30.10.2025 № 127 бұйрығымен.", parent: "att_1__para_5",
             unit: "att_1__para_5", action: .deleted, acts: ["127@2025-10-30"]),
        Case(note: "Ескерту. 3, 4-тармақтарға өзгерістер енгізілді – ҚР Үкіметінің 05.08.2013 № 796 қаулысымен.", parent: "para_4",
             unit: "para_3", action: .amended, acts: ["796@2013-08-05"]),
        Case(note: "Сноска. Пункт 2 в редакции постановления Правительства РК от 23.05.2019 № 312.", parent: "para_2",
             unit: "para_2", action: .restated, acts: ["312@2019-05-23"]),
    ]

    @Test(arguments: cases)
    func reads(_ c: Case) {
        let entries = EditorialHistoryReader.read(c.note, under: ClauseID(c.parent)!)
        let first = entries.first
        #expect(first?.unit?.description == c.unit)
        #expect(first?.action == c.action)
        #expect(first?.acts.map { "\($0.number ?? "?")@\($0.date?.description ?? "?")" } == c.acts)
    }

    @Test func listedUnitsAreSeveralEntries() {
        let entries = EditorialHistoryReader.read("Ескерту. 3, 4-тармақтарға өзгерістер енгізілді – ҚР Үкіметінің 05.08.2013 № 796 қаулысымен.", under: ClauseID("para_4")!)
        #expect(entries.map { $0.unit?.description } == ["para_3", "para_4"])
    }

    @Test func theDateANoteGivesForEntryIntoForce() {
        let entry = EditorialHistoryReader.read(
            "Ескерту. 2-тармақ жаңа редакцияда – ҚР Денсаулық сақтау министрінің 30.10.2025 № 127 бұйрығымен (11.11.2025 бастап қолданысқа енгізіледі).")
        #expect(entry.first?.acts.first?.effective == CivilDate(iso: "2025-11-11"))
        #expect(entry.first?.acts.first?.type == .order)
        #expect(entry.first?.unit?.description == "para_2")
    }
}
