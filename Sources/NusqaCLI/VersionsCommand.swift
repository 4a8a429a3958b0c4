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
            context.stdout += JSONValue.object([
                "schema": JSONOutput.schema, "kind": "versions", "act": .string(loaded.entry.metadata.id),
                "editions": .array(timeline.editions.map { edition in
                    ["date": .optional(edition.date?.description), "estimated": .bool(edition.isEstimated),
                     "changes": .array(edition.changes.map(JSONOutput.change))]
                }),
                "unapplied": .array(timeline.unapplied.map { JSONOutput.change($0.change, reason: $0.reason) }),
            ]).rendered()
            return 0
        }
        var out = loaded.title + "\n\n"
        let labels = loaded.labels
        if timeline.editions.contains(where: \.isEstimated) { out += Flag.estimatedDateExplanation + "\n\n" }
        for edition in timeline.editions {
            guard let date = edition.date else {
                out += "бастапқы мәтін / original text\(loaded.entry.act == nil ? " (корпуста жоқ / not in corpus)" : "")\n"
                continue
            }
            out += "\(date)\(edition.isEstimated ? " (күні болжамды / estimated)" : "")\n"
            for change in edition.changes {
                out += "  \(loaded.actLabel(change.act)): \(labels.reference(change.target)) \(change.deferredTarget == nil ? change.patch.operation.kazakhName : "қолданысқа енгізілді (кейінге қалдырылған бөлік)")\n"
            }
        }
        if !timeline.unapplied.isEmpty {
            out += "\nҚолданылмаған өзгерістер / unapplied:\n"
            for item in timeline.unapplied { out += "  \(loaded.actLabel(item.change.act)): \(labels.reference(item.change.target)) — \(item.reason)\n" }
        }
        context.stdout += out
        return 0
    }
}
