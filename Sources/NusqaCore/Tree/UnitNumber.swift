/// The number of a structural unit (нөмір): a sequence of integers, so `3 < 3-1 < 3-2 < 4`.
///
/// Inserted units continue the number of the unit in front of them with a hyphen: `26-1`, `50-2`,
/// `1504-8`. Comparison is lexicographic on the integer parts, which puts insertions in their place.
public struct UnitNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The integer parts: `[26, 1]` for `26-1`.
    public var parts: [Int]

    /// Creates a number from its parts; `parts` must not be empty.
    public init(_ parts: [Int]) {
        self.parts = parts.isEmpty ? [0] : parts
    }

    /// Creates a single-part number.
    public init(_ value: Int) {
        self.parts = [value]
    }

    /// Parses `26-1`, `1504-8` or `3`: ASCII digits separated by single hyphens, nothing else.
    /// - Complexity: O(n) in the length of `text`.
    public init?(_ text: some StringProtocol) {
        var parts: [Int] = []
        var current = 0
        var digits = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                guard digits < 9 else { return nil }
                current = current * 10 + Int(byte - 0x30)
                digits += 1
            } else if byte == 0x2D {  // "-"
                guard digits > 0 else { return nil }
                parts.append(current)
                current = 0
                digits = 0
            } else {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        parts.append(current)
        self.parts = parts
    }

    public static func < (lhs: UnitNumber, rhs: UnitNumber) -> Bool {
        lhs.parts.lexicographicallyPrecedes(rhs.parts)
    }

    /// The number as printed: `26-1`.
    public var description: String { parts.count == 1 ? String(parts[0]) : parts.map(String.init).joined(separator: "-") }
}
