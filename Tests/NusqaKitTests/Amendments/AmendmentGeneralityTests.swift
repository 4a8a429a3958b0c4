import Testing
@testable import NusqaAmend
@testable import NusqaCore
import NusqaLanguage
@testable import NusqaTimeline

/// Forms found by hand-written probes of laws, codes, resolutions and orders that the development set does
/// not hold (/work/coord/probes): each was read wrong, dropped, or turned into a patch that could not apply.
@Suite("Generality probes: forms outside the development set")
struct AmendmentGeneralityTests {
    @Test("A quoted chapter payload whose text holds '1-бап.' does not make a fragment a law (it was dropped as front matter)")
    func quotedArticleIsPayload() throws {
        let reading = AmendmentFixtures.read([
            "9) «Жалпы ережелер» деген 1-тарау мынадай редакцияда жазылсын:", "«1-тарау. Жалпы ережелер", "1-бап. Осы Заңда пайдаланылатын негізгі ұғымдар",
            "Осы Заңда мынадай ұғымдар пайдаланылады.»;",
        ])
        #expect(reading.isFragment)
        #expect(reading.targets == ["chp_1"])
        #expect(reading.patches.first?.operation == .replace)
        let payload = try #require(reading.patches.first?.payload)
        #expect(payload.children.contains { $0.kind == .article && $0.number == UnitNumber(1) })
    }

    @Test("A plural unit word with one hyphenated number is a range ('16-18-тармақтар'), a singular one an inserted unit")
    func hyphenRange() {
        #expect(AmendmentFixtures.read(["16-18-тармақтар алынып тасталсын;"]).targets == ["para_16", "para_17", "para_18"])
        #expect(AmendmentFixtures.read(["16-18-тармақ алынып тасталсын;"]).targets == ["para_16-18"])
        #expect(AmendmentFixtures.read(["7-1, 7-2-тармақтар алынып тасталсын;"]).targets == ["para_7-1", "para_7-2"])
        // Rows carry numbers such as 21-154 of their own: never a range.
        #expect(AmendmentFixtures.read(["реттік нөмірі 21-154-жолдар алынып тасталсын;"]).targets == ["row_21-154"])
    }

    @Test("A Russian sub-item numbered by a letter ('подпункт «а» пункта 2') is reported, never a sub-item with no number")
    func russianLetterSubItem() {
        let reading = AmendmentFixtures.read(["подпункт «а» пункта 2 исключить;"])
        #expect(reading.patches.isEmpty)
        #expect(reading.unparsed.count == 1)
        #expect(reading.unparsed.first?.reason.contains("«…»") == true)
    }

    static let base = Clause(.document, children: [
        Clause(.item, number: UnitNumber(5), text: "Министрлік мемлекеттік саясатты іске асырады."),
        Clause(.item, number: UnitNumber(6), text: "Құжаттар:", children: [
            Clause(.subItem, number: UnitNumber(1), text: "өтініш;"),
            Clause(.subItem, number: UnitNumber(2), text: "анықтама."),
        ]),
        Clause(.article, number: UnitNumber(40), text: "", children: [
            Clause(.item, number: UnitNumber(1), text: "1. Бірінші."),
        ]),
    ])

