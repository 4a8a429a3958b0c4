import NusqaKit

/// The JSON documents the commands print; every root carries `"schema": "nusqa/1"` and a `kind`.
enum JSONOutput {
    static let schema: JSONValue = "nusqa/1"

    static func render(_ value: JSONValue) -> String { value.rendered() }

    /// `nusqa parse --format json`.
    static func parse(_ act: Act, repairs: Bool, citations: Bool) -> JSONValue {
        var object: [String: JSONValue] = [
            "schema": schema, "kind": "parse", "file": .string(act.name), "actKind": .string(act.kind.rawValue),
            "dialect": .string(act.dialect.rawValue), "title": .optional(act.title),
            "header": header(act.header),
            "clauses": .array(act.body.children.map { $0.json(id: ClauseID.root.appending($0.idStep)) }),
            "diagnostics": .array(act.diagnostics.map { $0.json(file: act.name) }),
            "metadata": .array(act.metadata.map { ["role": .string($0.role), "line": .int($0.line), "text": .string($0.text)] }),
        ]
        if repairs { object["repairs"] = .array(act.repairs.map(\.json)) }
        if citations { object["citations"] = .array(act.citations().map(citation)) }
        return .object(object)
    }

    static func header(_ header: ActHeader?) -> JSONValue {
        guard let header else { return .null }
        return [
            "issuer": .optional(header.issuer), "date": .optional(header.date?.description), "number": .optional(header.number),
            "registrationNumber": .optional(header.registrationNumber),
            "registrationDate": .optional(header.registrationDate?.description),
        ]
    }

    static func citation(_ located: LocatedCitation) -> JSONValue {
        let c = located.citation
        return [
            "kind": .string(c.kind.rawValue), "issuer": .optional(c.issuer), "date": .optional(c.date?.description),
            "number": .optional(c.number), "registrationNumber": .optional(c.registrationNumber), "title": .optional(c.title),
            "line": .int(located.location.line), "column": .int(located.location.column),
        ]
    }

    /// `nusqa acts --format json`.
    static func acts(_ corpus: Corpus) -> JSONValue {
        [
            "schema": schema, "kind": "acts",
            "acts": .array(
                corpus.entries.map { entry in
                    let m = entry.metadata
                    return [
                        "id": .string(m.id), "actKind": .string(m.kind), "number": .optional(m.number), "signed": .optional(m.signed),
                        "title": .optional(m.title ?? entry.act?.title), "hasText": .bool(entry.act != nil),
                        "published": .optional(m.published), "registrationNumber": .optional(m.registration?.number),
                    ]
                }),
        ]
    }
}
