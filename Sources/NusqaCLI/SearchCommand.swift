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
        _ = try context.loadCorpusFolder()
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
        if format == "json" {
            context.stdout += JSONValue.object([
                "schema": JSONOutput.schema, "kind": "search", "query": .string(text), "asOf": .string(date.description),
                "act": .optional(actID),
                "matches": .array(matches.map { match in
                    [
                        "act": .string(match.act), "clause": .string(match.clause), "reading": .string(match.reading),
                        "snippet": .string(match.snippet), "validFrom": .optional(match.validFrom), "validTo": .optional(match.validTo),
                        "estimated": .bool(match.isEstimated), "status": .string(match.status),
                    ]
                }),
            ]).rendered()
            return 0
        }
        var out = ""
        for match in matches {
            let dates = "\(match.validFrom ?? "original text") → \(match.validTo ?? "in force")\(match.isEstimated ? " (estimated)" : "")"
            out += "\(match.act)  \(match.clause) — \(match.reading)  [\(dates)]\n    \(match.snippet)\n"
        }
        out += "\(matches.count) clause\(matches.count == 1 ? "" : "s") as of \(date)\(matches.count == limit ? " (limit reached; see --limit)" : "")\n"
        context.stdout += out
        return matches.isEmpty ? 1 : 0
    }
}
