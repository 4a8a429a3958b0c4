import NusqaKit

/// `nusqa history ACT CLAUSE`.
enum HistoryCommand {
    static let command = Command(
        name: "history", usage: "nusqa history <act> <clause> [--format text|json]",
        summary: "Show one clause through time.",
        discussion: """
            ARGUMENTS:
              <act>                   A corpus id or order number.
              <clause>                A clause id (att_1__para_2__subpara_11) or a Kazakh reference
                                      ("2-тармақтың 11) тармақшасы").

            OPTIONS:
              --format text|json      A listing (default) or JSON.
            """,
        options: ["format"], flags: [], run: run)

    static func run(_ context: inout Context) throws -> Int32 {
        guard context.arguments.positionals.count == 2 else { throw UsageError("expected <act> <clause>") }
        let loaded = try TimelineContext(context.arguments.positionals[0], context: context)
        let reference = context.arguments.positionals[1]
        let candidates = ClauseReference.ids(for: reference)
        guard !candidates.isEmpty else { throw UsageError("cannot read the clause reference '\(reference)'") }
        let history = candidates.lazy.map { loaded.timeline.history(of: $0) }.first { !$0.isEmpty } ?? []
        let id = candidates.first { !loaded.timeline.history(of: $0).isEmpty } ?? candidates[0]
        if try context.format(["text", "json"], default: "text") == "json" {
            context.stdout += JSONValue.object([
                "schema": JSONOutput.schema, "kind": "history", "act": .string(loaded.entry.metadata.id), "clause": .string(id.description),
                "reading": .string(id.kazakhReference),
                "changes": .array(history.map(JSONOutput.change)),
            ]).rendered()
            return 0
        }
        var out = "\(loaded.title)\n\(id) — \(id.kazakhReference)\n\n"
        if history.isEmpty { out += "no changes in the corpus\n" }
        for change in history {
            out += "\(change.effectiveText)  \(change.act)  \(change.deferredTarget == nil ? change.patch.operation.rawValue : "deferred part in force")  \(change.target.kazakhReference)\n"
        }
        context.stdout += out
        return 0
    }
}
