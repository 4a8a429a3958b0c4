import Foundation
import Testing

/// Publisher's notes of a consolidated base text (`Fixtures/notes-corpus`: the synthetic base order with
/// three made-up notes, and the synthetic amending order № 20): kept out of the legal text, shown as
/// structured history in JSON, and compared with the computed timeline by `check`.
@Suite struct CLIEditorialNoteTests {
    static let corpus = Repo.root.appendingPathComponent("Tests/NusqaCLITests/Fixtures/notes-corpus").path
    static let madeUp = "2-тармақ жаңа редакцияда"

    @Test func checkReportsTheNotesThatDisagreeWithTheTimeline() {
        let result = nusqa("check", "--corpus", Self.corpus)
        #expect(result.status == 0, "disagreements are warnings")
        let lines = result.stdout.split(separator: "\n").map(String.init).filter { $0.contains("editorial-note") }
        #expect(lines.count == 2)
        // Item 2: order № 20 never touches it.
        #expect(lines.contains { $0.contains("V2500035500.txt:31:7: warning:") && $0.contains("att_1__para_2") && $0.hasSuffix("[editorial-note-disagrees]") })
        // Item 3: changed by № 20, but from 2025-03-21, not the note's 2025-04-01.
        #expect(lines.contains { $0.contains("V2500035500.txt:42:7: warning:") && $0.contains("2025-04-01") && $0.contains("2025-03-21") && $0.hasSuffix("[editorial-note-date-disagrees]") })
        // The note on item 1 agrees: nothing about it.
        #expect(!lines.contains { $0.contains("att_1__para_1 ") || $0.contains("(att_1__para_1)") })
    }

    @Test(arguments: ["text", "md", "html"])
    func notesStayOutOfTheLegalText(format: String) {
        let result = nusqa("show", "V2500035500", "--corpus", Self.corpus, "--as-of", "2025-12-01", "--format", format)
        #expect(result.status == 0)
        #expect(!result.stdout.contains(Self.madeUp))
        #expect(!result.stdout.contains("01.04.2025"))
        #expect(result.stdout.contains("Пациентті тіркеу мынадай құжаттар негізінде жүргізіледі"))
    }

    @Test func jsonShowsTheNotesAsStructuredHistory() throws {
        let result = nusqa("parse", Repo.root.appendingPathComponent("Tests/NusqaCLITests/Fixtures/notes-corpus/acts/V2500035500.txt").path, "--format", "json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        var notes: [[String: Any]] = []
        func walk(_ clauses: [[String: Any]]) {
            for clause in clauses {
                if clause["kind"] as? String == "editorialNote" { notes.append(clause) }
                walk(clause["children"] as? [[String: Any]] ?? [])
            }
        }
        walk(root["clauses"] as? [[String: Any]] ?? [])
        #expect(notes.map { $0["id"] as? String } == ["att_1__para_1__note_1", "att_1__para_2__note_1", "att_1__para_5__note_1"])
        let history = try #require((notes[1]["history"] as? [[String: Any]])?.first)
        #expect(history["unit"] as? String == "att_1__para_2")
        #expect(history["action"] as? String == "restated")
        let act = try #require((history["acts"] as? [[String: Any]])?.first)
        #expect(act["number"] as? String == "20")
        #expect(act["date"] as? String == "2025-03-03")
        #expect(act["type"] as? String == "order")
        #expect(act["effective"] as? String == "2025-03-21")
        #expect(act["issuer"] as? String == "ҚР Денсаулық сақтау министрінің")
    }
}

/// Seed 001's new item 5 of the Rules: the displaced "74-бабының" read back into place by the citation
/// chains, in every format `show` writes.
@Suite struct CLISeed001Item5Tests {
    @Test(arguments: ["text", "md", "html", "json"])
    func item5ReadsInOrder(format: String) {
        let result = nusqa("show", "ҚР ДСМ-290/2020", "--as-of", "2026-01-01", "--format", format)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Заңының 26-бабы 2-тармағының және Қазақстан Республикасы Бюджет кодексінің 74-бабының негізінде"))
        #expect(!result.stdout.contains("2-тармағының 74- негізінде"))
        #expect(!result.stdout.contains("деректер бабының"))
    }
}

/// Displaced hyperlink text no placement decides (`Fixtures/uncertain-corpus`): the words stay as they
/// were, with the visible marker ⟦?⟧ after them, in every format; JSON also names it in `uncertain`.
@Suite struct CLIUncertainTextTests {
    static let corpus = Repo.root.appendingPathComponent("Tests/NusqaCLITests/Fixtures/uncertain-corpus").path

    @Test(arguments: ["text", "md", "html", "json"])
    func markerStandsWhereTheDisplacedWordsAre(format: String) {
        let result = nusqa("show", "test-uncertain", "--corpus", Self.corpus, "--as-of", "2025-06-01", "--format", format)
        #expect(result.status == 0)
        #expect(result.stdout.contains("кодексінің 5- ⟦?⟧ бабы негізінде қалыптастырылады ⟦?⟧."))
    }

    @Test func jsonNamesTheUncertainPlaces() throws {
        let result = nusqa("show", "test-uncertain", "--corpus", Self.corpus, "--as-of", "2025-06-01", "--format", "json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let item2 = try #require((root["clauses"] as? [[String: Any]])?.first { $0["id"] as? String == "para_2" })
        let uncertain = try #require(item2["uncertain"] as? [[String: Any]])
        #expect(uncertain.count == 2)
        #expect(uncertain.allSatisfy { $0["code"] as? String == "ambiguous-displacement" && $0["marker"] as? String == "⟦?⟧" })
    }

    @Test func checkStillWarns() {
        let result = nusqa("check", "--corpus", Self.corpus)
        #expect(result.stdout.components(separatedBy: "[ambiguous-displacement]").count - 1 == 2)
    }
}
