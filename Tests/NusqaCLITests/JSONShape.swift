import Foundation

/// A small hand-written schema for `nusqa … --format json`, mirroring the "JSON output" article
/// (Sources/NusqaKit/NusqaKit.docc/JSONSchema.md): per root kind, the keys and their JSON types.
indirect enum JSONShape: Sendable {
    case string
    case int
    case bool
    /// A string from a fixed set.
    case oneOf([String])
    /// An ISO date string, YYYY-MM-DD.
    case date
    case nullable(JSONShape)
    case array(JSONShape)
    /// An object: every `required` key must be present, `optional` keys may be, no other key may.
    case object(required: [String: JSONShape], optional: [String: JSONShape])
    /// A named definition, for recursion (the clause object).
    case ref(String)
    /// An object whose `kind` picks its shape (a gap among clauses); `other` for every other kind.
    case byKind([String: JSONShape], other: JSONShape)

    static func object(_ required: [String: JSONShape], optional: [String: JSONShape] = [:]) -> JSONShape {
        .object(required: required, optional: optional)
    }

    /// Checks `value` (from JSONSerialization) and returns every mismatch as `path: problem`.
    func problems(_ value: Any, at path: String = "$") -> [String] {
        switch self {
        case .string:
            return value is String ? [] : ["\(path): expected a string, got \(JSONShape.describe(value))"]
        case .date:
            guard let s = value as? String else { return ["\(path): expected a date string, got \(JSONShape.describe(value))"] }
            return s.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil ? [] : ["\(path): '\(s)' is not a YYYY-MM-DD date"]
        case .oneOf(let allowed):
            guard let s = value as? String else { return ["\(path): expected a string, got \(JSONShape.describe(value))"] }
            return allowed.contains(s) ? [] : ["\(path): '\(s)' is not one of \(allowed.joined(separator: ", "))"]
        case .int:
            return JSONShape.isInt(value) ? [] : ["\(path): expected an integer, got \(JSONShape.describe(value))"]
        case .bool:
            return JSONShape.isBool(value) ? [] : ["\(path): expected a boolean, got \(JSONShape.describe(value))"]
        case .nullable(let shape):
            return value is NSNull ? [] : shape.problems(value, at: path)
        case .array(let element):
            guard let items = value as? [Any] else { return ["\(path): expected an array, got \(JSONShape.describe(value))"] }
            return items.enumerated().flatMap { element.problems($0.element, at: "\(path)[\($0.offset)]") }
        case .object(let required, let optional):
            guard let object = value as? [String: Any] else { return ["\(path): expected an object, got \(JSONShape.describe(value))"] }
            var out: [String] = []
            for key in required.keys.sorted() where object[key] == nil { out.append("\(path).\(key): missing") }
            for key in object.keys.sorted() {
                guard let shape = required[key] ?? optional[key] else {
                    out.append("\(path).\(key): not in the documented schema")
                    continue
                }
                out += shape.problems(object[key]!, at: "\(path).\(key)")
            }
            return out
        case .byKind(let shapes, let other):
            let kind = (value as? [String: Any])?["kind"] as? String
            return (kind.flatMap { shapes[$0] } ?? other).problems(value, at: path)
        case .ref(let name):
            guard let shape = JSONSchema.definitions[name] else { return ["\(path): unknown definition \(name)"] }
            return shape.problems(value, at: path)
        }
    }

    static func isBool(_ value: Any) -> Bool {
        guard let number = value as? NSNumber, !(value is String) else { return false }
        return String(cString: number.objCType) == "c"
    }

    static func isInt(_ value: Any) -> Bool {
        guard let number = value as? NSNumber, !isBool(value) else { return false }
        return ["i", "l", "q", "s"].contains(String(cString: number.objCType))
    }

    static func describe(_ value: Any) -> String {
        if value is NSNull { return "null" }
        if value is String { return "a string" }
        if isBool(value) { return "a boolean" }
        if value is NSNumber { return "a number" }
        if value is [Any] { return "an array" }
        if value is [String: Any] { return "an object" }
        return "\(type(of: value))"
    }
}

/// The documented schema `nusqa/1`.
enum JSONSchema {
    static let statuses = ["in-force", "not-in-corpus", "not-yet-in-force", "deleted", "repealed"]
    static let operations = ["replace", "replace-from-annex", "insert", "insert-rows", "delete", "repeal", "replace-words", "insert-words"]

