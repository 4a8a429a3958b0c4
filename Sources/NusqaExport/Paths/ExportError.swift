import NusqaCore
import NusqaLanguage
import NusqaAmend
import NusqaParse
import NusqaCorpus
import NusqaTimeline
import NusqaDiff
import NusqaRender

/// Why an export stopped (экспорт қатесі); printed as `file: error: message [code]`, exit status 1.
public struct ExportError: Error, Sendable, CustomStringConvertible {
    /// A stable code: `unsafe-id`, `id-clash`, `output-exists`, `write-failed`, `act-not-found`.
    public var code: String
    /// What happened, naming the file or id.
    public var message: String

    /// Creates an error.
    public init(_ code: String, _ message: String) {
        self.code = code
        self.message = message
    }

    /// `message [code]`.
    public var description: String { "\(message) [\(code)]" }
}
