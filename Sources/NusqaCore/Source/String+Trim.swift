extension StringProtocol {
    /// The text without leading and trailing white space (бос орынсыз), exactly as Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gives it — Unicode space separators (Zs), tab, and (as
    /// CoreFoundation's set has it) ZERO WIDTH SPACE — read scalar by scalar with no bridging to `NSString`.
    ///
    /// Foundation trims UTF-16 units; every Zs character and tab is one unit in the Basic Multilingual
    /// Plane, and a surrogate is never trimmed, so trimming scalars gives the same text.
    /// - Complexity: O(n) in the number of scalars trimmed, plus the copy.
    package func trimmingWhitespaceScalars() -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, Self.isTrimmedWhitespace(scalars[start]) { start = scalars.index(after: start) }
        while start < end {
            let before = scalars.index(before: end)
            guard Self.isTrimmedWhitespace(scalars[before]) else { break }
            end = before
        }
        return String(self[start..<end])
    }

    /// Whether `scalar` is in Foundation's `CharacterSet.whitespaces`: tab, general category Zs, U+200B.
    @inline(__always)
    static func isTrimmedWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || scalar.value == 0x09 }
        return scalar.value == 0x200B || scalar.properties.generalCategory == .spaceSeparator
    }
}
