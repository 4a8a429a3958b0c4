/// The lines of a fuzz input as the user gave them (кіріс жолдары): where a diagnostic may point.
///
/// A line break is LF, CR LF or a lone CR (what the reader normalises); a line's width is counted
/// in bytes, an upper bound of its width in characters. A diagnostic is in range when its line is
/// one of these and its column at most one past the line's end.
struct InputLines {
    /// The byte length of each line.
    let widths: [Int]

    init(_ bytes: [UInt8]) {
        var widths: [Int] = []
        var current = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                widths.append(current)
                current = 0
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            } else {
                current += 1
            }
            index += 1
        }
        widths.append(current)
        self.widths = widths
    }

    /// Why a location is out of range, or nil when it is in range.
    func problem(line: Int, column: Int) -> String? {
        guard line >= 1, line <= widths.count else { return "line \(line) of \(widths.count)" }
        guard column >= 1, column <= widths[line - 1] + 1 else { return "column \(column) of a \(widths[line - 1])-byte line \(line)" }
        return nil
    }
}
