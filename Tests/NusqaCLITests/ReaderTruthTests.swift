import Foundation
import Testing

@testable import NusqaCLI

/// Issue 11: what a reader sees is the truth, in every format. One test per "Why" bullet, and the
/// text rendering compared with the JSON of the same edition for every seed act and date.
@Suite struct ReaderTruthTests {
    let corpus = Repo.root.appendingPathComponent("Corpus").path

    func run(_ arguments: String...) -> CLIResult { nusqa(arguments + ["--corpus", corpus]) }

    func json(_ result: CLIResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// Every clause and gap object in document order.
    func walk(_ nodes: [Any]) -> [[String: Any]] {
        nodes.compactMap { $0 as? [String: Any] }.flatMap { [$0] + walk($0["children"] as? [Any] ?? []) }
    }

    @Test func jsonKeepsPartialUnitsTextAndNamesGaps() throws {
        let object = try json(run("show", "V2000021844", "--as-of", "2025-12-31", "--format", "json"))
        let nodes = walk(object["clauses"] as? [Any] ?? [])
        let item20 = try #require(nodes.first { $0["id"] as? String == "att_1__para_20" })
        #expect((item20["text"] as? String)?.hasPrefix("Қор осы Қағидалардың 18-тармағының") == true)
        #expect(item20["content"] as? String == "partial")
        let gaps = nodes.filter { $0["kind"] as? String == "gap" }
        #expect(gaps.contains { $0["missing"] as? String == "6–17-тармақтар" && $0["from"] as? String == "6" && $0["to"] as? String == "17" })
        #expect(gaps.contains { $0["parent"] as? String == "att_1__para_20" && $0["extent"] as? String == "rest" })
    }

    @Test func flattenedTableIsAnnouncedInEveryFormat() throws {
        let text = run("show", "V2000021471", "--as-of", "2025-12-31")
        #expect(text.stdout.contains("⚠ Кесте бағандарға бөлінбеді"))
        let html = run("show", "V2000021471", "--as-of", "2025-12-31", "--format", "html")
        #expect(html.stdout.contains("data-flag=\"flattened-table\""))
        let nodes = walk(try json(run("show", "V2000021471", "--as-of", "2025-12-31", "--format", "json"))["clauses"] as? [Any] ?? [])
        #expect(nodes.contains { ($0["flags"] as? [[String: Any]])?.contains { $0["code"] as? String == "flattened-table" } == true })
    }

    @Test func tablesKeepTheirHeaderRow() {
        let text = run("show", "V2000021471", "--as-of", "2025-12-31")
        #expect(text.stdout.contains("№  | ЖТМК коды | ЖТМК атауы\n"))
        #expect(text.stdout.contains("1  | 00.50     | Жалпы жүйенің"), "cells aligned under the header")
        let md = run("show", "V2000021471", "--as-of", "2025-12-31", "--format", "md")
        #expect(md.stdout.contains("| № | ЖТМК коды | ЖТМК атауы |\n| --- | --- | --- |"))
        let html = run("show", "V2000021471", "--as-of", "2025-12-31", "--format", "html")
        #expect(html.stdout.contains("<thead><tr><th>№</th><th>ЖТМК коды</th><th>ЖТМК атауы</th></tr></thead>"))
    }

    @Test func markdownHasNoIndentedCodeBlocks() {
        let md = run("show", "V2000021844", "--as-of", "2027-01-01", "--format", "md")
        let indented = md.stdout.split(separator: "\n").filter { $0.hasPrefix("    ") }
        #expect(indented.isEmpty, "\(indented.prefix(3))")
        #expect(md.stdout.contains("\n- **1)** "))
        #expect(md.stdout.contains("\n> Ескерту. 2-тармақ жаңа редакцияда"))
    }

    @Test func labelsNameTheDocumentAndOperationsAreKazakh() {
        let versions = run("versions", "V2000021471")
        #expect(versions.stdout.contains("Қағидалардың 1-тармағы жаңа редакцияда"))
        #expect(!versions.stdout.contains("replace-from-annex") && !versions.stdout.contains("insert-rows"))
        let show = run("show", "V2000021844", "--as-of", "2025-12-31")
        #expect(show.stdout.contains("Қағидалардың 2-тармағының 11) тармақшасы жаңа редакцияда"))
        #expect(show.stdout.components(separatedBy: "Болжамды күн:").count == 2, "the estimated date is explained once")
    }

    @Test func diffHasSummaryLegendAttributionAndBecameKnownApart() throws {
        let text = run("diff", "V2000021844", "--from", "2025-11-10", "--to", "2026-01-01")
        #expect(text.stdout.hasPrefix("№ ҚР ДСМ-290/2020"))
        #expect(text.stdout.contains("Қорытынды / summary: "))
        #expect(text.stdout.contains("мәтіні белгілі болды / became known"))
        #expect(text.stdout.contains("Белгілер / legend:"))
        #expect(text.stdout.contains("№ 127, 30.10.2025 (V2500037290), 1-нұсқау / instruction 1"))
        #expect(text.stdout.contains("\n? Қағидалардың 2-тармағы (att_1__para_2)"))
        let html = run("diff", "V2000021844", "--from", "2025-11-10", "--to", "2026-01-01", "--format", "html")
        #expect(html.stdout.contains("<nav class=\"toc\">") && html.stdout.contains("href=\"#change-1\""))
        #expect(html.stdout.contains("class=\"entry entry-becameKnown\""))
        #expect(!html.stdout.contains("<ins>Осы Қағидаларда"), "text that became known is not an insertion")
    }

    @Test func historyShowsWordingAndRejectsAClauseInNoEdition() {
        let missing = run("history", "V2000021844", "2-тармақтың 99) тармақшасы")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("[clause-not-found]") && missing.stderr.contains("nearest: att_1__para_2__subpara_"))
        let history = run("history", "V2000021844", "2-тармақтың 11) тармақшасы")
        #expect(history.stdout.contains("│ медициналық-әлеуметтік көмек"))
        #expect(history.stdout.contains("Алдыңғы редакциядан айырма / changes from the previous wording"))
    }

