import Foundation
import NusqaKit
import Testing
@testable import NusqaAmend
@testable import NusqaCore

/// One instruction fragment, wrapped into a tiny amending order, and what the reader must make of it.
struct FragmentCase: Sendable, CustomTestStringConvertible {
    var name: String
    var lines: [String]
    var scope = true
    var operation: PatchOperation
    var targets: [String]
    /// The payload kind of every patch (nil: no payload).
    var payloadKind: ClauseKind? = nil
    /// The start of each patch's payload text, in order.
    var payloadText: [String] = []
    /// The word change every patch carries.
    var words: WordChange? = nil

    var testDescription: String { name }
}

private func words(_ old: String, _ new: String, _ position: WordChange.Position = .replace, global: Bool = false) -> WordChange {
    WordChange(old: old, new: new, position: position, isGlobal: global)
}

let fragmentCases: [FragmentCase] = [
    // MARK: replace
    FragmentCase(
        name: "replace an item", lines: ["2-тармақ мынадай редакцияда жазылсын:", "\"2. Жаңа мәтін.\";"],
        operation: .replace, targets: ["att_1__para_2"], payloadKind: .item, payloadText: ["Жаңа мәтін."]),
    FragmentCase(
        name: "replace an item, «» quotes", lines: ["3-тармақ мынадай редакцияда жазылсын:", "«3. Үшінші тармақтың жаңа мәтіні.»;"],
        operation: .replace, targets: ["att_1__para_3"], payloadKind: .item, payloadText: ["Үшінші тармақтың жаңа мәтіні."]),
    FragmentCase(
        name: "replace an item whose payload closes with \".", lines: ["4-тармақ мынадай редакцияда жазылсын:", "\"4. Соңғы өзгеріс.\"."],
        operation: .replace, targets: ["att_1__para_4"], payloadKind: .item, payloadText: ["Соңғы өзгеріс."]),
    FragmentCase(
        name: "replace an item whose payload closes with ».", lines: ["4-тармақ мынадай редакцияда жазылсын:", "«4. Соңғы өзгеріс.»."],
        operation: .replace, targets: ["att_1__para_4"], payloadKind: .item, payloadText: ["Соңғы өзгеріс."]),
    FragmentCase(
        name: "replace an item with sub-items over several abzacs",
        lines: ["7-тармақ мынадай редакцияда жазылсын:", "\"7. Мыналар:", "1) бірінші;", "2) екінші.\";"],
        operation: .replace, targets: ["att_1__para_7"], payloadKind: .item, payloadText: ["Мыналар:"]),
    FragmentCase(
        name: "replace a compound-numbered item", lines: ["26-1-тармақ мынадай редакцияда жазылсын:", "\"26-1. Толықтырылған тармақ.\";"],
        operation: .replace, targets: ["att_1__para_26-1"], payloadKind: .item, payloadText: ["Толықтырылған тармақ."]),
    FragmentCase(
        name: "replace a sub-item of an item", lines: ["99-тармақтың 1) тармақшасы мынадай редакцияда жазылсын:", "\"1) жаңа тармақша;\";"],
        operation: .replace, targets: ["att_1__para_99__subpara_1"], payloadKind: .subItem, payloadText: ["жаңа тармақша;"]),
    FragmentCase(
        name: "replace a sub-item, «» quotes", lines: ["105-тармақтың 12) тармақшасы мынадай редакцияда жазылсын:", "«12) он екінші тармақша;»;"],
        operation: .replace, targets: ["att_1__para_105__subpara_12"], payloadKind: .subItem, payloadText: ["он екінші тармақша;"]),
    FragmentCase(
        name: "replace the first abzac of an item (its number is not new text)",
        lines: ["20-тармақтың бірінші абзацы мынадай редакцияда жазылсын:", "\"20. Қор мынадай қызметтерді сатып алады:\";"],
        operation: .replace, targets: ["att_1__para_20__abz_1"], payloadKind: .abzac, payloadText: ["Қор мынадай қызметтерді сатып алады:"]),
    FragmentCase(
        name: "replace an abzac by a compound ordinal",
        lines: ["34-тармақтың он үшінші абзацы мынадай редакцияда жазылсын:", "\"жаңа он үшінші абзац;\";"],
        operation: .replace, targets: ["att_1__para_34__abz_13"], payloadKind: .abzac, payloadText: ["жаңа он үшінші абзац;"]),
    FragmentCase(
        name: "replace a part by ordinal (бөлігі)",
        lines: ["39-тармақтың тоғызыншы бөлігі мынадай редакцияда жазылсын:", "\"Тоғызыншы бөліктің жаңа мәтіні.\";"],
        operation: .replace, targets: ["att_1__para_39__abz_9"], payloadKind: .abzac, payloadText: ["Тоғызыншы бөліктің жаңа мәтіні."]),
    FragmentCase(
        name: "replace two abzacs of an item",
        lines: ["12-тармақтың екінші және үшінші абзацтары мынадай редакцияда жазылсын:", "\"екінші абзац;\";", "\"үшінші абзац.\";"],
        operation: .replace, targets: ["att_1__para_12__abz_2", "att_1__para_12__abz_3"], payloadKind: .abzac,
        payloadText: ["екінші абзац;", "үшінші абзац."]),
    FragmentCase(
        name: "replace several items, one quote block",
        lines: ["18 және 19-тармақтар мынадай редакцияда жазылсын:", "\"18. Он сегізінші тармақ.", "19. Он тоғызыншы тармақ.\";"],
        operation: .replace, targets: ["att_1__para_18", "att_1__para_19"], payloadKind: .item,
        payloadText: ["Он сегізінші тармақ.", "Он тоғызыншы тармақ."]),
    FragmentCase(
        name: "replace several items, a quote block each",
        lines: ["24 және 25-тармақтар мынадай редакцияда жазылсын:", "«24. Жиырма төртінші.»;", "«25. Жиырма бесінші.»;"],
        operation: .replace, targets: ["att_1__para_24", "att_1__para_25"], payloadKind: .item,
        payloadText: ["Жиырма төртінші.", "Жиырма бесінші."]),
    FragmentCase(
        name: "replace three items listed with commas",
        lines: ["5, 6 және 7-тармақтар мынадай редакцияда жазылсын:", "\"5. Бес.", "6. Алты.", "7. Жеті.\";"],
        operation: .replace, targets: ["att_1__para_5", "att_1__para_6", "att_1__para_7"], payloadKind: .item,
        payloadText: ["Бес.", "Алты.", "Жеті."]),
    FragmentCase(
        name: "replace the order's preamble (кіріспе)", lines: ["кіріспе мынадай редакцияда жазылсын:", "«Жаңа кіріспе мәтіні БҰЙЫРАМЫН:»;"],
        scope: false, operation: .replace, targets: ["preamble"], payloadKind: .preamble, payloadText: ["Жаңа кіріспе мәтіні"]),
    FragmentCase(
        name: "replace an item of the order itself (no scope line)", lines: ["1-тармақ мынадай редакцияда жазылсын:", "\"1. Қағидалар бекітілсін.\";"],
        scope: false, operation: .replace, targets: ["para_1"], payloadKind: .item, payloadText: ["Қағидалар бекітілсін."]),
    // MARK: scope lines
    FragmentCase(
        name: "scope '34-тармақта:' then ordinal abzacs",
        lines: ["34-тармақта:", "он үшінші абзац мынадай редакцияда жазылсын:", "\"он үшінші;\";", "он жетінші абзац мынадай редакцияда жазылсын:", "\"он жетінші;\";"],
        operation: .replace, targets: ["att_1__para_34__abz_13", "att_1__para_34__abz_17"], payloadKind: .abzac,
        payloadText: ["он үшінші;", "он жетінші;"]),
    FragmentCase(
        name: "a container scope ends when the next item is named",
        lines: ["34-тармақта:", "бесінші абзац алып тасталсын;", "35-тармақ алып тасталсын;"],
        operation: .delete, targets: ["att_1__para_34__abz_5", "att_1__para_35"]),
    FragmentCase(
        name: "scope 'Қағидаларға 2-қосымша:' then rows",
        lines: ["көрсетілген Қағидаларға 2-қосымша:", "мынадай 1504-8 жолдармен толықтырылсын:", "«", "1504-8 ПТР әдісімен анықтау", "»."],
        operation: .insertRows, targets: ["att_1__att_2__row_1504-8"], payloadKind: .row, payloadText: ["ПТР әдісімен анықтау"]),
    FragmentCase(
        name: "scope 'Қағидаларға 2 – қосымша:' (dash with spaces)",
        lines: ["көрсетілген Қағидаларға 2 – қосымша:", "мынадай 1504-9 жолдармен толықтырылсын:", "«", "1504-9 Иммунологиялық зерттеу", "»."],
        operation: .insertRows, targets: ["att_1__att_2__row_1504-9"], payloadKind: .row, payloadText: ["Иммунологиялық зерттеу"]),
    FragmentCase(
        name: "scope 'Бұйрықпен бекітіліген … қағидаларында:' (source typo)",
        lines: ["Бұйрықпен бекітіліген амбулаториялық көмек көрсету қағидаларында:", "8-тармақ алып тасталсын;"],
        scope: false, operation: .delete, targets: ["att_1__para_8"]),
    // MARK: insert
    FragmentCase(
        name: "insert an item (-пен)", lines: ["мынадай мазмұндағы 26-1-тармақпен толықтырылсын:", "\"26-1. Жаңа тармақ.\";"],
        operation: .insert, targets: ["att_1__para_26-1"], payloadKind: .item, payloadText: ["Жаңа тармақ."]),
    FragmentCase(
        name: "insert an item, «» quotes", lines: ["мынадай мазмұндағы 12-2-тармақпен толықтырылсын:", "«12-2. Тағы бір тармақ.»;"],
        operation: .insert, targets: ["att_1__para_12-2"], payloadKind: .item, payloadText: ["Тағы бір тармақ."]),
    FragmentCase(
        name: "insert a sub-item into an item", lines: ["21-тармақ мынадай мазмұндағы 4) тармақшамен толықтырылсын:", "\"4) төртінші тармақша.\";"],
        operation: .insert, targets: ["att_1__para_21__subpara_4"], payloadKind: .subItem, payloadText: ["төртінші тармақша."]),
    FragmentCase(
        name: "insert a sub-item into an item, «» quotes", lines: ["117-тармақ мынадай мазмұндағы 6) тармақшамен толықтырылсын:", "«6) алтыншы;»;"],
        operation: .insert, targets: ["att_1__para_117__subpara_6"], payloadKind: .subItem, payloadText: ["алтыншы;"]),
    FragmentCase(
        name: "insert 3-1 and 3-2 (мынадай мазмұнда толықтырылсын)",
        lines: ["3-1 және 3-2 тармақтары мынадай мазмұнда толықтырылсын:", "«3-1. Бірінші жаңа тармақ.", "3-2. Екінші жаңа тармақ.»;"],
        operation: .insert, targets: ["att_1__para_3-1", "att_1__para_3-2"], payloadKind: .item,
        payloadText: ["Бірінші жаңа тармақ.", "Екінші жаңа тармақ."]),
    FragmentCase(
        name: "insert several items, 50-1, 50-2-тармақтармен",
        lines: ["мынадай мазмұндағы 50-1, 50-2-тармақтармен толықтырылсын:", "\"50-1. Бір.", "50-2. Екі.\";"],
        operation: .insert, targets: ["att_1__para_50-1", "att_1__para_50-2"], payloadKind: .item, payloadText: ["Бір.", "Екі."]),
    FragmentCase(
        name: "insert several items, 50-1 және 50-2-тармақтармен, a block each",
        lines: ["мынадай мазмұндағы 50-1 және 50-2-тармақтармен толықтырылсын:", "\"50-1. Бір.\";", "\"50-2. Екі.\";"],
        operation: .insert, targets: ["att_1__para_50-1", "att_1__para_50-2"], payloadKind: .item, payloadText: ["Бір.", "Екі."]),
    FragmentCase(
        name: "insert an abzac into an item (ordinal, -пен)",
        lines: ["5-тармақ мынадай мазмұндағы екінші абзацпен толықтырылсын:", "\"жаңа екінші абзац.\";"],
        operation: .insert, targets: ["att_1__para_5__abz_2"], payloadKind: .abzac, payloadText: ["жаңа екінші абзац."]),
    FragmentCase(
        name: "insert a sub-item located by an abzac of its item",
        lines: ["20-тармақтың екінші абзацы мынадай мазмұндағы 3) тармақшамен толықтырылсын:", "\"3) үшінші;\";"],
        operation: .insert, targets: ["att_1__para_20__subpara_3"], payloadKind: .subItem, payloadText: ["үшінші;"]),
    FragmentCase(
        name: "insert a compound-numbered sub-item", lines: ["21-тармақ мынадай мазмұндағы 4-1) тармақшамен толықтырылсын:", "«4-1) төрт бір;»;"],
        operation: .insert, targets: ["att_1__para_21__subpara_4-1"], payloadKind: .subItem, payloadText: ["төрт бір;"]),
    // MARK: insert rows
    FragmentCase(
        name: "insert rows into an annex named inline",
        lines: ["2-қосымша мынадай 1504-8 жолдармен толықтырылсын:", "«", "1504-8 ПТР әдісімен анықтау", "»."],
        operation: .insertRows, targets: ["att_1__att_2__row_1504-8"], payloadKind: .row, payloadText: ["ПТР әдісімен анықтау"]),
    FragmentCase(
        name: "insert two rows",
        lines: ["2-қосымша мынадай 1504-8 және 1504-9 жолдармен толықтырылсын:", "«", "1504-8 Бірінші зерттеу", "1504-9 Екінші зерттеу", "»."],
        operation: .insertRows, targets: ["att_1__att_2__row_1504-8", "att_1__att_2__row_1504-9"], payloadKind: .row,
        payloadText: ["Бірінші зерттеу", "Екінші зерттеу"]),
    // MARK: delete
    FragmentCase(name: "delete an item", lines: ["5-тармақ алып тасталсын;"], operation: .delete, targets: ["att_1__para_5"]),
    FragmentCase(
        name: "delete a sub-item of an item", lines: ["7-тармақтың 2) тармақшасы алып тасталсын;"], operation: .delete,
        targets: ["att_1__para_7__subpara_2"]),
    FragmentCase(
        name: "delete several items", lines: ["12 және 13-тармақтар алып тасталсын;"], operation: .delete,
        targets: ["att_1__para_12", "att_1__para_13"]),
    FragmentCase(
        name: "delete an abzac by ordinal", lines: ["34-тармақтың үшінші абзацы алып тасталсын."], operation: .delete,
        targets: ["att_1__para_34__abz_3"]),
    FragmentCase(
        name: "delete a part by ordinal", lines: ["39-тармақтың оныншы бөлігі алып тасталсын;"], operation: .delete,
        targets: ["att_1__para_39__abz_10"]),
    FragmentCase(
        name: "delete a row of an annex", lines: ["2-қосымшаның 1504-8-жолы алып тасталсын;"], operation: .delete,
        targets: ["att_1__att_2__row_1504-8"]),
    // MARK: repeal
    FragmentCase(
        name: "repeal an item", lines: ["5-тармақтың күші жойылды деп танылсын;"], operation: .repeal, targets: ["att_1__para_5"]),
    FragmentCase(
        name: "repeal an item of the order itself", lines: ["3-тармағының күші жойылды деп танылсын;"], scope: false, operation: .repeal,
        targets: ["para_3"]),
    FragmentCase(
        name: "repeal the whole order", lines: ["көрсетілген бұйрықтың күші жойылды деп танылсын."], scope: false, operation: .repeal,
        targets: [""]),
    // MARK: replace words
    FragmentCase(
        name: "replace words in an item, straight quotes",
        lines: ["12-тармақта \"медициналық\" деген сөз \"медициналық-санитариялық\" деген сөзбен ауыстырылсын;"],
        operation: .replaceWords, targets: ["att_1__para_12"], words: words("медициналық", "медициналық-санитариялық")),
    FragmentCase(
        name: "replace words in a sub-item, «» quotes",
        lines: ["15-тармақтың 2) тармақшасында «бірінші» деген сөздер «екінші» деген сөздермен ауыстырылсын;"],
        operation: .replaceWords, targets: ["att_1__para_15__subpara_2"], words: words("бірінші", "екінші")),
    FragmentCase(
        name: "replace words in an abzac",
        lines: ["20-тармақтың екінші абзацында «Қор» деген сөз «әлеуметтік медициналық сақтандыру қоры» деген сөздермен ауыстырылсын;"],
        operation: .replaceWords, targets: ["att_1__para_20__abz_2"], words: words("Қор", "әлеуметтік медициналық сақтандыру қоры")),
    FragmentCase(
        name: "replace words in several items",
        lines: ["10 және 11-тармақтарда «а» деген сөз «б» деген сөзбен ауыстырылсын;"],
        operation: .replaceWords, targets: ["att_1__para_10", "att_1__para_11"], words: words("а", "б")),
    FragmentCase(
        name: "replace words throughout the Rules (бүкіл мәтін бойынша)",
        lines: ["бүкіл мәтін бойынша «ТМККК» деген сөздер «тегін медициналық көмектің кепілдік берілген көлемі» деген сөздермен ауыстырылсын;"],
        operation: .replaceWords, targets: ["att_1"], words: words("ТМККК", "тегін медициналық көмектің кепілдік берілген көлемі", global: true)),
    FragmentCase(
        name: "replace words throughout the order itself",
        lines: ["бүкіл мәтін бойынша \"министрлік\" деген сөз \"министрлігі\" деген сөзбен ауыстырылсын;"],
        scope: false, operation: .replaceWords, targets: [""], words: words("министрлік", "министрлігі", global: true)),
    FragmentCase(
        name: "replace words inside a container scope",
        lines: ["34-тармақта:", "«бір» деген сөз «екі» деген сөзбен ауыстырылсын;"],
        operation: .replaceWords, targets: ["att_1__para_34"], words: words("бір", "екі")),
    FragmentCase(
        name: "delete words in an item (not a unit deletion)",
        lines: ["8-тармақта «көмек» деген сөз алып тасталсын;"],
        operation: .deleteWords, targets: ["att_1__para_8"], words: words("көмек", "")),
    FragmentCase(
        name: "delete words, the sentence opening with the quote",
        lines: ["34-тармақта:", "\"және\" деген сөз алып тасталсын;"],
        operation: .deleteWords, targets: ["att_1__para_34"], words: words("және", "")),
    // MARK: insert words
    FragmentCase(
        name: "insert words after (деген сөздерден кейін)",
        lines: ["8-тармақта «көмек» деген сөзден кейін «және күтім» деген сөздермен толықтырылсын;"],
        operation: .insertWords, targets: ["att_1__para_8"], words: words("көмек", "және күтім", .after)),
    FragmentCase(
        name: "insert words before (деген сөздердің алдынан)",
        lines: ["9-тармақта «медициналық көмек» деген сөздердің алдынан «шұғыл» деген сөзбен толықтырылсын;"],
        operation: .insertWords, targets: ["att_1__para_9"], words: words("медициналық көмек", "шұғыл", .before)),
    FragmentCase(
        name: "insert words after, straight quotes, in a sub-item",
        lines: ["10-тармақтың 3) тармақшасында \"Қор\" деген сөздерден кейін \"(бұдан әрі – Қор)\" деген сөздермен толықтырылсын;"],
        operation: .insertWords, targets: ["att_1__para_10__subpara_3"], words: words("Қор", "(бұдан әрі – Қор)", .after)),
]

