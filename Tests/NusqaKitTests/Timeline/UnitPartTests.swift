import Testing
@testable import NusqaAmend
@testable import NusqaCore
import NusqaLanguage
@testable import NusqaTimeline

/// Instructions that address a part of a unit: a sentence (сөйлем) or the last abzac (соңғы абзац), and
/// targets whose wording must not be read as a bigger unit ("1)-4) тармақшалары", "соңғы абзацы").
@Suite("Parts of units: sentences and the last abzac")
struct UnitPartTests {
    /// Item 2 of two sentences; item 5 with a lead, sub-items 1)–4) and a closing abzac; item 7 of one abzac.
    static let base = Clause(.document, children: [
        Clause(.item, number: UnitNumber(2), text: "Өтініш он жұмыс күні ішінде қаралады. Шешім өтініш берушіге хабарланады."),
        Clause(.item, number: UnitNumber(5), text: "Құжаттар:", children: [
            Clause(.subItem, number: UnitNumber(1), text: "өтініш;"),
            Clause(.subItem, number: UnitNumber(2), text: "жеке куәлік;"),
            Clause(.subItem, number: UnitNumber(3), text: "анықтама;"),
            Clause(.subItem, number: UnitNumber(4), text: "төлем түбіртегі."),
            Clause(.abzac, number: UnitNumber(6), text: "Құжаттар электрондық түрде беріледі."),
        ]),
        Clause(.item, number: UnitNumber(7), text: "Бақылау тоқсан сайын жүргізіледі."),
    ])

    func patch(_ lines: [String]) throws -> Patch {
        let reading = AmendmentFixtures.read(lines)
        #expect(reading.unparsed.isEmpty, "\(reading.unparsed.map(\.reason))")
        return try #require(reading.patches.first)
    }

    func applied(_ lines: [String]) throws -> (Clause, ApplyFailure?) {
        let reading = AmendmentFixtures.read(lines)
        var root = Self.base
        var failure: ApplyFailure?
        for patch in reading.patches {
            let change = Change(act: "amending", actDate: nil, patch: patch, effective: EffectiveDate(AmendmentFixtures.date("2026-01-01"), estimated: false))
            failure = PatchApplier.apply(change, to: &root) ?? failure
        }
        return (root, failure)
    }

    func text(_ id: String, _ root: Clause) -> String? { ClauseID(id).flatMap { PatchApplier.node(at: $0, in: root) }?.text }

    @Test("A sentence is a part of its unit: the target stays the unit")
    func sentenceTarget() throws {
        let patch = try patch(["1-баптың 2-тармағының бірінші сөйлемі мынадай редакцияда жазылсын:", "«Өтініш бес жұмыс күні ішінде қаралады.»;"])
        #expect(patch.operation == .replace && patch.target.description == "art_1__para_2" && patch.part == .sentence(1))
        let last = try self.patch(["2-тармақтың соңғы сөйлемі алып тасталсын;"])
        #expect(last.operation == .delete && last.target.description == "para_2" && last.part == .lastSentence)
    }

    @Test("Replacing the first sentence changes it alone")
    func replaceSentence() throws {
        let (root, failure) = try applied(["2-тармақтың бірінші сөйлемі мынадай редакцияда жазылсын:", "«Өтініш бес жұмыс күні ішінде қаралады.»;"])
        #expect(failure == nil)
        #expect(text("para_2", root) == "Өтініш бес жұмыс күні ішінде қаралады. Шешім өтініш берушіге хабарланады.")
    }

    @Test("Deleting the second sentence keeps the first, with no stray space")
    func deleteSentence() throws {
        let (root, failure) = try applied(["2-тармақтың екінші сөйлемі алып тасталсын;"])
        #expect(failure == nil)
        #expect(text("para_2", root) == "Өтініш он жұмыс күні ішінде қаралады.")
    }

