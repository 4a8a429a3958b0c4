import NusqaKit

/// `nusqa show ACT [--as-of DATE] [--format text|md|html|json|ndjson]`.
enum ShowCommand {
    static let command = Command(
        name: "show", usage: "nusqa show <act> [--as-of DATE] [--format text|md|html|json|ndjson]",
        summary: "Show an act as in force on a date, with notes under changed units.",
        discussion: """
            ARGUMENTS:
              <act>                   A corpus id (V2000021844) or order number (ҚР ДСМ-290/2020).

            OPTIONS:
              --as-of DATE            YYYY-MM-DD (default: today).
              --format FORMAT         text (default), md, html, json, or ndjson (one clause per line).
            """,
        options: ["as-of", "format"], flags: [], run: run)

    static func run(_ context: inout Context) throws -> Int32 {
        guard let name = context.arguments.positionals.first else { throw UsageError("missing <act>") }
        let format = try context.format(["text", "md", "html", "json", "ndjson"], default: "text")
        let date = try DateOption.parse(context.arguments.options["as-of"]) ?? CivilDate.today()
        guard context.arguments.positionals.count == 1 else { throw UsageError("unexpected argument '\(context.arguments.positionals[1])'") }
        let loaded = try TimelineContext(name, context: context)
        try loaded.check(date, option: "--as-of")
        let edition = loaded.timeline.edition(asOf: date)
        let coming = loaded.timeline.comingChanges(after: date)
        switch format {
        case "json", "ndjson":
            if format == "ndjson" {
                context.stdout += JSONOutput.ndjson(edition)
            } else {
                context.stdout += JSONOutput.show(act: loaded.entry.metadata.id, asOf: date, edition: edition, coming: coming).rendered()
            }
        default:
            let renderer = EditionRenderer(
                title: loaded.title, asOf: date, edition: edition, coming: coming, unapplied: loaded.timeline.unapplied,
                labels: loaded.labels, info: loaded.info)
            context.stdout += renderer.render(EditionRenderer.Format(rawValue: format) ?? .text)
        }
        return 0
    }
}
