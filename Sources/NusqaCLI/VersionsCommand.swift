import NusqaKit

/// `nusqa versions ACT`.
enum VersionsCommand {
    static let command = Command(
        name: "versions", usage: "nusqa versions <act> [--format text|json]",
        summary: "List an act's editions and the changes that made them.",
        discussion: """
            ARGUMENTS:
              <act>                   A corpus id or order number.

            OPTIONS:
              --format text|json      A listing (default) or JSON.
            """,
        options: ["format"], flags: [], run: run)

    static func run(_ context: inout Context) throws -> Int32 {
        guard let name = context.arguments.positionals.first else { throw UsageError("missing <act>") }
        let format = try context.format(["text", "json"], default: "text")
        let loaded = try TimelineContext(name, context: context)
        let timeline = loaded.timeline
        if format == "json" {
            context.stdout += TimelineJSON.versions(timeline).rendered()
            return 0
        }
        var out = loaded.title + "\n\n"
        for edition in timeline.editions {
            guard let date = edition.date else {
                out += "original text\(loaded.entry.act == nil ? " (not in corpus)" : "")\n"
                continue
            }
            out += "\(date)\(edition.isEstimated ? " (estimated)" : "")\n"
            for change in edition.changes {
                out += "  \(change.act): \(change.target.kazakhReference) — \(change.deferredTarget == nil ? change.patch.operation.rawValue : "deferred part in force")\n"
            }
        }
        if !timeline.unapplied.isEmpty {
            out += "\nunapplied:\n"
            for item in timeline.unapplied { out += "  \(item.change.act): \(item.change.target.kazakhReference) — \(item.reason)\n" }
        }
        context.stdout += out
        return 0
    }
}
