import Testing
@testable import NusqaAmend
@testable import NusqaCore
import NusqaLanguage
@testable import NusqaParse
@testable import NusqaTimeline

/// A part (бөлік; часть) that holds sub-items: "30-баптың бірінші бөлігі 3) тармақшасы", "подпункт 3) части
/// первой статьи 30". The id carries the part (`art_30__part_1__subpara_3`), as the development set counts it
/// (["30", "1", "3"]); the tree has no part node, so the applier finds the sub-item by its place.
@Suite("Parts of articles that hold sub-items")
struct ArticlePartTests {
    /// A law's article of three parts, the first and third with sub-items, parsed as the reader parses laws.
    static let law: Clause = {
        let lines = [
            "Мемлекеттік көрсетілетін қызметтер туралы", "", "Қазақстан Республикасының Заңы", "",
            "30-бап. Уәкілетті органның құзыреті", "Уәкілетті орган:", "1) саясатты әзірлейді;", "2) қағидаларды бекітеді;",
            "3) бақылауды жүзеге асырады;", "4) өзге де функцияларды жүзеге асырады.", "Уәкілетті орган есеп береді.",
            "Жергілікті атқарушы органдар:", "1) ақпарат береді;", "2) өтініштерді қарайды.", "",
            "40-бап. Нөмірленген бөліктер", "1. Бірінші бөлік:", "1) бір;", "2) екі;", "3) үш.", "2. Екінші бөлік.", "",
            "Қазақстан Республикасының", "Президенті",
        ]
        let text = lines.map { $0.isEmpty ? "" : "      " + $0 }.joined(separator: "\n") + "\n"
        return ActParser.parse(SourceText(string: text, name: "law")).body
    }()

    func article(_ number: Int, in root: Clause) throws -> Clause {
        try #require(root.children.first { $0.kind == .article && $0.number == UnitNumber(number) })
    }

    @Test("The parsed article keeps its parts side by side: lead abzacs and sub-items, sub-item numbers repeating")
    func treeShape() throws {
        let article = try article(30, in: Self.law)
        #expect(article.children.map(\.kind) == [.abzac, .subItem, .subItem, .subItem, .subItem, .abzac, .abzac, .subItem, .subItem])
        #expect(PartLocator.parts(of: article).map(\.subItems.count) == [4, 0, 2])
    }

    @Test("The part that holds a sub-item is in the id, in every form the reader reads", arguments: [
        (["30-баптың бірінші бөлігі 3) тармақшасы алып тасталсын;"], "art_30__part_1__subpara_3"),
        (["30-баптың бірінші бөлігінің 3) тармақшасы алып тасталсын;"], "art_30__part_1__subpara_3"),
        (["30-бапта:", "бірінші бөлігінде:", "3) тармақша алып тасталсын;"], "art_30__part_1__subpara_3"),
        (["30-баптың бірінші бөлігі мынадай мазмұндағы 5) тармақшамен толықтырылсын:", "«5) есептерді жинақтайды;»;"], "art_30__part_1__subpara_5"),
        (["подпункт 3) части первой статьи 30 исключить;"], "art_30__part_1__subpara_3"),
        (["в части первой статьи 30:", "подпункт 3) исключить;"], "art_30__part_1__subpara_3"),
        (["часть первую статьи 30 дополнить подпунктом 5) следующего содержания:", "«5) обобщает отчеты;»;"], "art_30__part_1__subpara_5"),
    ])
    func partInID(lines: [String], target: String) {
        let reading = AmendmentFixtures.read(lines)
        #expect(reading.unparsed.isEmpty, "\(lines)")
        #expect(reading.targets == [target], "\(lines)")
    }

    @Test("A list of sub-items after a part ('бірінші бөлігі 3), 4) тармақшалары') is held by the part; the part is not deleted beside them")
    func listAfterPart() {
        for lines in [["30-баптың бірінші бөлігі 3), 4) тармақшалары алып тасталсын;"], ["30-баптың бірінші бөлігі 3) және 4) тармақшалары алып тасталсын;"]] {
            #expect(AmendmentFixtures.read(lines).targets == ["art_30__part_1__subpara_3", "art_30__part_1__subpara_4"], "\(lines)")
        }
    }

