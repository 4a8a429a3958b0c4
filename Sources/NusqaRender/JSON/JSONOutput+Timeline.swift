import NusqaCore
import NusqaDiff
import NusqaLanguage
import NusqaTimeline

extension JSONOutput {
    /// `nusqa show --format json`: the edition in force on `asOf`, and the changes still to come.
    /// - Complexity: O(n) in the size of the edition.
    public static func show(act: String, asOf: CivilDate, edition: Edition, coming: [Change]) -> JSONValue {
        [
            "schema": schema, "kind": "show", "act": .string(act), "asOf": .string(asOf.description),
            "edition": .optional(edition.date?.description), "estimated": .bool(edition.isEstimated),
            "clauses": .array(edition.body.jsonChildren()),
            "coming": .array(coming.map(change)),
        ]
    }

    /// `nusqa show --format ndjson`: one clause per line, without its children, in document order.
    /// - Complexity: O(n) in the size of the edition.
    public static func ndjson(_ edition: Edition) -> String {
        var out = ""
        for clause in Flatten.clauses(edition.body) { out += clause.compact() + "\n" }
        return out
    }

    /// `nusqa versions --format json`: every edition with the changes that made it, and the unapplied ones.
    public static func versions(act: String, timeline: Timeline) -> JSONValue {
        [
            "schema": schema, "kind": "versions", "act": .string(act),
            "editions": .array(
                timeline.editions.map { edition in
                    ["date": .optional(edition.date?.description), "estimated": .bool(edition.isEstimated), "changes": .array(edition.changes.map(change))]
                }),
            "unapplied": .array(timeline.unapplied.map { change($0.change, reason: $0.reason) }),
        ]
    }

    /// `nusqa history --format json`: the changes that touched one clause, and each of its editions
    /// with its wording and a word diff to the one before.
    public static func history(act: String, history: ClauseHistory, changes: [Change], label: String) -> JSONValue {
        let clause = history.id
        return [
            "schema": schema, "kind": "history", "act": .string(act), "clause": .string(clause.description),
            "reading": .string(clause.kazakhReference), "label": .string(label),
            "changes": .array(changes.map(change)),
            "editions": .array(history.versions.map { version in
                [
                    "date": .optional(version.date?.description), "estimated": .bool(version.isEstimated),
                    "changes": .array(version.changes.map(change)), "text": .optional(version.wording),
                    "content": .optional(version.content), "status": .optional(version.status),
                    "edits": .array(version.edits.map { ["op": .string($0.operation.rawValue), "text": .string($0.text)] }),
                ]
            }),
        ]
    }

    /// `nusqa diff --format json`: what changed between two editions of an act (`act` its id, `from`
    /// and `to` the dates) or between two files (`act` nil, `from` and `to` the file names).
    public static func diff(_ report: DiffReport, act: String?) -> JSONValue {
        [
            "schema": schema, "kind": "diff", "act": .optional(act), "from": .string(report.from), "to": .string(report.to),
            "title": .string(report.title), "summary": DiffRenderer.summaryJSON(report), "changes": DiffRenderer.json(report),
        ]
    }

    /// `nusqa check --format json`: the counts and every problem.
    public static func check(_ check: CorpusCheck) -> JSONValue {
        [
            "schema": schema, "kind": "check", "acts": .int(check.actCount), "patches": .int(check.patchCount),
            "errors": .int(check.errorCount), "warnings": .int(check.warningCount),
            "problems": .array(check.problems.map { $0.diagnostic.json(file: $0.file) }),
        ]
    }
}
