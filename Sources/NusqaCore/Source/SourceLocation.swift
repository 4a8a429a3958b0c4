/// A position in a source file (орын): 1-based line and 1-based column counted in characters.
///
/// Columns count `Character`s of the normalised text, not bytes: a Cyrillic letter is one column.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 1-based physical line.
    public var line: Int
    /// The 1-based column, in characters.
    public var column: Int

    /// Creates a location at `line`, `column` (both 1-based).
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A half-open range of source text (үзінді): from `start` up to, not including, `end`.
public struct SourceSpan: Sendable, Hashable, CustomStringConvertible {
    /// The first character of the span.
    public var start: SourceLocation
    /// The position just past the last character of the span.
    public var end: SourceLocation

    /// Creates a span from `start` to `end`.
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// A span covering whole physical lines `first...last` (columns 1 to the line end are not tracked).
    public init(lines first: Int, _ last: Int) {
        self.start = SourceLocation(line: first, column: 1)
        self.end = SourceLocation(line: last, column: 1)
    }

    /// The smallest span covering both spans.
    public func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(start: min(start, other.start), end: max(end, other.end))
    }

    public var description: String {
        start.line == end.line ? "\(start)" : "\(start)-\(end.line)"
    }
}