    @Test("An unnumbered part or abzac added to a unit ('бөлікпен толықтырылсын', 'дополнить абзацем') follows its last abzac")
    func newUnnumberedPart() throws {
        for lines in [
            ["5-тармақ мынадай мазмұндағы бөлікпен толықтырылсын:", "«Министрлік аумақтық органдар арқылы әрекет етеді.»;"],
            ["5-тармақ мынадай мазмұндағы абзацпен толықтырылсын:", "«Министрлік аумақтық органдар арқылы әрекет етеді.»;"],
            ["пункт 5 дополнить частью следующего содержания:", "«Министрлік аумақтық органдар арқылы әрекет етеді.»;"],
        ] {
            let reading = AmendmentFixtures.read(lines)
            #expect(reading.unparsed.isEmpty, "\(lines[0])")
            let patch = try #require(reading.patches.first)
            #expect(patch.operation == .insert && patch.target.description == "para_5" && patch.part == .newAbzac, "\(lines[0])")
            let (root, failures) = AmendmentFixtures.apply(reading, to: Self.base)
            #expect(failures.isEmpty, "\(failures)")
            let item = try #require(root.children.first)
            #expect(item.text == "Министрлік мемлекеттік саясатты іске асырады.")
            #expect(item.children.map(\.kind) == [.abzac] && item.children.first?.number == UnitNumber(2))
            #expect(item.children.first?.text == "Министрлік аумақтық органдар арқылы әрекет етеді.")
        }
        // After sub-items 1) and 2) (abzacs 2 and 3), the new part is abzac 4.
        let (root, failures) = AmendmentFixtures.apply(AmendmentFixtures.read(["6-тармақ мынадай мазмұндағы бөлікпен толықтырылсын:", "«Құжаттар электрондық түрде беріледі.»;"]), to: Self.base)
        #expect(failures.isEmpty)
        #expect(root.children[1].children.last.map { $0.kind == .abzac && $0.number == UnitNumber(4) } == true)
        // Among numbered parts of an article an unnumbered one has no decided place: not applied.
        let (_, among) = AmendmentFixtures.apply(AmendmentFixtures.read(["40-бап мынадай мазмұндағы бөлікпен толықтырылсын:", "«Жаңа бөлік.»;"]), to: Self.base)
        #expect(among.count == 1)
        // Several unnumbered parts at once would need their payload split by a guess.
        #expect(AmendmentFixtures.read(["5-тармақ мынадай мазмұндағы бөліктермен толықтырылсын:", "«Бір.", "Екі.»;"]).patches.isEmpty)
    }

    @Test("A sentence added to a unit ('сөйлеммен толықтырылсын', 'дополнить предложением') goes at the end of its wording")
    func newSentence() throws {
        for lines in [
            ["5-тармақ мынадай мазмұндағы сөйлеммен толықтырылсын:", "«Бұл ретте келісім алынады.»;"],
            ["пункт 5 дополнить предложением следующего содержания:", "«Бұл ретте келісім алынады.»;"],
        ] {
            let reading = AmendmentFixtures.read(lines)
            #expect(reading.unparsed.isEmpty, "\(lines[0])")
            let patch = try #require(reading.patches.first)
            #expect(patch.operation == .insertWords && patch.target.description == "para_5")
            #expect(patch.words == WordChange(old: "", new: "Бұл ретте келісім алынады.", position: .after, isGlobal: false))
            let (root, failures) = AmendmentFixtures.apply(reading, to: Self.base)
            #expect(failures.isEmpty, "\(failures)")
            #expect(root.children[0].text == "Министрлік мемлекеттік саясатты іске асырады. Бұл ретте келісім алынады.")
        }
        // The end of item 6 lies after its sub-items: not applied on a guess.
        let (_, failures) = AmendmentFixtures.apply(AmendmentFixtures.read(["6-тармақ мынадай мазмұндағы сөйлеммен толықтырылсын:", "«Бұл ретте келісім алынады.»;"]), to: Self.base)
        #expect(failures.count == 1)
    }

