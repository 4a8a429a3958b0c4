/// A doubtful span (күмәнді жер; сомнительное место): a place where the text shown may not be what the
/// act says, such as an ambiguous repair of displaced words. Every format shows it where the reader
/// sees the text, and JSON carries it as a flag.
public struct Doubt: Sendable, Hashable {
    /// A stable code, the same as the diagnostic that found it: `ambiguous-displacement`.
    public var code: String
    /// What the reader should know, in Kazakh and English.
    public var message: String

    /// Creates a doubt.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }
}
