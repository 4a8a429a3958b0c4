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
        let id = history.id
        let changes = loaded.timeline.history(of: id)
        if format == "json" {
            context.stdout += JSONValue.object([
                "schema": JSONOutput.schema, "kind": "history", "act": .string(loaded.entry.metadata.id), "clause": .string(id.description),
                "reading": .string(id.kazakhReference), "label": .string(loaded.labels.reference(id)),
                "changes": .array(changes.map(JSONOutput.change)),
                "editions": .array(history.versions.map { version in
                    [
                        "date": .optional(version.date?.description), "estimated": .bool(version.isEstimated),
                        "changes": .array(version.changes.map(JSONOutput.change)), "text": .optional(version.wording),
                        "content": .optional(version.content), "status": .optional(version.status),
                        "edits": .array(version.edits.map { ["op": .string($0.operation.rawValue), "text": .string($0.text)] }),
                    ]
                }),
            ]).rendered()
            return 0
        }
        var out = "\(loaded.title)\n\(loaded.labels.reference(id)) (\(id))\n"
        if history.versions.contains(where: \.isEstimated) { out += Flag.estimatedDateExplanation + "\n" }
        for (index, version) in history.versions.enumerated() {
            let date = version.date.map { "\($0.dotted)\(version.isEstimated ? " (күні болжамды / estimated)" : "") бастап / from \($0)" } ?? "бастапқы мәтін / original text"
            out += "\n\(index + 1). \(date)\n"
            for change in version.changes {
                let operation = change.deferredTarget == nil ? change.patch.operation.kazakhName : "қолданысқа енгізілді / came into force"
                out += "   \(loaded.labels.reference(change.target)) \(operation) – \(loaded.actLabel(change.act))\n"
            }
            if let status = version.status, status != "in-force" { out += "   [\(statusName(status))]\n" }
            guard let wording = version.wording else {
                out += "   [жоқ / absent]\n"
                continue
            }
            for line in wording.split(separator: "\n") { out += "   │ \(line)\n" }
            if index > 0, version.edits.contains(where: { $0.operation != .equal }) {
                out += "   Алдыңғы редакциядан айырма / changes from the previous wording:\n   "
                for edit in version.edits {
                    switch edit.operation {
                    case .equal: out += edit.text.replacingOccurrences(of: "\n", with: "\n   ")
                    case .delete: out += "[-\(edit.text)-]"
                    case .insert: out += "{+\(edit.text)+}"
                    }
                }
                out += "\n"
            }
        }
        context.stdout += out
        return 0
    }

    static func statusName(_ status: String) -> String {
        switch status {
        case "deleted": "алып тасталды / deleted"
        case "repealed": "күші жойылды / repealed"
        case "not-yet-in-force": "әлі қолданысқа енгізілмеген / not yet in force"
        case "not-in-corpus": "мәтіні корпуста жоқ / text not in corpus"
        default: status
        }
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