    /// The clause object's fields; `children` is added for the tree, left out for NDJSON lines.
    static let clauseFields: [String: JSONShape] = [
        "id": .string, "kind": .string, "number": .nullable(.string), "heading": .nullable(.string), "text": .nullable(.string),
        "status": .oneOf(statuses), "inForceFrom": .nullable(.date), "provenance": .array(.ref("provenance")),
        "content": .oneOf(["known", "partial", "not-in-corpus"]), "flags": .array(.ref("flag")),
    ]
    /// The entry-into-force rule names: an event (publication, signing, registration) with its delay, a date, or a condition.
    static let ruleNames: [String] =
        ["publication", "signing", "registration"].flatMap { ["from-\($0)", "day-after-\($0)", "days-after-\($0)", "months-after-\($0)"] }
        + ["fixed-date", "conditional"]
    static let ruleFields: [String: JSONShape] = [
        "rule": .oneOf(ruleNames), "days": .nullable(.int), "months": .nullable(.int), "date": .nullable(.date), "condition": .nullable(.string),
    ]
    static let clauseOptional: [String: JSONShape] = [
        "printedNumber": .string, "cells": .array(.string), "keepsPreviousWording": .bool,
        "uncertain": .array(.object(["code": .string, "marker": .string, "message": .string])),
        "history": .array(.object([
            "unit": .nullable(.string), "unitText": .string,
            "action": .oneOf(["restated", "amended", "inserted", "deleted", "repealed", "suspended", "entry-into-force", "unknown"]),
            "acts": .array(.object([
                "issuer": .nullable(.string), "date": .nullable(.date), "number": .nullable(.string),
                "type": .oneOf(["order", "resolution", "decision", "law", "code", "unknown"]),
                "entryIntoForce": .nullable(.string), "effective": .nullable(.date),
            ])),
        ])),
    ]

    static let definitions: [String: JSONShape] = [
        "clause": .object(clauseFields.merging(["children": .array(.ref("clauseOrGap"))]) { a, _ in a }, optional: clauseOptional),
        "clauseOrGap": .byKind(["gap": .ref("gap")], other: .ref("clause")),
        "clauseLine": .byKind(["gap": .ref("gap")], other: .object(clauseFields, optional: clauseOptional)),
        "gap": .object([
            "kind": .oneOf(["gap"]), "parent": .string, "extent": .oneOf(["units", "before", "after", "between", "rest"]),
            "unitKind": .nullable(.string), "from": .nullable(.string), "to": .nullable(.string), "missing": .string, "marker": .string,
        ]),
        "flag": .object(["code": .string, "message": .string]),
        "provenance": .object([
            "act": .string, "operation": .oneOf(operations), "effective": .date, "estimated": .bool, "unit": .string,
        ]),
        "change": .object(
            ["act": .string, "operation": .oneOf(operations + ["deferred-in-force"]), "target": .string, "effective": .date, "estimated": .bool],
            optional: ["reason": .string]),
        "diagnostic": .object([
            "severity": .oneOf(["note", "warning", "error"]), "code": .string, "message": .string, "file": .string,
            "line": .nullable(.int), "column": .nullable(.int),
        ]),
        "patch": .object(
            [
                "sequence": .int, "operation": .oneOf(operations), "target": .string, "reading": .string, "effective": .nullable(.date),
                "estimated": .bool, "line": .int, "endLine": .int, "abzacs": .array(.int), "instruction": .string,
                "deferred": .array(.object(["target": .string, "effective": .date, "estimated": .bool])), "applied": .bool,
            ],
            optional: [
                "unappliedReason": .string, "error": .string, "column": .int, "anchor": .string, "period": .string,
                "amends": .object([
                    "id": .nullable(.string), "kind": .string, "number": .nullable(.string), "date": .nullable(.date), "title": .nullable(.string),
                ]),
                "payload": .ref("clause"),
                "words": .object(["old": .string, "new": .string, "position": .oneOf(["replace", "after", "before"]), "global": .bool]),
            ]),
    ]

