import Foundation
import NusqaKit

/// `nusqa history ACT CLAUSE`.
enum HistoryCommand {
    static let command = Command(
        name: "history", usage: "nusqa history <act> <clause> [--format text|json]",
        summary: "Show one clause through time: each wording, the act that made it, and what changed.",
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
        guard context.arguments.positionals.count >= 2 else { throw UsageError("expected <act> <clause>") }
        guard context.arguments.positionals.count == 2 else { throw UsageError("unexpected argument '\(context.arguments.positionals[2])'") }
        let format = try context.format(["text", "json"], default: "text")
        let loaded = try TimelineContext(context.arguments.positionals[0], context: context)
        let reference = context.arguments.positionals[1]
        let candidates = ClauseReference.ids(for: reference)
        guard !candidates.isEmpty else { throw UsageError("cannot read the clause reference '\(reference)'") }
        let histories = candidates.map { ClauseHistory(of: $0, in: loaded.timeline) }
        guard let history = histories.first(where: \.exists) else {
            throw notFound(reference, candidates[0], loaded: loaded)
        }
        let changes = loaded.timeline.history(of: history.id)
        if format == "json" {
            context.stdout += JSONOutput.history(
                act: loaded.entry.metadata.id, history: history, changes: changes, label: loaded.labels.reference(history.id)).rendered()
        } else {
            context.stdout += TimelineListings.history(title: loaded.title, history: history, labels: loaded.labels, actLabel: loaded.actLabel)
        }
        return 0
    }

    /// The error for a clause that is in no edition, with the nearest ids that exist.
    static func notFound(_ reference: String, _ id: ClauseID, loaded: TimelineContext) -> RuntimeError {
        let all = ClauseHistory.allIDs(in: loaded.timeline)
        let target = Array(id.description)
        let nearest = all.map { (ActLookup.editDistance(target, Array($0.description)), $0) }
            .sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1.description < $1.1.description }
            .prefix(3).map { "\($0.1) (\(loaded.labels.reference($0.1)))" }
        var message = "\(loaded.entry.metadata.id): error: '\(reference)' (\(id)) is in no edition of this act in the corpus [clause-not-found]"
        if !nearest.isEmpty { message += "\n  nearest: " + nearest.joined(separator: ", ") }
        return RuntimeError(message)
    }
}
