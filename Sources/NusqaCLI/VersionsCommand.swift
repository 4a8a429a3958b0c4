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
        guard context.arguments.positionals.count == 1 else { throw UsageError("unexpected argument '\(context.arguments.positionals[1])'") }
        let format = try context.format(["text", "json"], default: "text")
        let loaded = try TimelineContext(name, context: context)
        let timeline = loaded.timeline
        if format == "json" {
            context.stdout += JSONOutput.versions(act: loaded.entry.metadata.id, timeline: timeline).rendered()
        } else {
            context.stdout += TimelineListings.versions(
                title: loaded.title, timeline: timeline, hasText: loaded.entry.act != nil, labels: loaded.labels, actLabel: loaded.actLabel)
        }
        return 0
    }
}
