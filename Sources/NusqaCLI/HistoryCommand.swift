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
            context.stdout += JSONOutput.history(act: loaded.entry.metadata.id, clause: id, changes: history).rendered()
        } else {
            context.stdout += TimelineListings.history(title: loaded.title, clause: id, changes: history)
        }
        return 0
    }
}