    @Test func realityChecksAndFriendlyErrors() {
        let early = run("show", "V2000021844", "--as-of", "1990-01-01")
        #expect(early.status == 1 && early.stderr.contains("[date-before-act]"))
        #expect(run("show", "V2000021844", "extra").status == 64)
        let twoActs = run("diff", "V2000021844", "V2000021471")
        #expect(twoActs.status == 64 && twoActs.stderr.contains("are two acts"))
        let directory = run("parse", corpus)
        #expect(directory.status == 1 && directory.stderr.contains("[file-is-directory]"))
        let sidecar = run("parse", corpus + "/acts/V2500037290.json")
        #expect(sidecar.status == 1 && sidecar.stderr.contains("[file-is-sidecar]"))
        #expect(run("show", "v2000021844", "--as-of", "2025-12-31").status == 0)
        #expect(run("show", "КР ДСМ-290/2020", "--as-of", "2025-12-31").status == 0)
        #expect(run("show", "QR DSM-290/2020", "--as-of", "2025-12-31").status == 0)
        let typo = run("show", "V200021844")
        #expect(typo.status == 1 && typo.stderr.contains("did you mean 'V2000021844'?"))
        var out = ""
        var err = ""
        _ = CLI.run(["diff", "V2000021844", "--from", "2025-12-31", "--to", "2026-01-01", "--corpus", corpus], stdout: &out, stderr: &err, isTerminal: true)
        #expect(out.contains("\u{1B}["), "--color auto colours on a terminal")
    }