    /// The root object of each command, by `kind`.
    static let roots: [String: JSONShape] = [
        "acts": root("acts", [
            "acts": .array(.object([
                "id": .string, "actKind": .string, "number": .nullable(.string), "signed": .nullable(.date), "title": .nullable(.string),
                "hasText": .bool, "published": .nullable(.date), "registrationNumber": .nullable(.string),
            ])),
        ]),
        "parse": root(
            "parse",
            [
                "file": .string, "actKind": .string, "documentType": .oneOf(["order", "resolution", "decision", "law", "code", "unknown"]),
                "dialect": .string, "title": .nullable(.string),
                "header": .nullable(.object([
                    "issuer": .nullable(.string), "date": .nullable(.date), "number": .nullable(.string),
                    "registrationNumber": .nullable(.string), "registrationDate": .nullable(.date),
                ])),
                "clauses": .array(.ref("clauseOrGap")), "diagnostics": .array(.ref("diagnostic")),
                "metadata": .array(.object(["role": .string, "line": .int, "text": .string])),
            ],
            optional: [
                "repairs": .array(.object(["kind": .string, "line": .int, "column": .nullable(.int), "before": .string, "after": .string])),
                "citations": .array(.object([
                    "kind": .string, "issuer": .nullable(.string), "date": .nullable(.date), "number": .nullable(.string),
                    "registrationNumber": .nullable(.string), "title": .nullable(.string), "line": .int, "column": .int,
                ])),
            ]),
        "instructions": root("instructions", [
            "file": .string, "target": .nullable(.string), "instructionCount": .int, "patches": .array(.ref("patch")),
            "unparsed": .array(.object(["text": .string, "reason": .string, "line": .int, "abzac": .int])),
            "fragment": .bool,
            "notInstructions": .array(.object([
                "kind": .oneOf(["front-matter", "operative", "entry-into-force", "editorial-note", "signature", "annex-heading", "annex-content", "scope"]),
                "text": .string, "line": .int,
            ])),
            "diagnostics": .array(.ref("diagnostic")),
            "entryIntoForce": .nullable(.object(ruleFields.merging([
                "comesIntoForce": .nullable(.object(ruleFields)), "mustBePublished": .bool, "appliesFrom": .nullable(.date),
                "exceptions": .array(.object(ruleFields.merging([
                    "units": .array(.object(["id": .string, "through": .nullable(.string)])), "text": .string,
                ]) { $1 })),
            ]) { $1 })),
        ]),
        "show": root("show", [
            "act": .string, "asOf": .date, "edition": .nullable(.date), "estimated": .bool, "clauses": .array(.ref("clauseOrGap")),
            "coming": .array(.ref("change")),
        ]),
        "versions": root("versions", [
            "act": .string,
            "editions": .array(.object(["date": .nullable(.date), "estimated": .bool, "changes": .array(.ref("change"))])),
            "unapplied": .array(.ref("change")),
        ]),
        "history": root("history", [
            "act": .string, "clause": .string, "reading": .string, "label": .string, "changes": .array(.ref("change")),
            "editions": .array(.object([
                "date": .nullable(.date), "estimated": .bool, "changes": .array(.ref("change")), "text": .nullable(.string),
                "content": .nullable(.oneOf(["known", "partial", "not-in-corpus"])), "status": .nullable(.oneOf(statuses)),
                "edits": .array(.object(["op": .oneOf(["equal", "delete", "insert"]), "text": .string])),
            ])),
        ]),
        "diff": root("diff", [
            "act": .nullable(.string), "from": .string, "to": .string, "title": .string,
            "summary": .object(["counts": .object(required: [:], optional: [
                "added": .int, "removed": .int, "changed": .int, "became-known": .int, "came-into-force": .int, "status-changed": .int,
            ]), "acts": .array(.object(["act": .string, "label": .string, "changes": .int]))]),
            "changes": .array(.object([
                "kind": .oneOf(["added", "removed", "changed", "became-known", "came-into-force", "status-changed"]),
                "id": .string, "reading": .string, "oldStatus": .nullable(.oneOf(statuses)), "newStatus": .nullable(.oneOf(statuses)),
                "edits": .array(.object(["op": .oneOf(["equal", "delete", "insert"]), "text": .string])),
                "label": .string,
                "madeBy": .array(.object([
                    "act": .string, "instruction": .int, "instructionText": .string, "operation": .oneOf(operations), "effective": .date,
                    "estimated": .bool,
                ])),
            ])),
        ]),
        "check": root("check", [
            "acts": .int, "patches": .int, "errors": .int, "warnings": .int, "problems": .array(.ref("diagnostic")),
        ]),
    ]

    private static func root(_ kind: String, _ fields: [String: JSONShape], optional: [String: JSONShape] = [:]) -> JSONShape {
        .object(fields.merging(["schema": .oneOf(["nusqa/1"]), "kind": .oneOf([kind])]) { a, _ in a }, optional: optional)
    }

    /// Checks one command's output: a root of `kind` for JSON, a clause per line for NDJSON.
    static func problems(in output: String, kind: String, format: String) -> [String] {
        let documents = format == "ndjson" ? output.split(separator: "\n").map(String.init) : [output]
        let shape = format == "ndjson" ? JSONShape.ref("clauseLine") : roots[kind] ?? .ref("no schema for kind \(kind)")
        var out: [String] = []
        for (index, document) in documents.enumerated() {
            guard let value = try? JSONSerialization.jsonObject(with: Data(document.utf8), options: [.fragmentsAllowed]) else {
                out.append("document \(index + 1): not JSON")
                continue
            }
            out += shape.problems(value, at: format == "ndjson" ? "$line\(index + 1)" : "$")
        }
        return out
    }
}
