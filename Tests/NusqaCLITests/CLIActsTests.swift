import Foundation
import Testing

/// `nusqa acts` on the bundled corpus, and the `--name=value` option form.
@Suite struct CLIActsTests {
    /// The ids of the acts in the bundled corpus.
    static let ids = [
        "V2000021471", "V2000021844", "V2200027833", "V2500035673",
        "V2500037290", "V2500037327", "dsm-65-2021-07-27", "guide-tmkkk-mams",
    ]
    /// The base orders known only by citation.
    static let metadataOnly: Set<String> = ["V2000021471", "V2000021844", "V2200027833"]

    /// The table rows of `acts` output, keyed by id.
    private func rows(_ stdout: String) -> [String: String] {
        var rows: [String: String] = [:]
        for line in stdout.split(separator: "\n") {
            let id = String(line.prefix { !$0.isWhitespace })
            if Self.ids.contains(id) { rows[id] = String(line) }
        }
        return rows
    }

    @Test func listsTheEightCorpusActs() {
        let result = nusqa("acts", "--corpus", Repo.corpus)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "stderr: \(result.stderr)")
        let rows = rows(result.stdout)
        #expect(rows.keys.sorted() == Self.ids.sorted())
        #expect(result.stdout.split(separator: "\n").count == Self.ids.count + 1, "a header and one line per act")
    }

    @Test func marksMetadataOnlyActs() {
        let rows = rows(nusqa("acts", "--corpus", Repo.corpus).stdout)
        for id in Self.ids {
            let marked = rows[id]?.contains("text not in corpus") ?? false
            #expect(marked == Self.metadataOnly.contains(id), "\(id): \(rows[id] ?? "missing")")
        }
    }

    @Test func showsKindAndNumber() {
        let rows = rows(nusqa("acts", "--corpus", Repo.corpus).stdout)
        #expect(rows["V2000021844"]?.contains("ҚР ДСМ-290/2020") == true)
        #expect(rows["V2000021844"]?.contains("base") == true)
        #expect(rows["V2500037290"]?.contains("amending") == true)
        #expect(rows["V2500037290"]?.contains("2025-10-30") == true)
        #expect(rows["guide-tmkkk-mams"]?.contains("other") == true)
    }

    @Test func jsonCarriesTheSchema() throws {
        let result = nusqa("acts", "--format", "json", "--corpus", Repo.corpus)
        #expect(result.status == 0)
        #expect(result.stdout.contains(#""schema": "nusqa/1""#))
        #expect(result.stdout.hasSuffix("}\n"))
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let acts = try #require(object?["acts"] as? [[String: Any]])
        #expect(acts.compactMap { $0["id"] as? String }.sorted() == Self.ids.sorted())
        let withoutText = acts.filter { ($0["hasText"] as? Bool) == false }.compactMap { $0["id"] as? String }
        #expect(Set(withoutText) == Self.metadataOnly)
    }

    @Test func equalsFormOfOptions() {
        let spaced = nusqa("acts", "--format", "json", "--corpus", Repo.corpus)
        let joined = nusqa("acts", "--format=json", "--corpus=\(Repo.corpus)")
        #expect(joined.status == 0)
        #expect(joined.stdout == spaced.stdout)
        #expect(joined.stdout.contains(#""schema": "nusqa/1""#))
    }

    @Test func outputIsDeterministic() {
        let first = nusqa("acts", "--corpus", Repo.corpus)
        let second = nusqa("acts", "--corpus", Repo.corpus)
        #expect(first.stdout == second.stdout)
    }

    @Test func missingCorpusIsARuntimeFailure() {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nusqa-no-corpus-\(UUID().uuidString)").path
        let result = nusqa("acts", "--corpus", directory)
        #expect(result.status == 1)
        #expect(result.stderrLines.contains { $0.hasPrefix(directory + ":") && $0.contains("error:") }, "stderr: \(result.stderr)")
    }
}

/// `nusqa parse` on the seed texts of the bundled corpus.
@Suite struct CLIParseTests {
    static let texts = [
        "V2500035673.txt", "V2500037290.txt", "V2500037327.txt", "dsm-65-2021-07-27.txt", "guide-tmkkk-mams.txt",
    ]

    @Test("Every corpus text parses with exit 0 and no errors", arguments: texts)
    func parsesCorpusText(file: String) {
        let result = nusqa("parse", Repo.act(file))
        #expect(result.status == 0)
        #expect(!result.stderr.contains(": error: "), "stderr: \(result.stderr)")
        #expect(!result.stdout.isEmpty)
    }

    @Test func jsonCarriesTheSchema() {
        let result = nusqa("parse", "--format=json", Repo.act("V2500037290.txt"))
        #expect(result.status == 0)
        #expect(result.stdout.contains(#""schema": "nusqa/1""#))
    }

    @Test func treeDumpShowsClauseIds() {
        let result = nusqa("parse", Repo.act("V2500037290.txt"))
        #expect(result.stdout.contains("para_1"))
        #expect(result.stdout.contains("├─") || result.stdout.contains("└─"))
    }

    @Test func repairsAndCitationsListings() {
        let repairs = nusqa("parse", "--repairs", Repo.act("V2500037290.txt"))
        #expect(repairs.status == 0)
        #expect(!repairs.stdout.isEmpty)
        let citations = nusqa("parse", "--citations", Repo.act("guide-tmkkk-mams.txt"))
        #expect(citations.status == 0)
        #expect(citations.stdout.contains("672"))
    }

    @Test func doubleDashEndsOptions() {
        let result = nusqa("parse", "--", Repo.act("V2500037290.txt"))
        #expect(result.status == 0)
    }
}
