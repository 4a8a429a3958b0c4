/// The rule for gluing a wrapped physical line to the next one (жол біріктіру).
///
/// A line that ends with a trailing space is a normal wrap: one space. A line without it was cut where no
/// space stood when the next line begins with closing punctuation (`, . ; : ) »` or a closing quote), or
/// when the line ends with `(`, `/` or an opening quote; otherwise the words are joined with one space.
package enum LineJoiner {
    /// The separator to put between `previous` (the raw physical line, trailing space kept) and `next`.
    public static func separator(after previous: String, before next: String) -> String {
        if previous.last == " " { return " " }
        return isGlued(previous: DialectText.trimmedSlice(previous), next: DialectText.trimmedSlice(next)) ? "" : " "
    }

    /// Whether the line break between `previous` and `next` (both trimmed) stood where there was no space.
    static func isGlued(previous: some StringProtocol, next: some StringProtocol) -> Bool {
        let p = Array(previous.suffix(2)), n = Array(next.prefix(2))
        if let first = n.first {
            if closers.contains(first) { return true }
            if first == "\"", n.count == 1 || !(n[1].isLetter || DialectText.isASCIIDigit(n[1])) { return true }
        }
        if let last = p.last {
            if openers.contains(last) { return true }
            // "74-" + "бабының": a numbered unit word broken across the line end.
            if last == "-", p.count == 2, DialectText.isASCIIDigit(p[0]), n.first?.isLetter == true { return true }
            if last == "\"", p.count == 1 || p[p.count - 2] == " " || p[p.count - 2] == "(" { return true }
        }
        return false
    }

    /// Punctuation that closes what stands before it: a line starting with one was glued to the line before.
    private static let closers: Set<Character> = [",", ".", ";", ":", ")", "»", "”", "’"]
    /// Punctuation that opens what follows it: a line ending with one is glued to the next.
    private static let openers: Set<Character> = ["(", "/", "«", "“"]

    /// Joins `previous` and `next` with ``separator(after:before:)``, trimming both sides.
    public static func join(_ previous: String, _ next: String) -> String {
        DialectText.trimmed(previous) + separator(after: previous, before: next) + DialectText.trimmed(next)
    }
}