    @Test("Words changed in a sentence are changed there only")
    func wordsInSentence() throws {
        let (root, failure) = try applied(["2-тармақтың екінші сөйлеміндегі «өтініш» деген сөз «арыз» деген сөзбен ауыстырылсын;"])
        #expect(failure == nil)
        #expect(text("para_2", root) == "Өтініш он жұмыс күні ішінде қаралады. Шешім арыз берушіге хабарланады.")
    }

    @Test("A sentence the wording does not have is a failure, never a change elsewhere")
    func missingSentence() throws {
        let (root, failure) = try applied(["7-тармақтың үшінші сөйлемі алып тасталсын;"])
        #expect(failure == .partMissing(.sentence(3), in: ClauseID("para_7")!))
        #expect(root == Self.base)
    }

    @Test("The last abzac is found in the edition: the closing abzac after the sub-items")
    func lastAbzac() throws {
        let patch = try patch(["5-тармақтың соңғы абзацы алып тасталсын;"])
        #expect(patch.target.description == "para_5" && patch.part == .lastAbzac)
        let (root, failure) = try applied(["5-тармақтың соңғы абзацы алып тасталсын;"])
        #expect(failure == nil)
        let item = try #require(PatchApplier.node(at: ClauseID("para_5")!, in: root))
        #expect(item.children.first { $0.kind == .abzac }?.status == .deleted)
        #expect(item.children.filter { $0.kind == .subItem }.count == 4)
        #expect(item.text == "Құжаттар:")
    }

    @Test("Sub-items written as a range 1)-4) or 1) - 4) are four targets, never the whole item")
    func subItemRange() throws {
        for phrase in ["5-тармақтың 1)-4) тармақшалары алып тасталсын;", "5-тармақтың 1) - 4) тармақшалары алып тасталсын;", "5-тармақтың 1)–4) тармақшалары алып тасталсын;"] {
            let reading = AmendmentFixtures.read([phrase])
            #expect(reading.targets == ["para_5__subpara_1", "para_5__subpara_2", "para_5__subpara_3", "para_5__subpara_4"], "\(phrase)")
        }
    }

    @Test("A unit word with no number the reader can read is reported, not read as its parent")
    func unnumberedUnitIsReported() {
        let reading = AmendmentFixtures.read(["8-тармақтың «а» тармақшасы алып тасталсын;"])
        #expect(reading.patches.isEmpty)
        #expect(reading.unparsed.count == 1)
    }

    @Test("A paragraph (параграф) of a chapter and a chapter of a section keep their container")
    func groupingsNest() {
        #expect(AmendmentFixtures.read(["2-тараудың 2-параграфы алып тасталсын;"]).targets == ["chp_2__subsec_2"])
        #expect(AmendmentFixtures.read(["2-бөлімнің 3-тарауы мынадай мазмұндағы 15-1-баппен толықтырылсын:", "«15-1-бап. Деректер»;"]).targets == ["sec_2__chp_3__art_15-1"])
    }
}

@Suite("Sentence boundaries")
struct SentenceBoundariesTests {
    func sentences(_ text: String) -> [String] { SentenceBoundaries.ranges(in: text).map { String(text[$0]) } }

    @Test("A sentence ends at a full stop before a capital, a quote or a digit, and at the end")
    func ends() {
        #expect(sentences("Бір. Екі! «Үш» деп жазылады? 4 күн өтеді.") == ["Бір.", "Екі!", "«Үш» деп жазылады?", "4 күн өтеді."])
    }

    @Test("A full stop inside a number, before a lower-case word or in an abbreviation does not end a sentence")
    func doesNotEnd() {
        #expect(sentences("Мөлшерлеме 1.5 пайыз, т.б. шығыстар ескеріледі. Келесі.") == ["Мөлшерлеме 1.5 пайыз, т.б. шығыстар ескеріледі.", "Келесі."])
        #expect(sentences("Нүктесіз мәтін") == ["Нүктесіз мәтін"])
        #expect(sentences("") == [])
    }
}

