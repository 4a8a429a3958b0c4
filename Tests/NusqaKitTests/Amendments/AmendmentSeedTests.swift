import Foundation
import NusqaKit
import Testing
@testable import NusqaAmend
@testable import NusqaCore

/// The "Done when" seed results of issue 3.
@Suite("Amendment seeds")
struct AmendmentSeedTests {
    @Test("000 → replace item 1 of the Rules; replace the Rules' annex by the order's annex")
    func seed000() throws {
        let (entry, reading) = try AmendmentFixtures.reading("V2500037327")
        #expect(reading.targetID == "V2000021471")
        #expect(reading.unparsed.isEmpty)
        #expect(reading.patches.map(\.operation) == [.replace, .replaceFromAnnex])
        #expect(reading.targets == ["att_1__para_1", "att_1__att_1"])
        let annex = try #require(reading.patches.last?.payload)
        let orderAnnex = try #require(entry.act?.body.children.first { $0.kind == .annex })
        #expect(annex.kind == .annex)
        #expect(annex.children == orderAnnex.children)
        #expect(!annex.children.isEmpty)
        #expect(reading.patches.first?.payload?.kind == .item)
        #expect(reading.patches.first?.payload?.number == UnitNumber(1))
    }

    @Test("001 → 24 sentences, 29 patches, 0 unparsed, the listed targets")
    func seed001() throws {
        let (_, reading) = try AmendmentFixtures.reading("V2500037290")
        #expect(reading.targetID == "V2000021844")
        #expect(reading.instructionCount == 24)
        #expect(reading.patches.count == 29)
        #expect(reading.unparsed.isEmpty, "\(reading.unparsed.map(\.reason))")
        #expect(reading.errors.isEmpty, "\(reading.errors)")
        let expected: [(String, PatchOperation)] = [
            ("att_1__para_2", .replace), ("att_1__para_20__abz_1", .replace), ("att_1__para_21__subpara_4", .insert),
            ("att_1__para_34__abz_13", .replace), ("att_1__para_34__abz_17", .replace), ("att_1__para_39__abz_9", .replace),
            ("att_1__para_99__subpara_1", .replace), ("att_1__para_105__subpara_1", .replace),
            ("att_1__para_104__subpara_3", .insert), ("att_1__para_117__subpara_6", .insert),
            ("att_1__para_26-1", .insert), ("att_1__para_50-1", .insert), ("att_1__para_50-2", .insert),
            ("att_1__para_18", .replace), ("att_1__para_19", .replace), ("att_1__para_24", .replace), ("att_1__para_25", .replace),
            ("att_1__para_31", .replace), ("att_1__para_32", .replace), ("att_1__para_40", .replace), ("att_1__para_41", .replace),
        ]
        for (target, operation) in expected {
            let patch = reading.patch(target)
            #expect(patch?.operation == operation, "\(target)")
            #expect(patch?.payload != nil, "\(target) has a payload")
        }
        // Expanded pairs come out in order, one payload each, with the right numbers.
        for pair in [("18", "19"), ("24", "25"), ("31", "32"), ("40", "41"), ("50-1", "50-2")] {
            let first = try #require(reading.targets.firstIndex(of: "att_1__para_\(pair.0)"))
            #expect(reading.targets[first + 1] == "att_1__para_\(pair.1)")
            #expect(reading.patches[first].payload?.number?.description == pair.0)
            #expect(reading.patches[first + 1].payload?.number?.description == pair.1)
        }
        #expect(reading.patches.map(\.sequence) == Array(1...29))
    }

