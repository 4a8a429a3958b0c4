extension Clause {
    /// The clause as a JSON object: id, kind, number, heading, text, status, provenance, children.
    /// - Complexity: O(n) in the size of the subtree.
    public func json(id: ClauseID) -> JSONValue {
        let childParent = kind.isTransparentInIDs ? (id.parent ?? .root) : id
        var object: [String: JSONValue] = [
            "kind": .string(kind.rawValue),
            "id": .string(id.description),
            "number": .optional(number?.description),
            "text": content == .known ? .string(text) : .null,
            "status": .string(content == .notInCorpus && text.isEmpty ? "not-in-corpus" : status.name),
            "children": .array(children.map { $0.json(id: childParent.appending($0.idStep)) }),
        ]
        if let heading { object["heading"] = .string(heading) }
        if let printedNumber { object["printedNumber"] = .string(printedNumber) }
        if !cells.isEmpty { object["cells"] = .array(cells.map(JSONValue.string)) }
        if case .pending(let from, let keeps) = status {
            object["inForceFrom"] = .string(from.description)
            object["keepsPreviousWording"] = .bool(keeps)
        }
        if !provenance.isEmpty { object["provenance"] = .array(provenance.map(\.json)) }
        return .object(object)
    }
}

extension Provenance {
    /// The provenance entry as JSON.
    public var json: JSONValue {
        ["act": .string(act), "operation": .string(operation.rawValue), "effective": .string(effective.description), "estimated": .bool(isEstimated)]
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
        ["kind": .string(kind.rawValue), "line": .int(line), "before": .string(before), "after": .string(after)]
    }
}
