/// A message about the input (хабарлама): an error, a warning or a note, with a stable code and a location.
///
/// Content never throws: odd input becomes text plus a diagnostic. Codes are stable strings such as
/// `invalid-utf8` or `numbering-gap`, so tests and tools can match on them.
public struct Diagnostic: Sendable, Hashable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case note, warning, error

        private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// Error, warning or note.
    public var severity: Severity
    /// The stable code, e.g. `invalid-utf8`.
    public var code: String
    /// One sentence for a person.
    public var message: String
    /// Where in the source, when known.
    public var location: SourceLocation?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ code: String, _ message: String, at location: SourceLocation? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }

    /// Whether the diagnostic is an error.
    public var isError: Bool { severity == .error }

    /// The `file:line:col: severity: message [code]` line that compilers print.
    public func formatted(file: String) -> String {
        let place = location.map { "\(file):\($0.line):\($0.column)" } ?? "\(file):1:1"
        return "\(place): \(severity.rawValue): \(message) [\(code)]"
    }

    /// The formatted line followed by the source line and a caret under the column, when `source` has it.
    public func formatted(file: String, source: SourceText?) -> String {
        var out = formatted(file: file)
        guard let location, let source, let line = source.line(location.line) else { return out }
        let shown = line.count > 160 ? String(line.prefix(160)) + "…" : line
        out += "\n" + shown
        let caretColumn = min(max(location.column, 1), shown.count + 1)
        out += "\n" + String(repeating: " ", count: caretColumn - 1) + "^"
        return out
    }
}
