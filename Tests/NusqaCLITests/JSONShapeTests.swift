import Foundation
import Testing

/// Every command's JSON output fits the documented shape, and the checker does catch mismatches.
@Suite struct JSONShapeTests {
    @Test(arguments: JSONCase.all)
    func outputFitsTheSchema(_ jsonCase: JSONCase) {
        let (_, output) = jsonCase.run()
        let problems = JSONSchema.problems(in: output, kind: jsonCase.kind, format: jsonCase.format)
        #expect(problems.isEmpty, "\(jsonCase.testDescription):\n\(problems.prefix(20).joined(separator: "\n"))")
    }

    /// The optional keys of `parse` (`--repairs`, `--citations`) fit too.
    @Test func parseWithRepairsAndCitations() {
        let result = nusqa("parse", Repo.act("V2500037290.txt"), "--repairs", "--citations", "--format", "json")
        let problems = JSONSchema.problems(in: result.stdout, kind: "parse", format: "json")
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
        #expect(result.stdout.contains("\"repairs\": ["))
        #expect(result.stdout.contains("\"citations\": ["))
    }

    /// A pending clause carries inForceFrom and keepsPreviousWording; provenance entries carry unit.
    @Test func pendingClauseAndProvenance() throws {
        let result = nusqa("show", "V2000021844", "--as-of", "2025-12-31", "--format", "ndjson", "--corpus", Repo.corpus)
        #expect(JSONSchema.problems(in: result.stdout, kind: "show", format: "ndjson").isEmpty)
        let lines = try result.stdout.split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let pending = try #require(lines.first { $0["id"] as? String == "att_1__para_2__subpara_11" })
        #expect(pending["status"] as? String == "not-yet-in-force")
        #expect(pending["inForceFrom"] as? String == "2026-01-01")
        let amended = try #require(lines.first { ($0["provenance"] as? [Any])?.isEmpty == false })
        let entry = try #require((amended["provenance"] as? [[String: Any]])?.first)
        #expect(entry["unit"] is String)
    }

    // MARK: The checker can fail

    private func parsed(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    private func show() throws -> [String: Any] {
        let output = try #require(JSONCase.all.first { $0.kind == "show" && $0.format == "json" }).run().output
        return try #require(try parsed(output) as? [String: Any])
    }

    @Test func reportsAMissingRootKey() throws {
        var root = try show()
        root["schema"] = nil
        let problems = try #require(JSONSchema.roots["show"]).problems(root)
        #expect(problems == ["$.schema: missing"])
    }

    @Test func reportsAMissingKeyInANestedClause() throws {
        var root = try show()
        var clauses = try #require(root["clauses"] as? [[String: Any]])
        let index = try #require(clauses.firstIndex { ($0["children"] as? [Any])?.isEmpty == false })
        var parent = clauses[index]
        var children = try #require(parent["children"] as? [[String: Any]])
        children[0]["heading"] = nil
        parent["children"] = children
        clauses[index] = parent
        root["clauses"] = clauses
        let problems = try #require(JSONSchema.roots["show"]).problems(root)
        #expect(problems == ["$.clauses[\(index)].children[0].heading: missing"])
    }

    @Test func reportsWrongTypesUnknownKeysAndBadStatuses() throws {
        let shape = try #require(JSONSchema.definitions["clause"])
        let clause: [String: Any] = [
            "id": "att_1", "kind": "annex", "number": 1, "heading": NSNull(), "text": NSNull(), "status": "in force",
            "inForceFrom": NSNull(), "provenance": [["act": "V1", "operation": "replace", "effective": "2025-01-01", "estimated": 1]],
            "children": [], "extra": true, "content": "known", "flags": [],
        ]
        let problems = shape.problems(clause)
        #expect(problems.contains("$.number: expected a string, got a number"))
        #expect(problems.contains { $0.hasPrefix("$.status: 'in force' is not one of") })
        #expect(problems.contains("$.extra: not in the documented schema"))
        #expect(problems.contains("$.provenance[0].unit: missing"))
        #expect(problems.contains("$.provenance[0].estimated: expected a boolean, got a number"))
        #expect(problems.count == 5)
    }

    @Test func reportsAWrongKindAndABadNDJSONLine() {
        let problems = JSONSchema.problems(in: "{\"schema\": \"nusqa/1\", \"kind\": \"acts\", \"acts\": []}\n", kind: "check", format: "json")
        #expect(problems.contains { $0.hasPrefix("$.kind: 'acts' is not one of") })
        #expect(problems.contains("$.errors: missing"))
        let lines = JSONSchema.problems(in: "{\"id\": \"x\"}\nnot json\n", kind: "show", format: "ndjson")
        #expect(lines.contains("$line1.status: missing"))
        #expect(lines.contains("document 2: not JSON"))
    }
}
