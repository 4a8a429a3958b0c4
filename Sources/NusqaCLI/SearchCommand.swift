import NusqaKit
import NusqaStore

/// `nusqa search QUERY [--as-of DATE] [--act ACT] [--format text|json]`.
enum SearchCommand {
    static let command = Command(
        name: "search", usage: "nusqa search <query> [--as-of DATE] [--act ACT] [--limit N] [--format text|json]",
        summary: "Search clause texts as in force on a date.",
        discussion: """
            ARGUMENTS:
              <query>                 Words, matched as prefixes so a stem finds its inflected forms
                                      (өзгеріс → өзгерістер, тармақ → тармағы); "a phrase" in double quotes.
                                      Case is ignored, Kazakh letters included.

            OPTIONS:
              --as-of DATE            Search the law as it stood that day (default: today).
              --act ACT               Only this act (id or number).
              --limit N               At most N clauses (default 100).
              --format text|json      A listing (default) or JSON.
            """,
        options: ["as-of", "act", "format", "limit"], flags: [], run: run)

    static func run(_ context: inout Context) throws -> Int32 {
        guard !context.arguments.positionals.isEmpty else { throw UsageError("missing <query>") }
        let text = context.arguments.positionals.joined(separator: " ")
        let format = try context.format(["text", "json"], default: "text")
        let date = try DateOption.parse(context.arguments.options["as-of"]) ?? CivilDate.today()
        let limitText = context.arguments.options["limit"] ?? "100"
        guard let limit = Int(limitText), limit > 0 else { throw UsageError("--limit takes a positive number, not '\(limitText)'") }
        guard !context.arguments.flags.contains("no-store") else { throw UsageError("search reads the store; drop --no-store") }
        try context.checkCorpusFolder()
        guard let store = context.store else {
            throw RuntimeError("\(context.corpusDirectory): error: no store can be written (give --store PATH) [store-unwritable]")
        }
        var actID: String?
        if let name = context.arguments.options["act"] {
            guard let found = store.lookUpID(name) else { throw store.notFound(name) }
            actID = found
        }
        let query = SearchQuery(text)
        guard !query.isEmpty else { throw UsageError("the query has no words") }
        let matches: [SearchMatch]
        do {
            matches = try store.search(query, asOf: date, act: actID, limit: limit)
        } catch {
            throw RuntimeError("error: cannot search for '\(text)': \(error) [search-failed]")
        }
        let listing = SearchListing(query: text, asOf: date, act: actID, matches: matches, limit: limit)
        context.stdout += format == "json" ? listing.json : listing.text
        return matches.isEmpty ? 1 : 0
    }
}
