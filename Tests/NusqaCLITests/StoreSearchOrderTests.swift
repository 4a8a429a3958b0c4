import Foundation
import NusqaKit
@testable import NusqaStore
import Testing

/// `nusqa search` pages: act id then document order, the walk that stops at the limit and the join that sorts
/// every match give the same list, and `--as-of` holds on both.
@Suite struct StoreSearchOrderTests {
    static let words = ["медициналық", "өзгеріс", "тармақ", "деректер", "қағидалар", "мониторинг", "тіркеу", "\"медициналық көмек\""]
    static let days = (2019...2027).compactMap { CivilDate(iso: "\($0)-06-15") }

    /// A generated corpus of 4 acts with 5 amending orders each, indexed; the store opened by this process.
    static func indexed(seed: UInt64) throws -> (corpus: String, path: String, store: CorpusStore) {
        let corpus = try StoreFixture.generated(seed: seed, acts: 4, amendments: 5)
        let path = corpus + "/store.sqlite"
        #expect(nusqa("index", "--corpus", corpus, "--store", path).status == 0)
        return (corpus, path, try CorpusStore.open(corpus: corpus, at: path))
    }

    /// The (act, clause) pairs a query matches on `day`, sorted by act id, `ord` and `occurrence` from the
    /// `clause_versions` view: the order the search promises, computed without `versions.id`.
    static func reference(_ query: SearchQuery, day: CivilDate, path: String) throws -> [String] {
        let database = try Database(path: path, readOnly: true)
        return try database.prepare(
            """
            SELECT cv.act, cv.clause FROM clause_text JOIN clause_versions cv ON cv.wording = clause_text.rowid
            WHERE clause_text MATCH ?1 AND (cv.valid_from IS NULL OR cv.valid_from <= ?2) AND (cv.valid_to IS NULL OR cv.valid_to > ?2)
            ORDER BY cv.act, cv.ord, cv.occurrence
            """
        ).rows([.text(query.expression), .text(day.description)]) { "\($0.text(0) ?? "") \($0.text(1) ?? "")" }
    }

    @Test func resultsBeyondOnePageComeInActThenDocumentOrder() throws {
        let (corpus, path, store) = try Self.indexed(seed: 5)
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        var longest = 0
        for word in Self.words {
            for day in Self.days {
                let query = SearchQuery(word)
                let all = try store.search(query, asOf: day, act: nil, limit: 1_000_000, plan: .walk).matches
                #expect(all.map { "\($0.act) \($0.clause)" } == (try Self.reference(query, day: day, path: path)), "\(word) \(day)")
                #expect(all.allSatisfy { !$0.snippet.isEmpty }, "\(word) \(day): a match without its snippet")
                #expect(try store.search(query, asOf: day, act: nil, limit: 1_000_000, plan: .joinAndSort).matches == all, "\(word) \(day), sorted")
                longest = max(longest, all.count)
            }
        }
        // The pages checked run past one page of 20 and over several acts.
        #expect(longest > 60)
        let spread = try store.search(SearchQuery("тармақ"), asOf: Self.days[4], act: nil, limit: 1_000_000, plan: .walk).matches
        #expect(Set(spread.map(\.act)).count >= 3)
    }

    @Test func limitStopsEarlyWithTheFirstMatchesOfTheSortedList() throws {
        let (corpus, path, store) = try Self.indexed(seed: 6)
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let database = try Database(path: path, readOnly: true)
        let versions = try #require(try database.integer("SELECT count(*) FROM versions"))
        for word in Self.words {
            for day in Self.days {
                let query = SearchQuery(word)
                let sorted = try store.search(query, asOf: day, act: nil, limit: 1_000_000, plan: .joinAndSort).matches
                for limit in [1, 7, 20, 100] {
                    let walked = try store.search(query, asOf: day, act: nil, limit: limit, plan: .walk)
                    let chosen = try store.search(query, asOf: day, act: nil, limit: limit, plan: .automatic).matches
                    #expect(walked.matches == Array(sorted.prefix(limit)), "\(word) \(day) limit \(limit)")
                    #expect(chosen == Array(sorted.prefix(limit)), "\(word) \(day) limit \(limit), automatic")
                }
            }
        }
        // A common word fills a page from the first rows of the walk: more matches, more rows, all of them for all.
        let walkedRows = try [(1, SearchPlan.automatic), (20, .automatic), (1_000_000, .walk)].map { limit, plan in
            try #require(try store.search(SearchQuery("тармақ"), asOf: Self.days[4], act: nil, limit: limit, plan: plan).rowsWalked)
        }
        #expect(walkedRows[0] < walkedRows[1] && walkedRows[1] < walkedRows[2], "\(walkedRows)")
        #expect(walkedRows[2] == versions, "\(walkedRows) of \(versions) rows")
        // Within one act the walk is the plan, and agrees with the sorted join too.
        let act = try #require(sorted(store, "тармақ").first?.act)
        let inAct = try store.search(SearchQuery("тармақ"), asOf: Self.days[4], act: act, limit: 2, plan: .automatic)
        #expect(inAct.rowsWalked != nil)
        #expect(inAct.matches == (try store.search(SearchQuery("тармақ"), asOf: Self.days[4], act: act, limit: 2, plan: .joinAndSort).matches))
        #expect(!inAct.matches.isEmpty && inAct.matches.allSatisfy { $0.act == act })
    }

    private func sorted(_ store: CorpusStore, _ word: String) throws -> [SearchMatch] {
        try store.search(SearchQuery(word), asOf: Self.days[4], act: nil, limit: 1_000_000, plan: .joinAndSort).matches
    }

    @Test func asOfExcludesAPhraseAddedLaterOnEveryPlan() throws {
        let corpus = try StoreFixture.generated(seed: 11, acts: 2, amendments: 5)
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let path = corpus + "/store.sqlite"
        #expect(nusqa("index", "--corpus", corpus, "--store", path).status == 0)
        let store = try CorpusStore.open(corpus: corpus, at: path)
        let (act, clause, phrase, day) = try #require(try StoreSearchTests.addedPhrase(store: path))
        let query = SearchQuery("\"\(phrase)\"")
        for plan in [SearchPlan.walk, .joinAndSort, .automatic] {
            for scope in [nil, act] {
                let onTheDay = try store.search(query, asOf: day, act: scope, limit: 1_000_000, plan: plan).matches
                #expect(onTheDay.contains { $0.act == act && $0.clause == clause }, "\(plan) \(scope ?? "all acts")")
                let before = try store.search(query, asOf: day.adding(days: -1), act: scope, limit: 1_000_000, plan: plan).matches
                #expect(!before.contains { $0.act == act }, "\(plan) \(scope ?? "all acts"): found the day before")
            }
        }
    }
}