@Suite("Titles of chapters")
struct ChapterTitleTests {
    @Test("A chapter's new title quoted with its marker is the heading alone, applied to the chapter")
    func chapterTitle() throws {
        let reading = AmendmentFixtures.read(["3-тараудың тақырыбы мынадай редакцияда жазылсын:", "«3-тарау. Қорытынды ережелер»;"])
        #expect(reading.errors.isEmpty, "\(reading.errors)")
        let patch = try #require(reading.patches.first)
        #expect(patch.target.description == "chp_3__title" && patch.payload?.text == "Қорытынды ережелер")
        var root = Clause(.document, children: [Clause(.chapter, number: UnitNumber(3), heading: "Өтпелі ережелер", children: [Clause(.item, number: UnitNumber(9), text: "Тоғыз.")])])
        let change = Change(act: "amending", actDate: nil, patch: patch, effective: EffectiveDate(AmendmentFixtures.date("2026-01-01"), estimated: false))
        #expect(PatchApplier.apply(change, to: &root) == nil)
        #expect(root.children.first?.heading == "Қорытынды ережелер")
        #expect(root.children.first?.children.map(\.kind) == [.item])
    }
}

@Suite("Articles under sections and chapters")
struct NestedGroupingTests {
    /// A law: section 1 › chapter 1 › articles 1–2; section 2 › chapter 3 › paragraph 1 › articles 15, 16.
    static let law = Clause(.document, children: [
        Clause(.section, number: UnitNumber(1), heading: "Жалпы бөлім", children: [
            Clause(.chapter, number: UnitNumber(1), heading: "Негіздер", children: [
                Clause(.article, number: UnitNumber(1), text: "Бір.", heading: "Ұғымдар"),
                Clause(.article, number: UnitNumber(2), text: "Екі.", heading: "Мақсат"),
            ])
        ]),
        Clause(.section, number: UnitNumber(2), heading: "Ерекше бөлім", children: [
            Clause(.chapter, number: UnitNumber(3), heading: "Деректер", children: [
                Clause(.subsection, number: UnitNumber(1), heading: "Сақтау", children: [
                    Clause(.article, number: UnitNumber(15), text: "Он бес.", heading: "Сақтау мерзімі"),
                    Clause(.article, number: UnitNumber(16), text: "Он алты.", heading: "Жою"),
                ])
            ])
        ]),
    ])

    func apply(_ lines: [String]) -> (Clause, [ApplyFailure]) {
        let reading = AmendmentFixtures.read(lines)
        var root = Self.law
        var failures: [ApplyFailure] = []
        for patch in reading.patches {
            let change = Change(act: "amending", actDate: nil, patch: patch, effective: EffectiveDate(AmendmentFixtures.date("2026-01-01"), estimated: false))
            if let failure = PatchApplier.apply(change, to: &root) { failures.append(failure) }
        }
        return (root, failures)
    }

    @Test("Articles three groupings deep are found, changed and deleted")
    func deepArticles() throws {
        let (root, failures) = apply(["15-бапта «бес» деген сөз «он» деген сөзбен ауыстырылсын;", "16-бап алып тасталсын;"])
        #expect(failures.isEmpty, "\(failures)")
        #expect(PatchApplier.node(at: ClauseID("art_15")!, in: root)?.text == "Он он.")
        #expect(PatchApplier.node(at: ClauseID("art_16")!, in: root)?.status == .deleted)
        #expect(PatchApplier.node(at: ClauseID("art_1")!, in: root)?.text == "Бір.")
    }

    @Test("A new article goes into the paragraph of the article it follows")
    func newArticle() throws {
        let (root, failures) = apply(["мынадай мазмұндағы 15-1-баппен толықтырылсын:", "«15-1-бап. Көшірмелер", "Көшірмелер сақталады.»;"])
        #expect(failures.isEmpty, "\(failures)")
        let paragraph = root.children[1].children[0].children[0]
        #expect(paragraph.children.compactMap(\.number?.description) == ["15", "15-1", "16"])
        #expect(root.children[0].children[0].children.count == 2)
    }
}
