/// A place where an adilet hyperlink was cut out of a line (the gap it left behind).
struct DisplacementGap: Hashable {
    /// The shapes a gap takes.
    enum Shape: Hashable {
        /// A 7th leading space on an indented line, or one leading space on a continuation line.
        case leadingSpace
        /// A line whose text starts with `:` right after the indent: the link stood before the colon.
        case leadingColon
        /// Two or more spaces inside the text; `length` is the size of the run.
        case doubleSpace(length: Int)
        /// A space before `:`.
        case spaceColon
    }

    /// The shape of the gap.
    var shape: Shape
    /// The character offset in the line body (the text after the indent) where the gap starts.
    var offset: Int

    /// Finds the gaps of a line body, left to right.
    ///
    /// `indent` is the number of leading spaces of the physical line; `body` is the rest.
    static func find<U: DisplacementUnit>(indent: Int, body: [U]) -> [DisplacementGap] {
        var gaps: [DisplacementGap] = []
        if indent == 7 || indent == 1 {
            gaps.append(DisplacementGap(shape: .leadingSpace, offset: 0))
        } else if indent >= 5, body.first == U.colon {
            gaps.append(DisplacementGap(shape: .leadingColon, offset: 0))
        }
        var i = 1
        while i < body.count {
            guard body[i] == U.space else { i += 1; continue }
            var j = i
            while j < body.count, body[j] == U.space { j += 1 }
            let run = j - i
            if j < body.count {
                if run >= 2 {
                    gaps.append(DisplacementGap(shape: .doubleSpace(length: run), offset: i))
                } else if body[j] == U.colon {
                    gaps.append(DisplacementGap(shape: .spaceColon, offset: i))
                }
            }
            i = j
        }
        return gaps
    }
}
