import Foundation
import NusqaKit
import NusqaStore
import Testing

/// `nusqa search`: Kazakh case folding, stems, phrases, and the law as it stood on a date.
@Suite struct StoreSearchTests {
    /// FTS5's unicode61 tokenizer folds the nine Kazakh letters (and Russian ones) from capitals.
    @Test(arguments: ["ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і", "ё", "й"])
    func unicode61FoldsKazakhLetters(letter: String) throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 0')")
        let word = "с" + letter + "з"
        try database.prepare("INSERT INTO t(x) VALUES (?1)").run([.text("БІР " + word.uppercased() + " ЕКІ")])
        let found = try database.prepare("SELECT count(*) FROM t WHERE t MATCH ?1").rows([.text("\"" + word + "\"")]) { $0.int(0) }
        #expect(found == [1], "\(word.uppercased()) is not found by \(word)")
        // Letters are not confused with their Russian look-alikes: қ is not к, і is not и.
        let plain: [String: String] = ["қ": "к", "ғ": "г", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "і": "и", "ә": "а", "й": "и"]
        if let other = plain[letter] {
            let confused = try database.prepare("SELECT count(*) FROM t WHERE t MATCH ?1").rows([.text("\"с" + other + "з\"")]) { $0.int(0) }
            #expect(confused == [0], "\(letter) folds to \(other)")
        }
    }

    @Test func queriesBecomePrefixesAndPhrases() {
        #expect(SearchQuery("өзгеріс").expression == "\"өзгеріс\"*")
        #expect(SearchQuery("тармақ").expression == "(\"тармақ\"* OR \"тармағ\"*)")
        #expect(SearchQuery("медициналық «көмек көрсету»").expression == "(\"медициналық\"* OR \"медициналығ\"*) AND \"көмек көрсету\"")
        #expect(SearchQuery("a \"b\"\"").expression == "\"a\"* AND \"b\"")
        #expect(SearchQuery("   ").isEmpty)
    }

    /// Letters-only lowercased words of a text.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter }.map(String.init)
    }

    /// A two-word phrase that a version brings on its first day and that no wording of its act had the day before.
    static func addedPhrase(store: String) throws -> (act: String, clause: String, phrase: String, day: CivilDate)? {
        let database = try Database(path: store, readOnly: true)
        let rows = try database.prepare("SELECT act, clause, valid_from, valid_to, text FROM clause_versions ORDER BY rowid").rows([]) {
            (act: $0.text(0) ?? "", clause: $0.text(1) ?? "", from: $0.text(2), to: $0.text(3), text: $0.text(4) ?? "")
        }
        for row in rows {
            guard let from = row.from, let day = CivilDate(iso: from) else { continue }
            let before = day.adding(days: -1).description
            let earlier = rows.filter { $0.act == row.act && ($0.from ?? "") <= before && ($0.to.map { $0 > before } ?? true) }
            let earlierText = earlier.map { " " + Self.words($0.text).joined(separator: " ") + " " }.joined()
            let words = Self.words(row.text)
            for index in words.indices.dropLast() where words[index].count >= 4 && words[index + 1].count >= 4 {
                let phrase = words[index] + " " + words[index + 1]
                if !earlierText.contains(" " + phrase + " ") { return (row.act, row.clause, phrase, day) }
            }
        }
        return nil
    }

    @Test func phraseAddedOnADateIsNotFoundTheDayBefore() throws {
        let corpus = try StoreFixture.generated(seed: 11, acts: 2, amendments: 5)
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let store = corpus + "/store.sqlite"
        #expect(nusqa("index", "--corpus", corpus, "--store", store).status == 0)
        let found = try Self.addedPhrase(store: store)
        let (act, clause, phrase, day) = try #require(found)
        let onTheDay = nusqa("search", "\"\(phrase)\"", "--act", act, "--as-of", day.description, "--format", "json", "--corpus", corpus, "--store", store)
        #expect(onTheDay.status == 0)
        #expect(onTheDay.stdout.contains("\"clause\" : \"\(clause)\"") || onTheDay.stdout.contains("\"clause\": \"\(clause)\""), "\(onTheDay.stdout)")
        let dayBefore = nusqa("search", "\"\(phrase)\"", "--act", act, "--as-of", day.adding(days: -1).description, "--corpus", corpus, "--store", store)
        #expect(dayBefore.status == 1)
        #expect(dayBefore.stdout == "0 clauses as of \(day.adding(days: -1))\n")
    }

    @Test func stemFindsInflectedFormsWhateverTheCase() throws {
        let corpus = Repo.corpus
        let store = StoreFixture.folder("search") + "/store.sqlite"
        // "өзгеріс" (change) is printed inflected: "өзгерістер", "өзгерістерді", never bare in these clauses.
        let result = nusqa("search", "ӨЗГЕРІС", "--as-of", "2026-01-01", "--limit", "500", "--format", "json", "--corpus", corpus, "--store", store)
        #expect(result.status == 0)
        #expect(result.stdout.contains("[өзгерістер]") || result.stdout.contains("[Өзгерістер]"), "\(result.stdout.prefix(400))")
        // The voiced stem: "тармақ" finds "тармағы"/"тармағына".
        let voiced = nusqa("search", "тармақ", "--as-of", "2026-01-01", "--limit", "500", "--corpus", corpus, "--store", store)
        #expect(voiced.stdout.contains("[тармағ"), "\(voiced.stdout.prefix(400))")
        // A phrase matches word for word only.
        let phrase = nusqa("search", "\"медициналық көмек\"", "--as-of", "2026-01-01", "--limit", "500", "--corpus", corpus, "--store", store)
        #expect(phrase.stdout.contains("[медициналық көмек]") || phrase.stdout.contains("[Медициналық көмек]"), "\(phrase.stdout.prefix(400))")
        let reversed = nusqa("search", "\"көмек медициналық\"", "--as-of", "2026-01-01", "--corpus", corpus, "--store", store)
        #expect(!reversed.stdout.contains("[көмек медициналық]"))
        #expect(reversed.stdout.split(separator: "\n").count < phrase.stdout.split(separator: "\n").count)
    }
}
