import NusqaAmend
import NusqaParse
import NusqaCore
import NusqaCorpus
import NusqaTimeline

/// The `nusqa/1` JSON documents about a timeline (редакциялар JSON-ы): `show`, `versions` and `acts`,
/// shared by the command line and the static site so both print the same bytes.
public enum TimelineJSON {
    /// The schema tag every root carries.
    public static let schema: JSONValue = "nusqa/1"

    /// The `show` document: an edition as in force on `asOf`, with the changes not yet in force.
    /// - Complexity: O(n) in the size of the edition.
    public static func show(act: String, asOf: CivilDate, edition: Edition, coming: [Change]) -> JSONValue {
        let clauses = edition.body.children.map { $0.json(id: ClauseID.root.appending($0.idStep)) }
        return .object([
            "schema": schema, "kind": "show", "act": .string(act), "asOf": .string(asOf.description),
            "edition": .optional(edition.date?.description), "estimated": .bool(edition.isEstimated),
            "clauses": .array(clauses),
            "coming": .array(coming.map(change)),
        ])
    }

    /// The `versions` document: every edition with the changes that made it, and the unapplied changes.
    public static func versions(_ timeline: Timeline) -> JSONValue {
        .object([
            "schema": schema, "kind": "versions", "act": .string(timeline.actID),
            "editions": .array(timeline.editions.map { edition in
                ["date": .optional(edition.date?.description), "estimated": .bool(edition.isEstimated),
                 "changes": .array(edition.changes.map(change))]
            }),
            "unapplied": .array(timeline.unapplied.map { change($0.change, reason: $0.reason) }),
        ])
    }

    /// The `acts` document: one entry per corpus act.
    public static func acts(_ corpus: Corpus) -> JSONValue {
        [
            "schema": schema, "kind": "acts",
            "acts": .array(
                corpus.entries.map { entry in
                    let m = entry.metadata
                    return [
                        "id": .string(m.id), "actKind": .string(m.kind.rawValue), "number": .optional(m.number), "signed": .optional(m.signed?.description),
                        "title": .optional(m.title ?? entry.act?.title), "hasText": .bool(entry.act != nil),
                        "published": .optional(m.published?.description), "registrationNumber": .optional(m.registration?.number),
                    ]
                }),
        ]
    }

    /// A change of the timeline: act, operation, target, effective, estimated. A deferred part
    /// coming into force has the operation `deferred-in-force`.
    public static func change(_ change: Change) -> JSONValue { self.change(change, reason: nil) }

    /// A change with the reason it could not be applied, when `reason` is given.
    public static func change(_ change: Change, reason: String?) -> JSONValue {
        var object: [String: JSONValue] = [
            "act": .string(change.act),
            "operation": .string(change.deferredTarget == nil ? change.patch.operation.rawValue : "deferred-in-force"),
            "target": .string(change.target.description), "effective": change.effective.map { .string($0.date.description) } ?? .null,
            "estimated": .bool(change.effective?.isEstimated ?? false),
        ]
        if let reason { object["reason"] = .string(reason) }
        return .object(object)
    }
}
