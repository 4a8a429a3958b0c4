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
    ///   - continuing: whether the items missing before its first known item are named outside it.
    public func json(id: ClauseID, includingChildren: Bool = true, continuing: ReadingContinuation = .start) -> JSONValue {
        var object: [String: JSONValue] = [
            "kind": .string(kind.rawValue),
            "id": .string(id.description),
            "number": .optional(number?.description),
            "heading": .optional(heading),
            // A unit known only in part keeps its known text; `content` says it is partial.
            "text": content == .known || !text.isEmpty ? .string(text) : .null,
            "content": .string(jsonContent),
            "status": .string(jsonStatus),
            "inForceFrom": .null,
            "provenance": .array(provenance.map(\.json)),
            "flags": .array(flags.map(\.json)),
        ]
        if includingChildren {
            object["children"] = .array(jsonChildren(id: id, continuing: continuing))
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

    /// The children of this unit as JSON, gaps included, in document order.
    /// - Parameters:
    ///   - id: this unit's id.
    ///   - continuing: whether the items missing before its first known item are named outside it.
    /// - Complexity: O(n) in the size of the subtree.
    public func jsonChildren(id: ClauseID = .root, continuing: ReadingContinuation = .start) -> [JSONValue] {
        readingEntries(id: id, continuing: continuing).map { entry in
            switch entry {
            case .unit(let child, let childID, let childContinuing): child.json(id: childID, continuing: childContinuing)
            case .gap(let gap): gap.json
            }
        }
    }

    /// Whether the unit's text is `known`, `partial` (its first words known, the rest not in corpus, or
    /// some of its sub-units known), or `not-in-corpus`.
    public var jsonContent: String {
        guard content == .notInCorpus else { return "known" }
        return text.isEmpty && children.isEmpty ? "not-in-corpus" : "partial"
    }

    /// One JSON object per clause and per gap, without children, in document order (NDJSON).
    /// - Complexity: O(n) in the size of the tree.
    public func jsonLines(id: ClauseID = .root) -> [JSONValue] {
        var out: [JSONValue] = []
        func visit(_ node: Clause, _ nodeID: ClauseID, _ continuing: ReadingContinuation) {
            for entry in node.readingEntries(id: nodeID, continuing: continuing) {
                switch entry {
                case .gap(let gap): out.append(gap.json)
                case .unit(let child, let childID, let childContinuing):
                    out.append(child.json(id: childID, includingChildren: false))
                    visit(child, childID, childContinuing)
                }
            }
        }
        visit(self, id, .start)
        return out
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

extension Gap {
    /// The gap as JSON: `{"kind": "gap", "parent", "extent", "unitKind", "from", "to", "missing", "marker"}`;
    /// `missing` is the Kazakh range ("6–17-тармақтар"), `marker` the line other formats print.
    public var json: JSONValue {
        let bounds = self.bounds
        return [
            "kind": "gap", "parent": .string(parent.description), "extent": .string(extentName),
            "unitKind": .optional(unitKind?.rawValue), "from": .optional(bounds.from?.description), "to": .optional(bounds.to?.description),
            "missing": .string(kazakhRange), "marker": .string(marker),
        ]
    }
}

extension Flag {
    /// The flag as JSON: code and message.
    public var json: JSONValue { ["code": .string(code), "message": .string(message)] }
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
