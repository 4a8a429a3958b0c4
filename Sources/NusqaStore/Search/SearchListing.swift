import NusqaKit

/// The answer of `nusqa search` (іздеу нәтижесі) as the CLI prints it: the `nusqa/1` JSON document or
/// the text listing, built here so the command line only parses arguments.
public struct SearchListing: Sendable {
    /// The query as the user typed it.
    public var query: String
    /// The day the law is searched as of.
    public var asOf: CivilDate
    /// The act the search was limited to, if any.
    public var act: String?
    /// The matches, in act and document order.
    public var matches: [SearchMatch]
    /// The most matches asked for; the text says so when it is reached.
    public var limit: Int

    /// Creates a listing of `matches`.
    public init(query: String, asOf: CivilDate, act: String?, matches: [SearchMatch], limit: Int) {
        self.query = query
        self.asOf = asOf
        self.act = act
        self.matches = matches
        self.limit = limit
    }

    /// The `nusqa/1` JSON document (`kind: search`).
    public var json: String {
        JSONValue.object([
            "schema": JSONOutput.schema, "kind": "search", "query": .string(query), "asOf": .string(asOf.description),
            "act": .optional(act),
            "matches": .array(matches.map { match in
                [
                    "act": .string(match.act), "clause": .string(match.clause), "reading": .string(match.reading),
                    "snippet": .string(match.snippet), "validFrom": .optional(match.validFrom), "validTo": .optional(match.validTo),
                    "estimated": .bool(match.isEstimated), "status": .string(match.status),
                ]
            }),
        ]).rendered()
    }

    /// One entry per match (act, clause id, reading, dates, snippet) and a count line.
    public var text: String {
        var out = ""
        for match in matches {
            let dates = "\(match.validFrom ?? "original text") → \(match.validTo ?? "in force")\(match.isEstimated ? " (estimated)" : "")"
            out += "\(match.act)  \(match.clause) — \(match.reading)  [\(dates)]\n    \(match.snippet)\n"
        }
        out += "\(matches.count) clause\(matches.count == 1 ? "" : "s") as of \(asOf)\(matches.count == limit ? " (limit reached; see --limit)" : "")\n"
        return out
    }
}
