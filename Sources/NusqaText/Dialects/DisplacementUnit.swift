import NusqaCore

/// One unit of a line as the displacement repair reads it (таңба): a `Character`, or a `Unicode.Scalar`
/// when every scalar of the line is a character of its own (``SimpleScalar``). On such a line the two read
/// the same — the same units at the same offsets — and scalars cost a fraction of grapheme breaking.
protocol DisplacementUnit: Hashable {
    /// A plain space.
    static var space: Self { get }
    /// A colon.
    static var colon: Self { get }
    /// An opening parenthesis.
    static var openParenthesis: Self { get }
    /// The punctuation that, glued to the following word, marks where appended link text starts: `:` `.` `(` `;`.
    var isGluePunctuation: Bool { get }
    /// Whether the unit is one of the ASCII digits 0–9.
    var isASCIIDigit: Bool { get }
    /// Whether the unit is a hyphen-minus.
    var isHyphen: Bool { get }
    /// Whether the unit is a hyphen-minus or an en dash.
    var isDash: Bool { get }
    /// The units of `raw` after its first `indent` units.
    static func body(of raw: String, droppingFirst indent: Int) -> [Self]
    /// The text of `units`.
    static func string<S: Sequence>(_ units: S) -> String where S.Element == Self
    /// Whether `a` and `b` hold the same non-white-space units, each as many times.
    static func sameNonSpace(_ a: String, _ b: String) -> Bool
}

extension Character: DisplacementUnit {
    static var space: Character { " " }
    static var colon: Character { ":" }
    static var openParenthesis: Character { "(" }
    var isGluePunctuation: Bool { self == ":" || self == "." || self == "(" || self == ";" }
    var isASCIIDigit: Bool { DialectText.isASCIIDigit(self) }
    var isHyphen: Bool { self == "-" }
    var isDash: Bool { self == "-" || self == "–" }
    static func body(of raw: String, droppingFirst indent: Int) -> [Character] { Array(raw.dropFirst(indent)) }
    static func string<S: Sequence>(_ units: S) -> String where S.Element == Character { String(units) }
    static func sameNonSpace(_ a: String, _ b: String) -> Bool { DialectText.nonSpaceCounts(a) == DialectText.nonSpaceCounts(b) }
}

extension Unicode.Scalar: DisplacementUnit {
    static var space: Unicode.Scalar { " " }
    static var colon: Unicode.Scalar { ":" }
    static var openParenthesis: Unicode.Scalar { "(" }
    var isGluePunctuation: Bool { value == 0x3A || value == 0x2E || value == 0x28 || value == 0x3B }
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
    var isHyphen: Bool { value == 0x2D }
    var isDash: Bool { value == 0x2D || value == 0x2013 }
    static func body(of raw: String, droppingFirst indent: Int) -> [Unicode.Scalar] { Array(raw.unicodeScalars.dropFirst(indent)) }
    static func string<S: Sequence>(_ units: S) -> String where S.Element == Unicode.Scalar {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: units)
        return String(text)
    }

    /// Sorted values of the non-white-space scalars (a single-scalar `Character` is white space exactly
    /// when its scalar is).
    static func sameNonSpace(_ a: String, _ b: String) -> Bool {
        func values(_ text: String) -> [UInt32] {
            var out: [UInt32] = []
            out.reserveCapacity(text.utf8.count)
            for scalar in text.unicodeScalars {
                let v = scalar.value
                if v < 0x80 ? !(v == 0x20 || (v >= 0x09 && v <= 0x0D)) : !scalar.properties.isWhitespace { out.append(v) }
            }
            return out.sorted()
        }
        return values(a) == values(b)
    }
}

extension String {
    /// Whether every scalar of the text is a character of its own (``SimpleScalar``), so scalars and
    /// characters coincide.
    /// - Complexity: O(n) in the number of bytes.
    var isSimpleScalars: Bool {
        utf8.withContiguousStorageIfAvailable { SimpleScalar.count($0) != nil } ?? false
    }
}
