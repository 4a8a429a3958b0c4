import Foundation
import NusqaExport
import NusqaKit
import Testing

/// `nusqa export akn` on the bundled corpus, read back and checked against the timeline.
@Suite struct AKNExportTests {
    let corpus = Repo.corpus

    /// Exports the AKN of ҚР ДСМ-290/2020 into a fresh folder.
    func exportDSM290() throws -> (TempFolder, String) {
        let folder = try TempFolder()
        let out = folder.sub("akn")
        let result = nusqa(["export", "akn", "V2000021844", "--out", out, "--corpus", corpus])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("export akn: 1/1 acts"))
        return (folder, (out as NSString).appendingPathComponent("V2000021844"))
    }

    @Test func oneDocumentPerEdition() throws {
        let (folder, act) = try exportDSM290()
        defer { folder.remove() }
        #expect(TempFolder.files(under: act) == [
            "2025-11-11.akn.xml", "2026-01-01.akn.xml", "2027-01-01.akn.xml", "original.akn.xml",
        ])
    }

    /// The 2026-01-01 edition: eIds, events and modifications match the timeline.
    @Test func readBackMatchesTheTimeline() throws {
        let (folder, act) = try exportDSM290()
        defer { folder.remove() }
        let loaded = try Corpus.load(from: corpus)
        let consolidation = Consolidation(corpus: loaded)
        let entry = try #require(loaded.entry(named: "V2000021844"))
        let timeline = consolidation.timeline(for: entry)
        let date = try #require(CivilDate(iso: "2026-01-01"))
        let editionIndex = try #require(timeline.editions.firstIndex { $0.date == date })
        let edition = timeline.editions[editionIndex]

        let doc = AKNReader(path: (act as NSString).appendingPathComponent("2026-01-01.akn.xml"))
        #expect(doc.parsed, "\(doc.error ?? "")")
        #expect(doc.all("FRBRuri").map { $0.attributes["value"] ?? "" }.contains("/akn/kz/act/order/2020-12-20/dsm-290-2020/kaz@2026-01-01"))

        // Every unit of the edition is there under its eId (abz → al, row → tr).
        var expected = Set<String>()
        edition.body.forEachDescendant { _, id in expected.insert(AKNNaming.eId(id)) }
        let missing = expected.subtracting(doc.eIds)
        #expect(missing.isEmpty, "missing eIds: \(missing.sorted().prefix(10))")
        #expect(expected.count > 100)

        // One eventRef per amending act and date, plus the generation.
        let events = doc.all("eventRef").map { ($0.attributes["date"] ?? "", $0.attributes["type"] ?? "") }
        let changeDates = Set(timeline.changes.compactMap { $0.effective?.date.description })
        #expect(Set(events.filter { $0.1 == "amendment" }.map(\.0)) == changeDates)
        #expect(events.filter { $0.1 == "generation" }.map(\.0) == ["2020-12-20"])

        // One textualMod per applied change, in timeline order, dated by its period.
        let applied = timeline.editions.dropFirst().flatMap(\.changes)
        let mods = doc.textualMods
        #expect(mods.count == applied.count)
        for (mod, change) in zip(mods, applied) {
            let eId = AKNNaming.eId(change.target)
            #expect(mod.destination.hasSuffix(eId), "\(mod.destination) vs \(eId)")
            #expect(doc.startDate(ofPeriod: mod.period) == change.effective?.date.description)
            #expect(mod.source.hasPrefix("/akn/kz/act/order/2025-10-30/127/kaz@/!main~para_1__mod_"))
            if let effective = change.effective, effective.date <= date { #expect(mod.destination == "#" + eId) }
        }
    }

    /// ҚР ДСМ-290/2020 as of 2026-01-01: 2.11) in force from that day, 26-1 not before 2027-01-01, gaps as omissis.
    @Test func dsm290AsOf2026() throws {
        let (folder, act) = try exportDSM290()
        defer { folder.remove() }
        let doc = AKNReader(path: (act as NSString).appendingPathComponent("2026-01-01.akn.xml"))
        let subItem = try #require(doc.element(eId: "att_1__para_2__subpara_11"))
        #expect(subItem.name == "subparagraph")
        #expect(doc.startDate(ofPeriod: subItem.attributes["period"]) == "2026-01-01")
        let mod = try #require(doc.textualMods.first { $0.destination == "#att_1__para_2__subpara_11" })
        #expect(mod.type == "substitution")
        #expect(doc.startDate(ofPeriod: mod.period) == "2026-01-01")

        #expect(doc.element(eId: "att_1__para_26-1") == nil)
        let coming = try #require(doc.textualMods.first { $0.destination.hasSuffix("~att_1__para_26-1") })
        #expect(coming.type == "insertion")
        #expect(coming.destination.contains("kaz@2027-01-01"))
        #expect(doc.startDate(ofPeriod: coming.period) == "2027-01-01")
        let later = AKNReader(path: (act as NSString).appendingPathComponent("2027-01-01.akn.xml"))
        let inserted = try #require(later.element(eId: "att_1__para_26-1"))
        #expect(later.startDate(ofPeriod: inserted.attributes["period"]) == "2027-01-01")

        // Items 3 and 1 are not in the corpus: absent, with gap containers holding <omissis> in their place.
        #expect(doc.element(eId: "att_1__para_3") == nil)
        let gaps = doc.all("hcontainer").filter { $0.attributes["name"] == "gap" }
        #expect(gaps.count >= 3)
        #expect(gaps.allSatisfy { $0.attributes["status"] == "incomplete" })
        #expect(doc.all("omissis").count >= gaps.count)
        #expect(doc.all("omissis").allSatisfy { $0.ancestors.last == "p" })
    }

    /// The amending order № 127: item 1 as <mod>s with <quotedStructure>, one active textualMod per patch.
    @Test func amendingOrderHasModsAndQuotedStructures() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let out = folder.sub("akn")
        let result = nusqa(["export", "akn", "127", "--out", out, "--corpus", corpus])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let doc = AKNReader(path: out + "/V2500037290/original.akn.xml")
        #expect(doc.parsed)
        let loaded = try Corpus.load(from: corpus)
        let entry = try #require(loaded.entry(named: "V2500037290"))
        let reading = try #require(loaded.amendments(of: entry))
        #expect(doc.textualMods.count == reading.patches.filter { ![.noOp, .suspend].contains($0.operation) }.count)
        #expect(doc.textualMods.count >= 20)
        let quoted = doc.all("quotedStructure")
        #expect(quoted.count == reading.patches.filter { $0.payload != nil }.count)
        #expect(quoted.allSatisfy { $0.ancestors.suffix(2) == ["p", "mod"] })
        let sub11 = doc.elements.first { $0.attributes["wId"] == "att_1__para_2__subpara_11" }
        #expect(sub11?.attributes["eId"] == "para_1__mod_1__qstr_1__para_2__subpara_11")
        #expect(doc.all("mod").count >= 20)
    }

    @Test func unknownActAndUsageErrors() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let missing = nusqa(["export", "akn", "nope", "--out", folder.sub("x"), "--corpus", corpus])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("[act-not-found]"))
        #expect(!FileManager.default.fileExists(atPath: folder.sub("x")))
        expectUsageError(nusqa(["export", "akn", "--out", folder.sub("x")]))
        expectUsageError(nusqa(["export", "akn", "V2000021844", "--all", "--out", folder.sub("x")]))
        expectUsageError(nusqa(["export", "site"]))
        expectUsageError(nusqa(["export", "pdf", "--out", folder.sub("x")]))
    }
}
