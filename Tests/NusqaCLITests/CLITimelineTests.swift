import Foundation
import Testing

@testable import NusqaCLI

/// `show`, `versions`, `history`, `diff`, `instructions` and `check` on the bundled corpus.
@Suite struct CLITimelineTests {
    let corpus = Repo.root.appendingPathComponent("Corpus").path

    func run(_ arguments: String...) -> CLIResult { nusqa(arguments + ["--corpus", corpus]) }

    @Test func showListsComingChangesAndNotesAndGaps() {
        let result = run("show", "V2000021844", "--as-of", "2026-06-01")
        #expect(result.status == 0)
        // The coming change names the Rules, not the order's own item 26-1, as adilet words an insertion.
        #expect(result.stdout.contains("01.01.2027 бастап / from 2027-01-01 — № 127, 30.10.2025 (V2500037290): Қағидалар 26-1-тармақпен толықтырылды"))
        #expect(result.stdout.contains("Ескерту. 2-тармақ жаңа редакцияда – ҚР Денсаулық сақтау министрінің 30.10.2025 № 127 бұйрығымен (11.11.2025 бастап қолданысқа енгізіледі, күні болжамды / estimated)."))
        #expect(result.stdout.contains("[… 6–17-тармақтар корпуста жоқ / items 6–17 not in corpus …]"))
        #expect(!result.stdout.contains("26-1. ТМККК"))
    }

    @Test func showByOrderNumberAndInMarkdownAndHTML() {
        let md = run("show", "ҚР ДСМ-290/2020", "--as-of", "2027-01-01", "--format", "md")
        #expect(md.status == 0)
        #expect(md.stdout.hasPrefix("# № ҚР ДСМ-290/2020"))
        #expect(md.stdout.contains("**26-1.** ТМККК шеңберінде"))
        let html = run("show", "V2000021844", "--as-of", "2027-01-01", "--format", "html")
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(html.stdout.contains("id=\"att_1__para_26-1\""))
        #expect(html.stdout.contains("<style>"))
        #expect(!html.stdout.contains("<script"))
    }

    @Test func showNDJSONHasOneClausePerLine() throws {
        let result = run("show", "V2200027833", "--as-of", "2025-03-01", "--format", "ndjson")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count > 5)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["id"] is String || object?["kind"] as? String == "gap")
            #expect(object?["children"] == nil)
        }
    }

    @Test func versionsListsTheEditions() {
        let result = run("versions", "V2000021844")
        #expect(result.status == 0)
        let dates = result.stdout.split(separator: "\n").filter { $0.first?.isNumber == true }.map { String($0) }
        #expect(dates == ["2025-11-11 (күні болжамды / estimated)", "2026-01-01", "2027-01-01"])
        #expect(result.stdout.contains("№ 127, 30.10.2025 (V2500037290): Қағидалардың 2-тармағы жаңа редакцияда"))
        #expect(!result.stdout.contains("replace"))
    }

    @Test func historyAcceptsAKazakhReference() {
        let result = run("history", "V2000021844", "2-тармақтың 11) тармақшасы")
        #expect(result.status == 0)
        #expect(result.stdout.contains("att_1__para_2__subpara_11"))
        #expect(result.stdout.contains("01.01.2026 бастап / from 2026-01-01"))
        #expect(result.stdout.contains("Қағидалардың 2-тармағының 11) тармақшасы қолданысқа енгізілді / came into force – № 127, 30.10.2025 (V2500037290)"))
        let annex = run("history", "V2000021471", "att_2")
        #expect(annex.stdout.contains("dsm-65-2021-07-27"))
    }

    @Test func diffExitCodeFollowsGit() {
        let changed = run("diff", "V2000021844", "--from", "2025-12-31", "--to", "2026-01-01", "--exit-code")
        #expect(changed.status == 1)
        #expect(changed.stdout.contains("{+медициналық-әлеуметтік көмек"))
        let same = run("diff", "V2000021844", "--from", "2026-01-02", "--to", "2026-06-01", "--exit-code")
        #expect(same.status == 0)
        #expect(same.stdout.contains("no differences"))
        #expect(run("diff", "V2000021844", "--from", "2025-12-31").status == 64)
    }

    @Test func diffOfTwoFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nusqa-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let a = directory.appendingPathComponent("a.txt")
        let b = directory.appendingPathComponent("b.txt")
        let head = "      БҰЙЫРАМЫН:\n"
        try (head + "      1. Қор он күн ішінде жібереді.\n      2. Екінші тармақ.\n").write(to: a, atomically: true, encoding: .utf8)
        try (head + "      1. Қор жеті күн ішінде жібереді.\n      2. Екінші тармақ.\n").write(to: b, atomically: true, encoding: .utf8)
        let result = nusqa("diff", a.path, b.path, "--color", "never")
        #expect(result.status == 0)
        #expect(result.stdout.contains("~ 1-тармақ (para_1) — өзгертілді / changed"))
        #expect(result.stdout.contains("Қор [-он-]{+жеті+} күн"))
    }

    @Test func instructionsStrictDatesFailsOnEstimates() {
        let lax = run("instructions", "V2500037290")
        #expect(lax.status == 0)
        #expect(lax.stdout.contains("INSTRUCTIONS: 24 sentences, 29 patches, 0 unparsed"))
        let strict = run("instructions", "V2500037290", "--strict-dates")
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("[estimated-date]"))
    }

    @Test func checkPassesAndStrictFailsOnEstimatedDates() {
        let result = run("check")
        #expect(result.status == 0)
        #expect(result.stdout.contains("8 acts, 38 patches, 0 errors"))
        #expect(run("check", "--strict").status == 1)
    }

    @Test func unknownActIsARuntimeError() {
        let result = run("show", "V0000000000")
        #expect(result.status == 1)
        #expect(result.stderr.contains("[act-not-found]"))
    }
}