    @Test("Two sentences at once ('екінші және үшінші сөйлемдері', 'второе и третье предложения') are one part; a gap is reported")
    func consecutiveSentences() throws {
        let base = Clause(.document, children: [Clause(.item, number: UnitNumber(21), text: "Бір. Екі. Үш. Төрт.")])
        for (lines, text) in [
            (["21-тармақтың екінші және үшінші сөйлемдері алып тасталсын;"], "Бір. Төрт."),
            (["второе и третье предложения пункта 21 исключить;"], "Бір. Төрт."),
            (["предложения второе и третье пункта 21 исключить;"], "Бір. Төрт."),
            (["21-тармақтың үшінші және төртінші сөйлемдері алып тасталсын;"], "Бір. Екі."),
            (["21-тармақтың бірінші және екінші сөйлемдері мынадай редакцияда жазылсын:", "«Жаңа бір. Жаңа екі.»;"], "Жаңа бір. Жаңа екі. Үш. Төрт."),
        ] {
            let reading = AmendmentFixtures.read(lines)
            #expect(reading.unparsed.isEmpty, "\(lines[0])")
            #expect(reading.targets == ["para_21"], "\(lines[0])")
            let (root, failures) = AmendmentFixtures.apply(reading, to: base)
            #expect(failures.isEmpty, "\(lines[0]): \(failures)")
            #expect(root.children[0].text == text, "\(lines[0])")
        }
        #expect(AmendmentFixtures.read(["21-тармақтың екінші және үшінші сөйлемдері алып тасталсын;"]).patches.first?.part == .sentences(2, 3))
        // Sentences 1 and 3 are two places: reported, not one part.
        let gap = AmendmentFixtures.read(["21-тармақтың бірінші және үшінші сөйлемдері алып тасталсын;"])
        #expect(gap.patches.isEmpty && gap.unparsed.count == 1)
        // A range the wording does not have is a missing part, never a change elsewhere.
        let (_, missing) = AmendmentFixtures.apply(AmendmentFixtures.read(["21-тармақтың төртінші және бесінші сөйлемдері алып тасталсын;"]), to: base)
        #expect(missing == [.partMissing(.sentences(4, 5), in: ClauseID("para_21")!)])
    }

    @Test("The amending act's annex named before the unit ('осы бұйрыққа 2-қосымшаға сәйкес мазмұндағы 5-1-қосымшамен') leaves the unit as the target")
    func annexReferenceFirst() {
        // AmendmentFixtures.read(_:) wraps the lines in an order whose scope is its Rules (att_1).
        #expect(AmendmentFixtures.read(["осы бұйрыққа 2-қосымшаға сәйкес мазмұндағы 5-1-қосымшамен толықтырылсын;"]).reading.targets == ["att_1__att_5-1"])
        #expect(AmendmentFixtures.read(["осы бұйрыққа қосымшаға сәйкес 6-қосымшамен толықтырылсын;"]).reading.targets == ["att_1__att_6"])
        #expect(AmendmentFixtures.read(["осы бұйрыққа 1-қосымшаға сәйкес 1-қосымша жаңа редакцияда жазылсын;"]).reading.targets == ["att_1__att_1"])
        #expect(AmendmentFixtures.read(["көрсетілген бұйрық осы бұйрыққа 2-қосымшаға сәйкес 3-қосымшамен толықтырылсын;"], scope: false).reading.targets == ["att_3"])
        // The usual order, unit first, is unchanged.
        #expect(AmendmentFixtures.read(["3-қосымша осы бұйрықтың 2-қосымшасына сәйкес жаңа редакцияда жазылсын;"]).reading.targets == ["att_1__att_3"])
    }

    @Test("A part named right before a sub-item ('30-баптың бірінші бөлігі 3) тармақшасы') holds it; it is not deleted whole beside it")
    func partHoldsSubItem() {
        // The id carries the part (ArticlePartTests).
        #expect(AmendmentFixtures.read(["30-баптың бірінші бөлігі 3) тармақшасы алып тасталсын;"]).targets == ["art_30__part_1__subpara_3"])
        #expect(AmendmentFixtures.read(["30-баптың бірінші бөлігінің 3) тармақшасы алып тасталсын;"]).targets == ["art_30__part_1__subpara_3"])
        // With a separator they are two units.
        #expect(AmendmentFixtures.read(["12-тармақтың екінші абзацы және 3) тармақшасы алып тасталсын;"]).targets == ["para_12__abz_2", "para_12__subpara_3"])
    }

