import Foundation
import NusqaKit
import Testing
@testable import NusqaCore
@testable import NusqaCorpus
@testable import NusqaParse
@testable import NusqaTimeline

/// A Russian amending order applied to a Russian base order through the timeline (`Fixtures/russian/corpus`):
/// order № 20 (in force 2025-03-21) changes words in item 1, sets out sub-item 3) of item 2 anew, inserts
/// items 3-1 and 3-2, sets out the first abzac of item 4 anew, deletes item 5 and inserts words in item 6.
@Suite struct RussianTimelineTests {
    static let consolidation: Consolidation = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/russian/corpus")
        return Consolidation(corpus: (try? Corpus.load(from: folder.path)) ?? Corpus(entries: []))
    }()

    func node(_ id: String, _ day: String) throws -> Clause? {
        let entry = try #require(Self.consolidation.corpus.entry(named: "V2500045500"))
        let edition = Self.consolidation.timeline(for: entry).edition(asOf: CivilDate(iso: day)!)
        return ClauseID(id).flatMap { PatchApplier.node(at: $0, in: edition.body) }
    }

    @Test func theOrderIsReadAndAimedAtTheBaseOrder() throws {
        let reading = try #require(Self.consolidation.readings["V2500045700"])
        #expect(reading.targetID == "V2500045500")
        #expect(reading.unparsed.isEmpty)
        #expect(reading.patches.map { "\($0.operation.rawValue) \($0.target)" } == [
            "replace-words att_1__para_1", "replace att_1__para_2__subpara_3", "insert att_1__para_3-1", "insert att_1__para_3-2",
            "replace att_1__para_4__abz_1", "delete att_1__para_5", "insert-words att_1__para_6",
        ])
        #expect(reading.patches.allSatisfy { $0.effective?.date == CivilDate(iso: "2025-03-21") })
    }

    @Test func theEditionBeforeKeepsTheOriginalText() throws {
        #expect(try node("att_1__para_1", "2025-03-20")?.text.contains("порядок регистрации пациентов") == true)
        #expect(try node("att_1__para_3-1", "2025-03-20") == nil)
        #expect(try node("att_1__para_5", "2025-03-20")?.status == .inForce)
    }

    @Test func theEditionAfterHasEveryChange() throws {
        let day = "2025-03-21"
        #expect(try node("att_1__para_1", day)?.text.contains("порядок регистрации и учета пациентов") == true)
        #expect(try node("att_1__para_2__subpara_3", day)?.text == "место регистрации – регистратура или приемное отделение медицинской организации.")
        #expect(try node("att_1__para_3-1", day)?.text == "Регистрация несовершеннолетнего пациента проводится в присутствии его законного представителя.")
        #expect(try node("att_1__para_3-2", day)?.text == "Регистрация проводится бесплатно.")
        #expect(try node("att_1__para_4", day)?.text.hasPrefix("Регистрация проводится в день обращения пациента, а при обращении во внерабочее время") == true)
        #expect(try node("att_1__para_4__abz_2", day)?.text == "При плановой медицинской помощи регистрация проводится по предварительной записи.")
        #expect(try node("att_1__para_5", day)?.status == .deleted)
        #expect(try node("att_1__para_6", day)?.text == "Регистрацию проводит работник места регистрации или иной уполномоченный работник в течение трех рабочих дней.")
    }
}
