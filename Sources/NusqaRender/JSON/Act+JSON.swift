import NusqaCore
import NusqaParse
import NusqaText

extension Clause {
    /// The clause as a JSON object (see the "JSON output" article): id, kind, number, heading, text,
    /// status, inForceFrom, provenance and children are always present; printedNumber, cells and
    /// keepsPreviousWording only when they apply.
    /// - Complexity: O(n) in the size of the subtree.
    /// - Parameters:
    ///   - id: the clause's id (the tree holds no ids; the caller's walk forms them).
    ///   - includingChildren: false for one clause alone (NDJSON), without the `children` key.
    public func json(id: ClauseID, includingChildren: Bool = true) -> JSONValue {
        var object: [String: JSONValue] = [
            "kind": .string(kind.rawValue),
            "id": .string(id.description),
            "number": .optional(number?.description),
            "heading": .optional(heading),
            "text": content == .known ? .string(text) : .null,
            "status": .string(jsonStatus),
            "inForceFrom": .null,
            "provenance": .array(provenance.map(\.json)),
        ]
        if includingChildren {
            object["children"] = .array(children.map { $0.json(id: self.id(ofChild: $0, at: id)) })
        }
        if let printedNumber { object["printedNumber"] = .string(printedNumber) }
        if content == .known, text.containsBytes(of: UncertainText.marker) {
            object["uncertain"] = .array(
                Array(repeating: ["code": "ambiguous-displacement", "marker": .string(UncertainText.marker), "message": .string(UncertainText.explanation)],
                      count: UncertainText.count(in: text)))
        }
        if kind == .editorialNote {
            object["history"] = .array(EditorialHistoryReader.read(text, under: id.parent ?? .root).map(\.json))
        }
        if !cells.isEmpty { object["cells"] = .array(cells.map(JSONValue.string)) }
        if case .pending(let from, let keeps) = status {
            object["inForceFrom"] = .string(from.description)
            object["keepsPreviousWording"] = .bool(keeps)
        }
        return .object(object)
    }

    /// The status as JSON names it: `in-force`, `not-in-corpus`, `not-yet-in-force`, `deleted` or `repealed`.
    public var jsonStatus: String {
        content == .notInCorpus && text.isEmpty ? "not-in-corpus" : status.name
    }
}

extension EditorialHistoryEntry {
    /// The entry as JSON: unit (null for the whole act), unitText, action, acts.
    public var json: JSONValue {
        [
            "unit": .optional(unit?.description), "unitText": .string(unitText), "action": .string(action.rawValue),
            "acts": .array(
                acts.map { act in
                    [
                        "issuer": .optional(act.issuer), "date": .optional(act.date?.description), "number": .optional(act.number),
                        "type": .string(act.type.rawValue), "entryIntoForce": .optional(act.entryIntoForce),
                        "effective": .optional(act.effective?.description),
                    ]
                }),
        ]
    }
}

extension Provenance {
    /// The provenance entry as JSON: act, operation, effective, estimated, unit.
    public var json: JSONValue {
        [
            "act": .string(act), "operation": .string(operation.rawValue), "effective": .string(effective.description),
            "estimated": .bool(isEstimated), "unit": .string(unit.description),
        ]
    }
}

extension Diagnostic {
    /// The diagnostic as JSON.
    public func json(file: String) -> JSONValue {
        [
            "severity": .string(severity.rawValue), "code": .string(code), "message": .string(message), "file": .string(file),
            "line": location.map { .int($0.line) } ?? .null, "column": location.map { .int($0.column) } ?? .null,
        ]
    }
}

extension Repair {
    /// The repair as JSON.
    public var json: JSONValue {
        [
            "kind": .string(kind.rawValue), "line": .int(line), "column": column.map { .int($0) } ?? .null,
            "before": .string(before), "after": .string(after),
        ]
    }
}