@Test("Instruction fragments", arguments: fragmentCases)
func amendmentFragment(_ c: FragmentCase) throws {
    let (_, reading) = AmendmentFixtures.read(c.lines, scope: c.scope)
    #expect(reading.unparsed.isEmpty, "\(reading.unparsed.map { "\($0.text): \($0.reason)" })")
    #expect(reading.errors.isEmpty, "\(reading.errors)")
    #expect(reading.targets == c.targets)
    #expect(reading.patches.map(\.operation) == Array(repeating: c.operation, count: c.targets.count))
    for (offset, patch) in reading.patches.enumerated() {
        #expect(patch.payload?.kind == c.payloadKind, "\(patch.target)")
        if let kind = c.payloadKind, kind != .preamble, kind != .abzac {
            #expect(patch.payload?.number == patch.target.last?.number, "payload number of \(patch.target)")
        }
        if offset < c.payloadText.count {
            let text = patch.payload?.text ?? ""
            #expect(text.hasPrefix(c.payloadText[offset]), "\(patch.target): '\(text.prefix(60))'")
        }
        #expect(patch.words == c.words, "\(patch.target)")
        #expect(patch.effective == EffectiveDate(AmendmentFixtures.date("2025-03-12"), estimated: false))
        #expect(patch.span.start.line >= 3)
    }
}

@Test func amendmentFragmentCount() {
    #expect(fragmentCases.count >= 40)
    let operations = Set(fragmentCases.map(\.operation))
    // Annex forms, suspensions and no-ops have their own tests (AmendmentGrammarTests).
    #expect(operations == Set(PatchOperation.allCases).subtracting([.replaceFromAnnex, .insertFromAnnex, .suspend, .noOp]))
}