    @Test("A part changed itself, a numbered part and an abzac of a part keep their ids")
    func otherPartsUnchanged() {
        #expect(AmendmentFixtures.read(["30-баптың екінші бөлігі алып тасталсын;"]).targets == ["art_30__abz_2"])
        #expect(AmendmentFixtures.read(["73-бабының 1-бөлігі 3) тармақшасы алып тасталсын;"]).targets == ["art_73__para_1__subpara_3"])
        #expect(AmendmentFixtures.read(["30-баптың бірінші бөлігінің төртінші абзацы алып тасталсын;"]).targets == ["art_30__abz_4"])
        #expect(AmendmentFixtures.read(["12-тармақтың екінші абзацы және 3) тармақшасы алып тасталсын;"]).targets == ["para_12__abz_2", "para_12__subpara_3"])
    }

    @Test("Applied, the sub-item of the named part changes, and a new one goes to the end of its part")
    func applied() throws {
        let (deleted, failures) = AmendmentFixtures.apply(AmendmentFixtures.read(["30-баптың бірінші бөлігі 3) тармақшасы алып тасталсын;"]), to: Self.law)
        #expect(failures.isEmpty, "\(failures)")
        #expect(try article(30, in: deleted).children[3].status == .deleted)
        let (inserted, insertFailures) = AmendmentFixtures.apply(
            AmendmentFixtures.read(["30-баптың бірінші бөлігі мынадай мазмұндағы 5) тармақшамен толықтырылсын:", "«5) есептерді жинақтайды;»;"]), to: Self.law)
        #expect(insertFailures.isEmpty, "\(insertFailures)")
        let article = try article(30, in: inserted)
        // After sub-item 4) of the first part, before the second part: not after the third part's sub-items.
        #expect(article.children[5].kind == .subItem && article.children[5].number == UnitNumber(5))
        #expect(article.children[5].text.contains("есептерді жинақтайды"))
        #expect(article.children[6].kind == .abzac)
        let (replaced, replaceFailures) = AmendmentFixtures.apply(
            AmendmentFixtures.read(["подпункт 3) части первой статьи 30 изложить в следующей редакции:", "«3) осуществляет надзор;»;"]), to: Self.law)
        #expect(replaceFailures.isEmpty, "\(replaceFailures)")
        #expect(try self.article(30, in: replaced).children[3].text.contains("надзор"))
    }

    @Test("A sub-item of a later part that shares its number with an earlier one is reported, never the earlier one changed")
    func sharedNumberReported() throws {
        let (root, failures) = AmendmentFixtures.apply(AmendmentFixtures.read(["30-баптың үшінші бөлігі 1) тармақшасы алып тасталсын;"]), to: Self.law)
        #expect(failures.count == 1)
        #expect(root == Self.law)
        // A part with no such sub-item: the target is missing.
        let (_, missing) = AmendmentFixtures.apply(AmendmentFixtures.read(["30-баптың үшінші бөлігі 3) тармақшасы алып тасталсын;"]), to: Self.law)
        #expect(missing == [.targetMissing(ClauseID("art_30__part_3__subpara_3")!)])
    }

    @Test("In a unit not in the corpus (a gap) the part cannot be told apart: the change makes the sub-item known, as without the part")
    func partOfAGap() throws {
        let gap = Clause(.document, children: [Clause(.article, number: UnitNumber(30), content: .notInCorpus)])
        let (root, failures) = AmendmentFixtures.apply(
            AmendmentFixtures.read(["30-баптың бірінші бөлігі 3) тармақшасы мынадай редакцияда жазылсын:", "«3) бақылау;»;"]), to: gap)
        #expect(failures.isEmpty, "\(failures)")
        let article = try article(30, in: root)
        #expect(article.children.map(\.kind) == [.subItem] && article.children.first?.number == UnitNumber(3))
        #expect(article.children.first?.text == "бақылау;")
    }

    @Test("A part printed with its number ('1.') is an item of the tree")
    func numberedPartIsItem() throws {
        let (root, failures) = AmendmentFixtures.apply(AmendmentFixtures.read(["подпункт 3) части 1 статьи 40 исключить;"]), to: Self.law)
        #expect(failures.isEmpty, "\(failures)")
        let item = try #require(try article(40, in: root).children.first { $0.kind == .item && $0.number == UnitNumber(1) })
        #expect(item.children.last?.status == .deleted)
    }
}
