import NusqaKit
import Testing
@testable import NusqaCore
@testable import NusqaRender

/// Gaps of an act known only in part (issue 11): items of Rules are numbered in one run across their
/// chapters, so a gap names only the items really missing, at the place they are missing from.
@Suite struct ReadingEntryTests {
    func item(_ n: Int) -> Clause { Clause(.item, number: UnitNumber(n), text: "\(n)-тармақтың мәтіні.") }

    /// Every gap marker and unit label of the tree, in document order, as a reader meets them.
    func reading(_ root: Clause) -> [String] {
        var out: [String] = []
        func visit(_ node: Clause, _ id: ClauseID, _ continuing: ReadingContinuation) {
            for entry in node.readingEntries(id: id, continuing: continuing) {
                switch entry {
                case .gap(let gap): out.append("[" + gap.kazakhRange + "]")
                case .unit(let child, let childID, let childContinuing):
                    out.append(childID.description)
                    visit(child, childID, childContinuing)
                }
            }
        }
        visit(root, .root, .start)
        return out
    }

    /// Rules known in part: item 2, chapter 2 holding items 6–7, then item 12 (and annex 1 between).
    var rules: Clause {
        let chapter = Clause(.chapter, number: UnitNumber(2), heading: "Жоспарлау", content: .notInCorpus, children: [item(6), item(7)])
        let annex = Clause(.annex, number: UnitNumber(1), content: .notInCorpus, children: [item(2), chapter, item(12)])
        return Clause(.document, content: .notInCorpus, children: [annex])
    }

    @Test func itemsAreCountedAcrossChapters() {
        #expect(reading(rules) == [
            "att_1", "[1-тармақ]", "att_1__para_2",
            "[1-тарау]", "[3–5-тармақтар]", "att_1__chp_2", "att_1__para_6", "att_1__para_7", "[7-тармақтан кейінгі тармақтар]",
            "[8–11-тармақтар]", "att_1__para_12", "[12-тармақтан кейінгі тармақтар]",
        ])
    }

    @Test func aChapterFirstNamesTheItemsBeforeIt() {
        let chapter = Clause(.chapter, number: UnitNumber(1), content: .notInCorpus, children: [item(4)])
        let annex = Clause(.annex, number: UnitNumber(1), content: .notInCorpus, children: [chapter, item(9)])
        let root = Clause(.document, content: .notInCorpus, children: [annex])
        #expect(reading(root) == [
            "att_1", "[1–3-тармақтар]", "att_1__chp_1", "att_1__para_4", "[4-тармақтан кейінгі тармақтар]",
            "[5–8-тармақтар]", "att_1__para_9", "[9-тармақтан кейінгі тармақтар]",
        ])
    }

    @Test func anItemAfterAnAnnexContinuesTheItems() {
        let inner = Clause(.annex, number: UnitNumber(1), content: .notInCorpus, children: [])
        let annex = Clause(.annex, number: UnitNumber(1), content: .notInCorpus, children: [item(3), inner, item(4)])
        let root = Clause(.document, content: .notInCorpus, children: [annex])
        #expect(!reading(root).contains("[1–3-тармақтар]"), "\(reading(root))")
    }

    @Test func theItemsAfterTheLastKnownOneAreNamedBeforeTheAnnexes() {
        let inner = Clause(.annex, number: UnitNumber(1), text: "Қағидаларға 1-қосымша")
        let annex = Clause(.annex, number: UnitNumber(1), content: .notInCorpus, children: [item(1), inner])
        let root = Clause(.document, content: .notInCorpus, children: [annex])
        #expect(reading(root) == ["att_1", "att_1__para_1", "[1-тармақтан кейінгі тармақтар]", "att_1__att_1", "[1-қосымшадан кейінгі қосымшалар]"])
    }

    @Test func theJSONShowsTheSameGaps() {
        let lines = rules.jsonLines()
        let gaps = lines.compactMap { line -> String? in
            guard case .object(let object) = line, case .string(let kind)? = object["kind"], kind == "gap", case .string(let missing)? = object["missing"] else { return nil }
            return "[" + missing + "]"
        }
        #expect(gaps == reading(rules).filter { $0.hasPrefix("[") })
    }
}

/// What a change did, named as adilet notes name it (issue 11): an inserted unit in the instrumental
/// after what it was added to, word changes in the dative.
@Suite struct ChangePhraseTests {
    let labels = DocumentLabels(documents: [ActMetadata.Document(annex: "1", kind: "rules")])

    @Test(arguments: [
        ("att_1__para_26-1", PatchOperation.insert, "Қағидалар 26-1-тармақпен толықтырылды"),
        ("att_1__para_21__subpara_4", .insert, "Қағидалардың 21-тармағы 4) тармақшамен толықтырылды"),
        ("att_1__att_2__row_1504-8", .insertRows, "Қағидаларға 2-қосымша 1504-8 жолмен толықтырылды"),
        ("para_3-1", .insert, "3-1-тармақпен толықтырылды"),
        ("para_3__subpara_2", .insert, "3-тармақ 2) тармақшамен толықтырылды"),
        ("att_1__para_2", .replace, "Қағидалардың 2-тармағы жаңа редакцияда"),
        ("att_1__para_2__subpara_11", .replaceWords, "Қағидалардың 2-тармағының 11) тармақшасына өзгеріс енгізілді"),
        ("att_1__para_3", .deleteWords, "Қағидалардың 3-тармағына өзгеріс енгізілді"),
        ("att_1__para_5", .delete, "Қағидалардың 5-тармағы алып тасталды"),
    ])
    func phrase(id: String, operation: PatchOperation, expected: String) throws {
        #expect(labels.change(try #require(ClauseID(id)), operation) == expected)
    }
}
