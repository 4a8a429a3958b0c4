import NusqaAmend
import NusqaCore
import NusqaCorpus
import NusqaLanguage
import NusqaParse
import NusqaText
import NusqaTimeline

/// The JSON documents the commands print; every root carries `"schema": "nusqa/1"` and a `kind`.
public enum JSONOutput {
    /// The schema every document names: `nusqa/1`.
    public static let schema: JSONValue = "nusqa/1"

    /// The document as text: sorted keys, two-space indentation, one trailing newline.
    public static func render(_ value: JSONValue) -> String { value.rendered() }

    /// `nusqa parse --format json`.
    public static func parse(_ act: Act, repairs: Bool, citations: Bool) -> JSONValue {
        var object: [String: JSONValue] = [
            "schema": schema, "kind": "parse", "file": .string(act.name), "actKind": .string(act.kind.rawValue),
            "documentType": .string(act.documentType.rawValue),
            "dialect": .string(act.dialect.rawValue), "title": .optional(act.title),
            "header": header(act.header),
            "clauses": .array(act.body.jsonChildren()),
            "diagnostics": .array(act.diagnostics.map { $0.json(file: act.name) }),
            "metadata": .array(act.metadata.map { ["role": .string($0.role), "line": .int($0.line), "text": .string($0.text)] }),
        ]
        if repairs { object["repairs"] = .array(act.repairs.map(\.json)) }
        if citations { object["citations"] = .array(act.citations().map(citation)) }
        return .object(object)
    }

    /// The header sentence of an act: issuer, date, number and registration; null when there is none.
    public static func header(_ header: ActHeader?) -> JSONValue {
        guard let header else { return .null }
        return [
            "issuer": .optional(header.issuer), "date": .optional(header.date?.description), "number": .optional(header.number),
            "registrationNumber": .optional(header.registrationNumber),
            "registrationDate": .optional(header.registrationDate?.description),
        ]
    }

    /// A citation of another act found in the text, with its line and column.
    public static func citation(_ located: LocatedCitation) -> JSONValue {
        let c = located.citation
        return [
            "kind": .string(c.kind.rawValue), "issuer": .optional(c.issuer), "date": .optional(c.date?.description),
            "number": .optional(c.number), "registrationNumber": .optional(c.registrationNumber), "title": .optional(c.title),
            "line": .int(located.location.line), "column": .int(located.location.column),
        ]
    }

    /// A change of the timeline (`show` coming, `versions`, `history`): act, operation, target, effective,
    /// estimated; `reason` too for an unapplied change. A deferred part coming into force has the
    /// operation `deferred-in-force`.
    public static func change(_ change: Change) -> JSONValue { self.change(change, reason: nil) }

    /// A change of the timeline with the reason it was not applied, when `reason` is given.
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

    /// `nusqa acts --format json`.
    public static func acts(_ corpus: Corpus) -> JSONValue { acts(corpus.entries.map(ActSummary.init)) }

    /// `nusqa acts --format json` of `acts` (from a loaded corpus or a store).
    public static func acts(_ acts: [ActSummary]) -> JSONValue {
        [
            "schema": schema, "kind": "acts",
            "acts": .array(
                acts.map { act in
                    [
                        "id": .string(act.id), "actKind": .string(act.kind), "number": .optional(act.number), "signed": .optional(act.signed),
                        "title": .optional(act.title ?? act.textTitle), "hasText": .bool(act.hasText),
                        "published": .optional(act.published), "registrationNumber": .optional(act.registrationNumber),
                    ]
                }),
        ]
    }

    /// `nusqa instructions --format json`.
    public static func instructions(_ reading: AmendmentReading, file: String) -> JSONValue {
        [
            "schema": schema, "kind": "instructions", "file": .string(file), "target": .optional(reading.targetID),
            "instructionCount": .int(reading.instructionCount),
            "patches": .array(reading.patches.map(patch)),
            "unparsed": .array(reading.unparsed.map { ["text": .string($0.text), "reason": .string($0.reason), "line": .int($0.span.start.line), "abzac": .int($0.abzac)] }),
            "fragment": .bool(reading.isFragment),
            "notInstructions": .array(reading.classified.map { ["kind": .string($0.kind.rawValue), "text": .string($0.text), "line": .int($0.span.start.line)] }),
            "diagnostics": .array(reading.diagnostics.map { $0.json(file: file) }),
            "entryIntoForce": reading.entryIntoForce.map(entryIntoForce) ?? .null,
        ]
    }