    @Test("001 dates: 26-1 on 2027-01-01, item 2's sub-item 11) deferred to 2026-01-01, the rest D+11 estimated")
    func seed001Dates() throws {
        let (_, reading) = try AmendmentFixtures.reading("V2500037290")
        let general = EffectiveDate(AmendmentFixtures.date("2025-11-11"), estimated: true)
        let inserted = try #require(reading.patch("att_1__para_26-1"))
        #expect(inserted.effective == EffectiveDate(AmendmentFixtures.date("2027-01-01"), estimated: false))
        #expect(inserted.effective?.isEstimated == false)
        #expect(inserted.abzacs == 94...95)
        let item2 = try #require(reading.patch("att_1__para_2"))
        #expect(item2.operation == .replace)
        #expect(item2.effective == general)
        #expect(item2.effective?.isEstimated == true)
        #expect(item2.deferred.map(\.target.description) == ["att_1__para_2__subpara_11"])
        #expect(item2.deferred.first?.effective == EffectiveDate(AmendmentFixtures.date("2026-01-01"), estimated: false))
        #expect(item2.abzacs.contains(18))
        let subItems = try #require(item2.payload).children.filter { $0.kind == .subItem }.compactMap(\.number)
        #expect(subItems == (1...24).map { UnitNumber($0) })
        for patch in reading.patches where patch.target.description != "att_1__para_26-1" {
            #expect(patch.effective == general, "\(patch.target)")
            if patch.target.description != "att_1__para_2" { #expect(patch.deferred.isEmpty, "\(patch.target)") }
        }
        #expect(!reading.diagnostics.contains { $0.code == "exception-abzac-missing" || $0.code == "exception-not-mapped" })
    }

    @Test("002 → preamble, items 1 and 2, insert 3-1 and 3-2, insert row 1504-8; payloads bound despite defects")
    func seed002() throws {
        let (_, reading) = try AmendmentFixtures.reading("V2500035673")
        #expect(reading.targetID == "V2200027833")
        #expect(reading.unparsed.isEmpty, "\(reading.unparsed.map(\.reason))")
        #expect(reading.targets == ["preamble", "att_1__para_1", "att_1__para_2", "att_1__para_3-1", "att_1__para_3-2", "att_1__att_2__row_1504-8"])
        #expect(reading.patches.map(\.operation) == [.replace, .replace, .replace, .insert, .insert, .insertRows])
        #expect(reading.patch("preamble")?.payload?.text.hasPrefix("Қазақстан Республикасы Үкіметінің 2017 жылғы 17 ақпандағы") == true)
        let item1 = try #require(reading.patch("att_1__para_1")?.payload)
        #expect(item1.number == UnitNumber(1))
        #expect(item1.text.hasPrefix("Осы Амбулаториялық"), "\(item1.text.prefix(40))")
        let item2 = try #require(reading.patch("att_1__para_2")?.payload)
        #expect(item2.text.hasPrefix("Осы Қағидаларда пайдаланылатын негізгі ұғымдар"), "\(item2.text.prefix(40))")
        let item31 = try #require(reading.patch("att_1__para_3-1")?.payload)
        #expect(item31.text.hasPrefix("Амбулаториялық жағдайларда зерттеудің аспаптық"), "\(item31.text.prefix(40))")
        let item32 = try #require(reading.patch("att_1__para_3-2")?.payload)
        #expect(item32.number?.description == "3-2")
        #expect(item32.text.hasPrefix("Амбулаториялық жағдайларда зерттеу нәтижелерін"), "\(item32.text.prefix(40))")
        let row = try #require(reading.patch("att_1__att_2__row_1504-8")?.payload)
        #expect(row.kind == .row)
        // Warnings for the missing "1." and for "3.2".
        #expect(reading.diagnostics.contains { $0.code == "payload-number-missing" && $0.severity == .warning })
        #expect(reading.diagnostics.contains { $0.severity == .warning && $0.message.contains("3.2") }, "\(reading.diagnostics.map(\.code))")
    }

    @Test("003 → one replace-from-annex patch of annex 2 carrying the order's three tables")
    func seed003() throws {
        let (_, reading) = try AmendmentFixtures.reading("dsm-65-2021-07-27")
        #expect(reading.targetID == "V2000021471")
        #expect(reading.unparsed.isEmpty)
        #expect(reading.patches.count == 1)
        let patch = try #require(reading.patches.first)
        #expect(patch.operation == .replaceFromAnnex)
        #expect(patch.target.description == "att_2")
        let payload = try #require(patch.payload)
        let tables = payload.children.filter { $0.kind == .table }
        #expect(tables.map { $0.children.filter { $0.kind == .row }.count } == [28, 1, 74])
    }

    @Test("004 → not an amending order: no patches, no error")
    func seed004() throws {
        let corpus = try #require(AmendmentFixtures.corpus)
        let entry = try #require(corpus.entry(named: "guide-tmkkk-mams"))
        #expect(corpus.amendments(of: entry) == nil || corpus.amendments(of: entry)?.patches.isEmpty == true)
        let (_, reading) = try AmendmentFixtures.reading("guide-tmkkk-mams")
        #expect(reading.patches.isEmpty)
        #expect(reading.unparsed.isEmpty)
        #expect(reading.errors.isEmpty, "\(reading.errors)")
    }
}
