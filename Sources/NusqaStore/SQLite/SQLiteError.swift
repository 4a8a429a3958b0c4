/// A failure reported by SQLite (дерекқор қатесі): the result code and SQLite's message.
public struct SQLiteError: Error, Sendable, CustomStringConvertible {
    /// The SQLite result code (`SQLITE_CORRUPT` is 11, `SQLITE_NOTADB` is 26).
    public var code: Int32
    /// SQLite's explanation, or ours.
    public var message: String

    /// Creates an error.
    public init(code: Int32, message: String) {
        self.code = code
        self.message = message
    }

    /// "message (code N)".
    public var description: String { "\(message) (SQLite code \(code))" }
}
