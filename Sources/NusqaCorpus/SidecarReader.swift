import Foundation
import NusqaCore

/// Reads a sidecar (`<id>.json`) into ``NusqaCore/ActMetadata`` (метадеректерді оқу), checking every field.
///
/// Strings, dates, kinds, dialects and languages are checked when the corpus loads, so a bad field
/// is one plain error naming it — a wrong type, a missing field, an impossible date such as
/// 2025-02-30 — and not a value that is silently unknown later. Unknown fields are errors too:
/// nothing in a sidecar is dropped without a word.
public enum SidecarReader {
    /// The top-level fields a sidecar may have.
    static let fields: Set<String> = [
        "id", "kind", "issuer", "number", "signed", "registration", "published", "dialect", "language", "title",
        "text", "documents", "source", "notes",
    ]

    /// Decodes the sidecar bytes.
    /// - Throws: a ``SidecarError`` naming the field, the expected type and what was found.
    /// - Complexity: O(n) in the size of the sidecar.
    public static func read(_ data: [UInt8]) throws(SidecarError) -> ActMetadata {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(data), options: [])
        } catch {
            throw SidecarError(field: nil, "not valid JSON" + reason(of: error), at: location(of: error, in: data))
        }
        guard let root = object as? [String: Any] else {
            throw SidecarError(field: nil, "expected a JSON object {…}, found \(describe(object))", at: SourceLocation(line: 1, column: 1))
        }
        let fields = Fields(root, path: "", bytes: data)
        if let unknown = root.keys.sorted().first(where: { !fields.known($0, SidecarReader.fields) }) {
            throw SidecarError(field: unknown, "unknown field; expected one of: \(SidecarReader.fields.sorted().joined(separator: ", "))", at: fields.place(unknown))
        }
        let id = try fields.string("id", required: true) ?? ""
        guard !id.isEmpty else { throw SidecarError(field: "id", "expected a non-empty string", at: fields.place("id")) }
        let kind = try fields.choice("kind", ActMetadata.Kind.self, required: true) ?? .other
        var metadata = ActMetadata(id: id, kind: kind)
        metadata.issuer = try fields.string("issuer")
        metadata.number = try fields.string("number")
        metadata.signed = try fields.date("signed")
        metadata.published = try fields.date("published")
        metadata.dialect = try fields.choice("dialect", Dialect.self)
        metadata.language = try fields.choice("language", ActMetadata.Language.self)
        metadata.title = try fields.string("title")
        metadata.text = try fields.string("text")
        metadata.source = try fields.string("source")
        metadata.notes = try fields.string("notes")
        if let registration = try fields.object("registration") {
            if let unknown = registration.keys.first(where: { $0 != "number" && $0 != "date" }) {
                throw SidecarError(field: "registration." + unknown, "unknown field; expected number, date", at: registration.place(unknown))
            }
            metadata.registration = ActMetadata.Registration(
                number: try registration.string("number", required: true) ?? "", date: try registration.date("date"))
        }
        if let documents = try fields.array("documents") {
            metadata.documents = try documents.enumerated().map { (index, element) throws(SidecarError) in
                let path = "documents[\(index)]"
                guard let object = element as? [String: Any] else {
                    throw SidecarError(field: path, "expected an object {\"annex\": …}, found \(describe(element))", at: fields.place("documents"))
                }
                let document = Fields(object, path: path + ".", bytes: data)
                if let unknown = object.keys.sorted().first(where: { !["annex", "kind", "title"].contains($0) }) {
                    throw SidecarError(field: path + "." + unknown, "unknown field; expected annex, kind, title", at: document.place(unknown))
                }
                return ActMetadata.Document(
                    annex: try document.string("annex", required: true) ?? "", kind: try document.string("kind"),
                    title: try document.string("title"))
            }
        }
        return metadata
    }

    /// The fields of one JSON object, read with their dotted path for errors.
    struct Fields {
        let values: [String: Any]
        let path: String
        let bytes: [UInt8]

        init(_ values: [String: Any], path: String, bytes: [UInt8]) {
            self.values = values
            self.path = path
            self.bytes = bytes
        }

        var keys: Dictionary<String, Any>.Keys { values.keys }

        func known(_ key: String, _ allowed: Set<String>) -> Bool { allowed.contains(key) }

        /// The line and column of `"key"` in the sidecar text: its first occurrence, good enough to point at.
        func place(_ key: String) -> SourceLocation? {
            let needle = Array(("\"" + key + "\"").utf8)
            guard needle.count <= bytes.count else { return nil }
            var line = 1
            var lineStart = 0
            var i = 0
            while i + needle.count <= bytes.count {
                if bytes[i] == 0x0A {
                    line += 1
                    lineStart = i + 1
                } else if bytes[i] == needle[0], Array(bytes[i..<(i + needle.count)]) == needle {
                    let column = String(decoding: bytes[lineStart..<i], as: UTF8.self).count + 1
                    return SourceLocation(line: line, column: column)
                }
                i += 1
            }
            return nil
        }

        private func missing(_ key: String, _ expected: String) -> SidecarError {
            SidecarError(field: path + key, "missing; expected \(expected)", at: SourceLocation(line: 1, column: 1))
        }

        private func wrong(_ key: String, _ expected: String, _ found: Any) -> SidecarError {
            SidecarError(field: path + key, "expected \(expected), found \(SidecarReader.describe(found))", at: place(key))
        }

        /// A string field; `null` or absent is nil unless required.
        func string(_ key: String, required: Bool = false) throws(SidecarError) -> String? {
            guard let value = values[key], !(value is NSNull) else {
                if required { throw missing(key, "a string") }
                return nil
            }
            guard let string = value as? String else { throw wrong(key, "a string", value) }
            return string
        }

        /// A date field `YYYY-MM-DD` that must exist in the calendar.
        func date(_ key: String) throws(SidecarError) -> CivilDate? {
            guard let string = try self.string(key) else { return nil }
            if let date = CivilDate(iso: string) { return date }
            let shaped = string.utf8.count == 10 && string.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil
            let why = shaped ? ", which is not a day of the calendar" : ""
            throw SidecarError(field: path + key, "expected a date YYYY-MM-DD, found \(SidecarReader.quoted(string))\(why)", at: place(key))
        }

        /// One of the raw values of `T`.
        func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type, required: Bool = false) throws(SidecarError) -> T?
        where T.RawValue == String {
            let expected = "one of " + T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            guard let value = values[key], !(value is NSNull) else {
                if required { throw missing(key, expected) }
                return nil
            }
            guard let string = value as? String else { throw wrong(key, expected, value) }
            guard let choice = T(rawValue: string) else { throw wrong(key, expected, value) }
            return choice
        }

        /// A nested object.
        func object(_ key: String) throws(SidecarError) -> Fields? {
            guard let value = values[key], !(value is NSNull) else { return nil }
            guard let object = value as? [String: Any] else { throw wrong(key, "an object {…}", value) }
            return Fields(object, path: path + key + ".", bytes: bytes)
        }

        /// An array.
        func array(_ key: String) throws(SidecarError) -> [Any]? {
            guard let value = values[key], !(value is NSNull) else { return nil }
            guard let array = value as? [Any] else { throw wrong(key, "an array […]", value) }
            return array
        }
    }

    /// A found value in plain words: `a number (5)`, `true`, `the string "text"`, `an array`.
    static func describe(_ value: Any) -> String {
        switch value {
        case is NSNull: return "null"
        case let string as String: return "the string " + quoted(string)
        case let number as NSNumber:
            // Foundation bridges JSON booleans to NSNumber with the `c` (char) type.
            if String(cString: number.objCType) == "c" { return number.boolValue ? "true" : "false" }
            return "a number (\(number))"
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        default: return "a value of another type"
        }
    }

    /// A short quoted form of a found string.
    static func quoted(_ string: String) -> String {
        let short = string.count > 40 ? String(string.prefix(40)) + "…" : string
        return "\"" + short + "\""
    }

    /// The reason a JSON parse failed, from Foundation's debug description when it has one.
    static func reason(of error: Error) -> String {
        let info = (error as NSError).userInfo
        if let debug = info[NSDebugDescriptionErrorKey] as? String, !debug.isEmpty { return ": " + debug }
        return ""
    }

    /// Where the JSON breaks: Foundation says "around character N" (a byte offset) or "line N, column M".
    static func location(of error: Error, in bytes: [UInt8]) -> SourceLocation {
        let text = reason(of: error)
        if let match = text.firstMatch(of: /line (\d+), column (\d+)/), let line = Int(match.1), let column = Int(match.2) {
            return SourceLocation(line: max(1, line), column: max(1, column))
        }
        guard let match = text.firstMatch(of: /character (\d+)/), let offset = Int(match.1) else {
            return SourceLocation(line: 1, column: 1)
        }
        let end = min(max(0, offset), bytes.count)
        var line = 1
        var lineStart = 0
        for i in 0..<end where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        return SourceLocation(line: line, column: String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1)
    }
}
