import Testing
@testable import NusqaAmend
@testable import NusqaCore
@testable import NusqaParse

/// A scope line naming several containers (қамтитын бірліктер): "5 және 6-тармақтарда:", "5-7-тармақтарда:",
/// "в пунктах 5 и 6:". Each instruction under it changes the same unit of every container it names; it used to
/// reach the first container only, silently.
@Suite("A scope line naming several containers")
struct SeveralContainersTests {
    /// The lead of a Kazakh order and the Rules it approves, as the scope of the Kazakh cases.
    static let kazakhLead = [
        "«Мемлекеттік көрсетілетін қызметтер қағидаларын бекіту туралы» Қазақстан Республикасы Цифрлық даму министрінің 2020 жылғы 14 сәуірдегі № 132 бұйрығына мынадай өзгерістер енгізілсін:",
        "көрсетілген бұйрықпен бекітілген Қағидаларда:",
    ]

    /// The lead of a Russian order and the Rules it approves, as the scope of the Russian cases.
    static let russianLead = [
        "Внести в приказ Министра финансов Республики Казахстан от 4 июня 2022 года № 512 «Об утверждении Правил учета» (зарегистрирован в Реестре государственной регистрации нормативных правовых актов под № 28411) следующие изменения и дополнения:",
        "в Правилах учета имущества, утвержденных указанным приказом:",
    ]

    @Test("Kazakh: 'екінші абзац алып тасталсын' under '5 және 6-тармақтарда:' deletes the abzac in both items")
    func kazakhDeletion() {
        let reading = AmendmentFixtures.read(Self.kazakhLead + ["5 және 6-тармақтарда:", "екінші абзац алып тасталсын;"])
        #expect(reading.unparsed.isEmpty, "\(reading.unparsed.map(\.reason))")
        #expect(reading.errors.isEmpty)
        #expect(reading.patches.map(\.operation) == [.delete, .delete])
        #expect(reading.targets == ["att_1__para_5__abz_2", "att_1__para_6__abz_2"])
    }

    @Test("Kazakh: one quoted block under '5 және 6-тармақтарда:' is the new wording of the abzac in each item")
    func kazakhReplacement() throws {
        let reading = AmendmentFixtures.read(Self.kazakhLead + [
            "5 және 6-тармақтарда:", "екінші абзац мынадай редакцияда жазылсын:", "«Өтініш бес жұмыс күні ішінде қаралады.»;",
        ])
        #expect(reading.unparsed.isEmpty, "\(reading.unparsed.map(\.reason))")
        #expect(reading.errors.isEmpty)
        #expect(reading.patches.map(\.operation) == [.replace, .replace])
        #expect(reading.targets == ["att_1__para_5__abz_2", "att_1__para_6__abz_2"])
        for target in ["att_1__para_5__abz_2", "att_1__para_6__abz_2"] {
            let payload = try #require(reading.patch(target)?.payload, "\(target)")
            #expect(payload.text == "Өтініш бес жұмыс күні ішінде қаралады.", "\(target)")
        }
    }

    @Test("Kazakh: a range '5-7-тармақтарда:' names items 5, 6 and 7")
    func kazakhRange() {
        let reading = AmendmentFixtures.read(Self.kazakhLead + ["5-7-тармақтарда:", "бірінші абзац алып тасталсын;"])
        #expect(reading.unparsed.isEmpty, "\(reading.unparsed.map(\.reason))")
        #expect(reading.patches.map(\.operation) == [.delete, .delete, .delete])
        #expect(reading.targets == ["att_1__para_5__abz_1", "att_1__para_6__abz_1", "att_1__para_7__abz_1"])
    }