    @Test("A genitive container with several numbers ('5 және 6-тармақтардың 1) тармақшалары') holds the units after it in each (the containers were deleted whole)")
    func severalContainers() {
        #expect(AmendmentFixtures.read(["5 және 6-тармақтардың 1) тармақшалары алып тасталсын;"]).targets == ["para_5__subpara_1", "para_6__subpara_1"])
        #expect(AmendmentFixtures.read(["5, 6-тармақтарының 2) тармақшасындағы «өтініш» деген сөз алып тасталсын;"]).targets == ["para_5__subpara_2", "para_6__subpara_2"])
        #expect(AmendmentFixtures.read(["3 және 4-баптардың 2-тармақтары алып тасталсын;"]).targets == ["art_3__para_2", "art_4__para_2"])
        // A new unit added to several units: each gets it, with the one quoted block.
        let insert = AmendmentFixtures.read(["5 және 6-тармақтар мынадай мазмұндағы 3) тармақшамен толықтырылсын:", "«3) үш.»;"])
        #expect(insert.targets == ["para_5__subpara_3", "para_6__subpara_3"])
        #expect(insert.patches.map(\.payload?.text) == ["үш.", "үш."] && insert.patches.allSatisfy { $0.error == nil })
        // Several units beside one another are still siblings.
        #expect(AmendmentFixtures.read(["5, 6-тармақтар және 7-тармақтың 1) тармақшасы алып тасталсын;"]).targets == ["para_5", "para_6", "para_7__subpara_1"])
    }

    @Test("A Russian sentence of two word changes, each with its own verb, reads each with its verb (the deleted words took the new ones)")
    func russianWordClauses() throws {
        let reading = AmendmentFixtures.read(["в пункте 5 слова «пяти рабочих дней» заменить словами «трех рабочих дней», слова «в электронном виде» исключить;"])
        #expect(reading.unparsed.isEmpty)
        #expect(reading.targets == ["para_5", "para_5"])
        #expect(reading.patches.map(\.operation) == [.replaceWords, .deleteWords])
        #expect(reading.patches.map(\.words) == [
            WordChange(old: "пяти рабочих дней", new: "трех рабочих дней", position: .replace, isGlobal: false),
            WordChange(old: "в электронном виде", new: "", position: .replace, isGlobal: false),
        ])
        // A comma inside the quoted words does not split.
        #expect(AmendmentFixtures.read(["в пункте 5 слова «пяти, шести» заменить словами «трех»;"]).patches.count == 1)
    }

    @Test("A deletion and another instruction in one sentence ('5-тармақ алып тасталсын, 6-тармақ мынадай редакцияда жазылсын:') are two patches")
    func deletionThenAnotherInstruction() throws {
        let reading = AmendmentFixtures.read(["5-тармақ алып тасталсын, 6-тармақ мынадай редакцияда жазылсын:", "«6. Жаңа мәтін.»;"])
        #expect(reading.unparsed.isEmpty)
        #expect(reading.patches.map(\.operation) == [.delete, .replace])
        #expect(reading.targets == ["para_5", "para_6"])
        #expect(reading.patches.last?.payload?.text == "Жаңа мәтін.")
        // The second clause names a unit of the same kind without repeating the container: it keeps the container.
        let sub = AmendmentFixtures.read(["6-тармақтың 3) тармақшасы алынып тасталсын, 4) тармақшасы мынадай редакцияда жазылсын:", "«4) төрт;»;", "7-тармақ алып тасталсын;"])
        #expect(sub.targets == ["para_6__subpara_3", "para_6__subpara_4", "para_7"])
        #expect(sub.patches[1].payload?.text == "төрт;" && sub.patches[1].error == nil)
        #expect(AmendmentFixtures.read(["6-тармақтың 3) тармақшасы алынып тасталсын, 7-тармақтың 2) тармақшасы алынып тасталсын;"]).targets == ["para_6__subpara_3", "para_7__subpara_2"])
        // Russian: the deleted unit was replaced with the second unit's payload.
        let russian = AmendmentFixtures.read(["пункт 5 исключить, пункт 6 изложить в следующей редакции:", "«6. Шесть.»;"])
        #expect(russian.patches.map(\.operation) == [.delete, .replace] && russian.targets == ["para_5", "para_6"])
        #expect(russian.patches.last?.payload?.text == "Шесть.")
        let russianSub = AmendmentFixtures.read(["подпункт 3) пункта 6 исключить, подпункт 4) изложить в следующей редакции:", "«4) четыре;»;"])
        #expect(russianSub.patches.map(\.operation) == [.delete, .replace] && russianSub.targets == ["para_6__subpara_3", "para_6__subpara_4"])
    }
}