    @Test func annexTitleIsRecoveredFromUnderTheStamp() throws {
        let title = "Жоғары технологиялық медициналық көмек түрлерінің тізбесі"
        let text = run("show", "V2000021471", "--as-of", "2025-12-31")
        #expect(text.stdout.contains("\n2-қосымша. " + title + "\n"))
        #expect(text.stdout.contains("\nҚазақстан Республикасы / Денсаулық сақтау министрінің / 2020 жылғы 16 қазандағы / № ҚР ДСМ-134/2020 бұйрығына / 2-қосымша\n"))
        #expect(text.stdout.contains("\n  1-кесте. шұғыл емдеуге жатқызу кезінде"), "the table keeps its own heading, without the annex title")
        let md = run("show", "V2000021471", "--as-of", "2025-12-31", "--format", "md")
        #expect(md.stdout.contains("\n## 2-қосымша. " + title + "\n"))
        let html = run("show", "V2000021471", "--as-of", "2025-12-31", "--format", "html")
        #expect(html.stdout.contains("<h2 id=\"att_2\">2-қосымша. " + title + "</h2>"))
        for page in [text.stdout, md.stdout, html.stdout] { #expect(!page.contains("РеспубликасыДенсаулық")) }
        let nodes = walk(try json(run("show", "V2000021471", "--as-of", "2025-12-31", "--format", "json"))["clauses"] as? [Any] ?? [])
        let annex = try #require(nodes.first { $0["id"] as? String == "att_2" })
        #expect(annex["heading"] as? String == title)
        #expect((annex["text"] as? String)?.hasSuffix("бұйрығына\n2-қосымша") == true)
        let instructions = run("instructions", corpus + "/acts/dsm-65-2021-07-27.txt")
        #expect(instructions.stdout.contains("[annex-title-recovered]") || instructions.stderr.contains("[annex-title-recovered]"), "the recovery is reported")
    }

    @Test func insertedUnitsAreNamedAsAdiletWritesThem() {
        let versions = run("versions", "V2000021844")
        #expect(versions.stdout.contains("Қағидалар 26-1-тармақпен толықтырылды"))
        #expect(versions.stdout.contains("Қағидалардың 21-тармағы 4) тармақшамен толықтырылды"))
        #expect(run("versions", "V2200027833").stdout.contains("Қағидаларға 2-қосымша 1504-8 жолмен толықтырылды"))
        let show = run("show", "V2000021844", "--as-of", "2025-01-01")
        #expect(show.stdout.contains("11.11.2025 бастап (күні болжамды) / from 2025-11-11 (estimated) — № 127, 30.10.2025 (V2500037290): Қағидалар 50-1-тармақпен толықтырылды"))
        for page in [versions.stdout, show.stdout] {
            let bare = page.split(separator: "\n").filter { $0.hasSuffix("ы толықтырылды") || $0.contains("ы толықтырылды (") }
            #expect(bare.isEmpty, "\(bare.prefix(2))")
        }
        let after = run("show", "V2000021844", "--as-of", "2030-01-01")
        #expect(after.stdout.contains("Ескерту. 26-1-тармақпен толықтырылды – "))
        #expect(after.stdout.contains("Ескерту. 21-тармақ 4) тармақшамен толықтырылды – "))
    }

    @Test func diffSummaryCountsEachChangeOncePerAct() throws {
        let object = try json(run("diff", "V2000021844", "--from", "2025-11-10", "--to", "2026-01-01", "--format", "json"))
        let changes = object["changes"] as? [[String: Any]] ?? []
        let acts = (object["summary"] as? [String: Any])?["acts"] as? [[String: Any]] ?? []
        #expect(!acts.isEmpty)
        for act in acts {
            let id = act["act"] as? String
            let made = changes.filter { ($0["madeBy"] as? [[String: Any]] ?? []).contains { $0["act"] as? String == id } }.count
            #expect(act["changes"] as? Int == made, "\(id ?? "")")
        }
        #expect(changes.contains { ($0["madeBy"] as? [Any])?.count ?? 0 > 1 }, "the case with two attributions is covered")
        let text = run("diff", "V2000021844", "--from", "2025-11-10", "--to", "2026-01-01")
        #expect(text.stdout.contains("  № 127, 30.10.2025 (V2500037290): \(changes.count)\n"))
    }

    @Test func gapsNameTheMissingUnitsInDocumentOrder() throws {
        let nodes = walk(try json(run("show", "V2000021844", "--as-of", "2025-12-31", "--format", "json"))["clauses"] as? [Any] ?? [])
        // Among the Rules' own items, known items and gap ranges follow one another with nothing missing or repeated.
        var expected = 1
        for node in nodes where node["parent"] as? String == "att_1" || (node["kind"] as? String == "item" && (node["id"] as? String)?.split(separator: "_").count == 4) {
            if node["kind"] as? String == "gap", node["extent"] as? String == "units", let from = Int(node["from"] as? String ?? ""), let to = Int(node["to"] as? String ?? "") {
                #expect(from == expected, "\(node["missing"] ?? "")")
                expected = to + 1
            } else if let number = node["number"] as? String, let n = Int(number) {
                #expect(n == expected, "item \(number)")
                expected = n + 1
            } else if node["kind"] as? String == "gap", node["extent"] as? String == "between", let to = node["to"] as? String, let n = Int(to) {
                expected = n
            }
        }
        #expect(expected > 100)
    }

    @Test func everyMarkerIsExplainedOnceOnEachPage() {
        let corpus = Repo.root.appendingPathComponent("Tests/NusqaCLITests/Fixtures/uncertain-corpus").path
        for format in ["text", "md", "html"] {
            let page = nusqa(["show", "test-uncertain", "--as-of", "2025-06-01", "--format", format, "--corpus", corpus]).stdout
            #expect(page.contains("⟦?⟧"))
            #expect(page.components(separatedBy: "сілтеме мәтіні жолдың соңына ығысқан, орны анықталмады").count == 2, "\(format): the marker explained once")
        }
        let plain = run("show", "V2000021844", "--as-of", "2025-12-31")
        #expect(!plain.stdout.contains("⟦?⟧") && !plain.stdout.contains("орны анықталмады"), "no legend for a marker the page does not use")
        #expect(plain.stdout.components(separatedBy: "Болжамды күн:").count == 2)
    }

    @Test func diffPageShowsTheSummaryAndTheFirstChangeFirst() throws {
        let html = run("diff", "V2000021844", "--from", "2025-11-10", "--to", "2026-01-01", "--format", "html").stdout
        let summary = try #require(html.range(of: "class=\"summary\""))
        let contents = try #require(html.range(of: "<nav class=\"toc\"><details><summary>"))
        let first = try #require(html.range(of: "id=\"change-1\""))
        #expect(summary.lowerBound < contents.lowerBound && contents.lowerBound < first.lowerBound)
        #expect(!html.contains("<details open"), "the contents are collapsed: one line between the summary and the first change")
        #expect(html[contents.upperBound...].hasPrefix("Мазмұны / contents: 148</summary>"))
        let added = try #require(html.range(of: "<section class=\"entry entry-added\" id=\"change-"))
        let firstAdded = html[added.upperBound...].prefix { $0 != "\"" }
        #expect(html.contains("<a href=\"#change-\(firstAdded)\">10 қосылды / added</a>"), "the summary links to the first addition")
    }

    @Test func diffEntriesReadWithoutRepetitionOrFalseClaims() throws {
        let html = run("diff", "V2000021844", "--from", "2025-11-10", "--to", "2026-01-01", "--format", "html").stdout
        #expect(!html.contains("? ?") && !html.contains("content:'? '"), "one symbol before a change")
        // The sub-items of item 2, which became known with it by the same instruction, stand under it unattributed.
        let sub = try #require(html.range(of: "data-clause=\"att_1__para_2__subpara_1\">\n"))
        #expect(html[sub.upperBound...].hasPrefix("<h3>Қағидалардың 2-тармағының 1) тармақшасы"))
        #expect(html.components(separatedBy: "class=\"attribution\"").count - 1 < html.components(separatedBy: "<section").count - 1)
        // Item 21 is known to exist (sub-item 4 was added to it); its own text is not in the corpus and is not said to be known.
        let item21 = try #require(html.range(of: "data-clause=\"att_1__para_21\">\n"))
        let section = html[item21.upperBound...].prefix { $0 != "§" }.components(separatedBy: "</section>")[0]
        #expect(section.contains("бар екені белгілі болды, мәтіні корпуста жоқ") && section.contains("<p class=\"gap\">[мәтіні корпуста жоқ / text not in corpus]</p>"))
        let text = run("diff", "V2000021844", "--from", "2025-11-10", "--to", "2026-01-01").stdout
        #expect(text.contains("\n  ? Қағидалардың 2-тармағының 1) тармақшасы (att_1__para_2__subpara_1)\n  әлеуметтік"))
        #expect(text.contains("(att_1__para_21) — бар екені белгілі болды, мәтіні корпуста жоқ / known to exist, text not in corpus\n"))
    }

    /// The text rendering and the JSON of the same edition show the same text, gaps and flags, in the
    /// same order, for every act of the corpus and every edition date (and dates before, between and after).
    @Test(arguments: ["V2000021844", "V2000021471", "V2200027833", "V2500035673", "V2500037290", "V2500037327", "dsm-65-2021-07-27", "guide-tmkkk-mams"])
    func textAndJSONAgree(act: String) throws {
        let versions = try json(run("versions", act, "--format", "json"))
        let dates = ["2020-12-31", "2026-12-31", "2030-01-01"] + (versions["editions"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
        var compared = 0
        for date in dates {
            let text = run("show", act, "--as-of", date)
            guard text.status == 0 else { continue }
            let object = try json(run("show", act, "--as-of", date, "--format", "json"))
            let page = text.stdout
            let nodes = walk(object["clauses"] as? [Any] ?? [])
            let markers = nodes.filter { $0["kind"] as? String == "gap" }.compactMap { $0["marker"] as? String }
            let textMarkers = page.components(separatedBy: "[… ").dropFirst().compactMap { $0.components(separatedBy: " …]").first }
            #expect(markers == textMarkers, "\(act) \(date): gaps differ or come in another order")
            // Units shown as headings (annexes, chapters, tables) show their heading; gaps inside them are named.
            let headings: Set<String> = ["gap", "annex", "chapter", "section", "subsection", "article", "table"]
            let unknown = nodes.filter { !headings.contains($0["kind"] as? String ?? "") && $0["text"] is NSNull && $0["status"] as? String == "not-in-corpus" }
            #expect(unknown.count == page.components(separatedBy: "[мәтіні корпуста жоқ / text not in corpus]").count - 1, "\(act) \(date)")
            let flagged = nodes.flatMap { ($0["flags"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String } }.filter { $0 != "estimated-date" }
            #expect(flagged.count == page.components(separatedBy: "⚠ ").count - 1, "\(act) \(date): flags differ")
            // Every text, heading, gap and flag of the JSON stands in the text page, in the JSON's order.
            var cursor = page.startIndex
            func find(_ snippet: String, _ what: String) {
                guard !snippet.isEmpty else { return }
                if let found = page.range(of: snippet, range: cursor..<page.endIndex) {
                    cursor = found.upperBound
                } else {
                    Issue.record("\(act) \(date): \(what) not found after the text before it: \(snippet.prefix(80))")
                }
            }
            for node in nodes {
                let id = node["id"] as? String ?? ""
                let kind = node["kind"] as? String ?? ""
                let status = node["status"] as? String ?? ""
                let flags = (node["flags"] as? [[String: Any]] ?? []).filter { $0["code"] as? String != "estimated-date" }.compactMap { $0["message"] as? String }
                if kind == "gap" {
                    find("[… " + (node["marker"] as? String ?? "") + " …]", "gap")
                    continue
                }
                if kind == "editorialNote" { continue }
                if let heading = node["heading"] as? String, headings.contains(kind) { find(heading, "heading of \(id)") }
                if kind == "preformatted" { for flag in flags { find("⚠ " + flag, "flag of \(id)") } }
                let body = node["text"] as? String ?? ""
                switch (kind, status) {
                case (_, "deleted"): find("алып тасталды / deleted", "deletion of \(id)")
                case (_, "repealed"): find("күші жойылды / repealed", "repeal of \(id)")
                case (_, "not-yet-in-force"): find("бастап", "pending \(id)")
                case ("row", _), ("caption", _):
                    for cell in node["cells"] as? [String] ?? [body] { find(cell, "cell of \(id)") }
                case ("preformatted", _):
                    for line in body.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty { find(line.trimmingCharacters(in: .whitespaces), "line of \(id)") }
                case ("annex", _): find(body.split(separator: "\n").joined(separator: " / "), "stamp of \(id)")
                default: find(body, "text of \(id)")
                }
                if kind != "preformatted" { for flag in flags { find("⚠ " + flag, "flag of \(id)") } }
                compared += 1
            }
        }
        #expect(compared > 0, "\(act): nothing compared")
    }
}
