import Foundation
import NusqaCore
import NusqaText

/// Reads an act from its text (акт оқушысы): decoding, dialect repairs, structure.
///
/// The parser is total: it never throws on content. Bytes that are not text, an empty file, or text
/// with no recognisable structure come back as an act with error diagnostics, and the caller decides
/// what to do (the CLI exits 1).
public enum ActParser {
    /// Parses raw bytes.
    /// - Parameters:
    ///   - bytes: the file contents.
    ///   - name: the name used in diagnostics (path or corpus id).
    ///   - dialect: the dialect, when known from metadata; detected otherwise.
    /// - Complexity: O(n) in the size of the input.
    public static func parse(bytes: [UInt8], name: String, dialect: Dialect? = nil) -> Act {
        do {
            let source = try SourceText(decoding: bytes, name: name)
            return parse(source, dialect: dialect)
        } catch {
            return Act(
                name: name, kind: .other, dialect: dialect ?? .plain, body: Clause(.document),
                diagnostics: [error.diagnostic])
        }
    }

    /// The longest physical line accepted without an error, in bytes (1 MiB).
    public static let maxLineBytes = 1 << 20

    /// Parses decoded source text.
    /// - Complexity: O(n) in the size of the text.
    public static func parse(_ source: SourceText, dialect: Dialect? = nil) -> Act {
        if source.isBlank {
            let message = source.lines.allSatisfy(\.isEmpty) ? "the file is empty" : "the file holds only white space"
            return Act(
                name: source.name, kind: .other, dialect: dialect ?? .plain, body: Clause(.document),
                diagnostics: [Diagnostic(.error, "empty-document", message, at: SourceLocation(line: 1, column: 1))],
                source: source)
        }
        var lineDiagnostics: [Diagnostic] = []
        for (offset, line) in source.lines.enumerated() where line.utf8.count > maxLineBytes {
            lineDiagnostics.append(
                Diagnostic(
                    .error, "line-too-long",
                    "line \(offset + 1) is \(line.count) characters long; the lines of an act are never this long (a flattened or binary export?)",
                    at: SourceLocation(line: offset + 1, column: 1)))
        }
        let (source, orthography) = OrthographyNormalizer.normalize(source)
        var (detected, reading) = DialectReader.read(source, dialect: dialect)
        if !orthography.isEmpty { reading.repairs = (orthography + reading.repairs).sorted { $0.line < $1.line } }
        var structure = StructureParser(reading: reading, dialect: detected)
        let (root, kind) = structure.parse()
        var spans: [ClauseID: SourceSpan] = [:]
        let body = root.finish(parent: .root, spans: &spans)
        var diagnostics = lineDiagnostics + reading.diagnostics + structure.diagnostics
        diagnostics += NumberingValidator.validate(body, spans: spans)
        diagnostics += QuoteBalance.check(body, spans: spans)
        diagnostics.sort { ($0.location ?? SourceLocation(line: 0, column: 0)) < ($1.location ?? SourceLocation(line: 0, column: 0)) }
        let header = body.children.first { $0.kind == .header }.map { ActHeader(parsing: $0.text) }
        let title = body.children.first { $0.kind == .title }.map { title in
            title.text.containsByte(0x0A) ? String(decoding: title.text.utf8.map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self) : title.text
        }
        var act = Act(
            name: source.name, kind: kind, dialect: detected, header: header, title: title, body: body, spans: spans,
            repairs: reading.repairs, metadata: reading.metadata, diagnostics: diagnostics, source: source)
        act.documentType = structure.documentType
        return act
    }
}
