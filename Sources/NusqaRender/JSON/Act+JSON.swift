import NusqaCore
import NusqaText

extension Clause {
    /// The clause as a JSON object (see the "JSON output" article): id, kind, number, heading, text,
    /// status, inForceFrom, provenance and children are always present; printedNumber, cells and
    /// keepsPreviousWording only when they apply.
    /// - Complexity: O(n) in the size of the subtree.
    /// - Parameter includingChildren: false for one clause alone (NDJSON), without the `children` key.
    public func json(id: ClauseID, includingChildren: Bool = true) -> JSONValue {
        let childParent = kind.isTransparentInIDs ? (id.parent ?? .root) : id
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
            object["children"] = .array(children.map { $0.json(id: childParent.appending($0.idStep)) })
        }
        if let printedNumber { object["printedNumber"] = .string(printedNumber) }
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