    @Test("A scope line naming one container reads as before")
    func singleContainer() throws {
        let deleted = AmendmentFixtures.read(Self.kazakhLead + ["5-тармақта:", "екінші абзац алып тасталсын;"])
        #expect(deleted.unparsed.isEmpty)
        #expect(deleted.targets == ["att_1__para_5__abz_2"])
        let replaced = AmendmentFixtures.read(Self.kazakhLead + [
            "5-тармақта:", "екінші абзац мынадай редакцияда жазылсын:", "«Өтініш бес жұмыс күні ішінде қаралады.»;",
        ])
        #expect(replaced.unparsed.isEmpty)
        #expect(replaced.errors.isEmpty)
        #expect(replaced.targets == ["att_1__para_5__abz_2"])
        #expect(replaced.patch("att_1__para_5__abz_2")?.payload?.text == "Өтініш бес жұмыс күні ішінде қаралады.")
        let russian = AmendmentFixtures.read(Self.russianLead + ["в пункте 5:", "абзац второй исключить;"])
        #expect(russian.unparsed.isEmpty)
        #expect(russian.targets == ["att_1__para_5__abz_2"])
        // A one-container scope line after a several-container one closes it.
        let after = AmendmentFixtures.read(Self.kazakhLead + ["5 және 6-тармақтарда:", "екінші абзац алып тасталсын;", "7-тармақта:", "үшінші абзац алып тасталсын;"])
        #expect(after.unparsed.isEmpty)
        #expect(after.targets == ["att_1__para_5__abz_2", "att_1__para_6__abz_2", "att_1__para_7__abz_3"])
    }

    @Test("Russian: 'абзац второй исключить' under 'в пунктах 5 и 6:' deletes the abzac in both items")
    func russianDeletion() {
        let reading = AmendmentFixtures.read(Self.russianLead + ["в пунктах 5 и 6:", "абзац второй исключить;"])
        #expect(reading.unparsed.isEmpty, "\(reading.unparsed.map(\.reason))")
        #expect(reading.errors.isEmpty)
        #expect(reading.patches.map(\.operation) == [.delete, .delete])
        #expect(reading.targets == ["att_1__para_5__abz_2", "att_1__para_6__abz_2"])
    }

    @Test("Russian: one quoted block under 'в пунктах 5 и 6:' is the new wording of the abzac in each item")
    func russianReplacement() throws {
        let reading = AmendmentFixtures.read(Self.russianLead + [
            "в пунктах 5 и 6:", "абзац второй изложить в следующей редакции:", "«Заявление рассматривается в течение пяти рабочих дней.»;",
        ])
        #expect(reading.unparsed.isEmpty, "\(reading.unparsed.map(\.reason))")
        #expect(reading.errors.isEmpty)
        #expect(reading.targets == ["att_1__para_5__abz_2", "att_1__para_6__abz_2"])
        for target in ["att_1__para_5__abz_2", "att_1__para_6__abz_2"] {
            let payload = try #require(reading.patch(target)?.payload, "\(target)")
            #expect(payload.text == "Заявление рассматривается в течение пяти рабочих дней.", "\(target)")
        }
    }

    @Test("Quoted blocks that cannot be matched to the containers are reported, never bound to the first", arguments: [
        ["5 және 6-тармақтарда:", "екінші абзац мынадай редакцияда жазылсын:", "«Бірінші нұсқа.»", "«Екінші нұсқа.»", "«Үшінші нұсқа.»;"],
        ["5 және 6-тармақтарда:", "екінші абзац мынадай редакцияда жазылсын:", "«Бірінші нұсқа.»", "«Екінші нұсқа.»;"],
    ])
    func unbindable(fragment: [String]) {
        let reading = AmendmentFixtures.read(Self.kazakhLead + fragment)
        #expect(reading.unparsed.contains { $0.reason.contains("several-containers") }, "\(reading.unparsed.map(\.reason))")
        #expect(!reading.diagnostics("several-containers-payload").isEmpty)
        #expect(reading.patches.allSatisfy { $0.payload == nil }, "\(reading.patches.map { $0.payload?.text ?? "-" })")
        #expect(!reading.patches.contains { $0.error == nil })
    }
}
