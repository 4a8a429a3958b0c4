import NusqaCore

/// A sidecar that cannot be used (метадеректер қатесі): which field, what was expected, what was found.
///
/// The message is plain words for a person ("registration.date: expected a date YYYY-MM-DD, found
/// \"2025-02-30\", which is not a day of the calendar"), never a Swift decoding error.
public struct SidecarError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The dotted field path, e.g. `registration.date`; nil when the file as a whole is bad.
    public var field: String?
    /// What is wrong, in plain words.
    public var message: String
    /// Where in the sidecar, when known (the field's key, or where the JSON breaks).
    public var location: SourceLocation?

    /// Creates an error about `field`.
    public init(field: String?, _ message: String, at location: SourceLocation? = nil) {
        self.field = field
        self.message = message
        self.location = location
    }

    /// "field: message", or the message alone.
    public var description: String { field.map { "\($0): \(message)" } ?? message }
}