    /// The entry-into-force rule: the general rule, the coming-into-force rule kept apart, the exceptions
    /// with their units and rules, and the applies-from date kept apart.
    public static func entryIntoForce(_ entry: EntryIntoForce) -> JSONValue {
        var object = rule(entry.rule)
        object["comesIntoForce"] = entry.comesIntoForce.map { .object(rule($0)) } ?? .null
        object["mustBePublished"] = .bool(entry.mustBePublished)
        object["appliesFrom"] = .optional(entry.appliesFrom?.description)
        object["exceptions"] = .array(entry.exceptions.map { exception in
            var item = rule(exception.rule)
            item["units"] = .array(exception.units.map { ["id": .string($0.id.description), "through": .optional($0.through?.description)] })
            item["text"] = .string(exception.text)
            return .object(item)
        })
        return .object(object)
    }

    /// A rule's fields: `rule` (its name), `days`, `months`, `date`, `condition`.
    public static func rule(_ rule: EntryIntoForce.Rule) -> [String: JSONValue] {
        var object: [String: JSONValue] = ["days": .null, "months": .null, "date": .null, "condition": .null]
        switch rule {
        case .fixed(let date):
            object["rule"] = "fixed-date"
            object["date"] = .string(date.description)
        case .conditional(let text):
            object["rule"] = "conditional"
            object["condition"] = .string(text)
        case .after(let event, let delay):
            switch delay {
            case .sameDay: object["rule"] = .string("from-\(event.rawValue)")
            case .nextDay: object["rule"] = .string("day-after-\(event.rawValue)")
            case .days(let days):
                object["rule"] = .string("days-after-\(event.rawValue)")
                object["days"] = .int(days)
            case .months(let months):
                object["rule"] = .string("months-after-\(event.rawValue)")
                object["months"] = .int(months)
            }
        }
        return object
    }

    /// One patch of `nusqa instructions`: operation, target, dates, source lines, payload or words.
    public static func patch(_ patch: Patch) -> JSONValue {
        var object: [String: JSONValue] = [
            "sequence": .int(patch.sequence), "operation": .string(patch.operation.rawValue), "target": .string(patch.target.description),
            "reading": .string(patch.target.kazakhReference),
            "effective": patch.effective.map { .string($0.date.description) } ?? .null,
            "estimated": .bool(patch.effective?.isEstimated ?? false), "line": .int(patch.span.start.line), "endLine": .int(patch.span.end.line),
            "abzacs": [.int(patch.abzacs.lowerBound), .int(patch.abzacs.upperBound)], "instruction": .string(patch.instruction),
            "deferred": .array(patch.deferred.map { ["target": .string($0.target.description), "effective": .string($0.effective.date.description), "estimated": .bool($0.effective.isEstimated)] }),
        ]
        if let payload = patch.payload { object["payload"] = payload.json(id: patch.target) }
        object["applied"] = .bool(patch.isApplicable)
        if let reason = patch.unapplied { object["unappliedReason"] = .string(reason) }
        if let error = patch.error { object["error"] = .string(error) }
        if let column = patch.column { object["column"] = .int(column) }
        if let part = patch.part { object["part"] = .string(part.description) }
        if let anchor = patch.anchor { object["anchor"] = .string(anchor) }
        if let period = patch.period { object["period"] = .string(period) }
        if let amends = patch.amends {
            object["amends"] = [
                "id": .optional(patch.amendsID), "kind": .string(amends.kind.rawValue), "number": .optional(amends.number),
                "date": .optional(amends.date?.description), "title": .optional(amends.title),
            ]
        }
        if let words = patch.words {
            object["words"] = ["old": .string(words.old), "new": .string(words.new), "position": .string(words.position.rawValue), "global": .bool(words.isGlobal)]
        }
        return .object(object)
    }
}
