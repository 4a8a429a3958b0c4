import NusqaCore

/// Date phrases (күн тіркестері; даты): finds and parses "2025 жылғы 30 қазандағы",
/// "2025 жылы 27 қаңтарда", "2024 ж. 1 қаңтарынан бастап", "2026 жылдың 1 қаңтарынан" and the dotted
/// "30.10.2025". Words are compared on their folded form (``KazakhFold``), so Latin look-alikes do not matter.
public enum KazakhDate {
    /// Күндерді табу (поиск дат): every valid date phrase in `text`, in order.
    ///
    /// Words may be separated by any whitespace run, line breaks included. Phrases naming
    /// a day that does not exist ("31 ақпандағы") are skipped.
    /// - Complexity: O(n) in the length of `text`.
    public static func matches(in text: String) -> [KazakhDateMatch] {
        let tokens = KazakhToken.tokenize(text)
        var result: [KazakhDateMatch] = []
        var index = 0
        while index < tokens.count {
            if let (found, next) = match(at: index, in: tokens) {
                result.append(found)
                index = next
            } else {
                index += 1
            }
        }
        return result
    }

    /// Күнді талдау (разбор даты): the date of a phrase that is exactly one date phrase
    /// ("2025 жылғы 30 қазандағы", surrounding whitespace allowed), else the dotted form, else `nil`.
    ///
    /// - Complexity: O(n) in the length of `phrase`.
    public static func parse(_ phrase: String) -> CivilDate? {
        let tokens = KazakhToken.tokenize(phrase)
        if let (found, next) = match(at: 0, in: tokens), next == tokens.count {
            return found.date
        }
        return parseDotted(phrase)
    }

    /// Нүктелі күн (дата через точки): parses "30.10.2025" (DD.MM.YYYY, day and month may have one digit).
    ///
    /// Surrounding whitespace is ignored; anything else makes the result `nil`.
    /// - Complexity: O(n) in the length of `text`.
    public static func parseDotted(_ text: some StringProtocol) -> CivilDate? {
        var body = Substring(text)
        while body.first?.isWhitespace == true { body.removeFirst() }
        while body.last?.isWhitespace == true { body.removeLast() }
        let fields = body.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard fields.count == 3, (1...2).contains(fields[0].count), (1...2).contains(fields[1].count),
              fields[2].count == 4,
              let day = CivilDate.asciiNumber(ArraySlice(fields[0])),
              let month = CivilDate.asciiNumber(ArraySlice(fields[1])),
              let year = CivilDate.asciiNumber(ArraySlice(fields[2]))
        else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// The date phrase starting at token `index`, with the index of the first token after it.
    ///
    /// Shape: YEAR (4 digits) + "жылғы" | "жылы" | "ж." + DAY (1–2 digits) + month word, then optional "бастап".
    package static func match(at index: Int, in tokens: [KazakhToken]) -> (KazakhDateMatch, Int)? {
        guard index < tokens.count else { return nil }
        let yearToken = tokens[index]
        guard yearToken.isASCIINumber, yearToken.text.utf8.count == 4,
              let year = CivilDate.asciiNumber(ArraySlice(yearToken.text.utf8))
        else { return nil }
        var cursor = index + 1
        guard cursor < tokens.count else { return nil }
        switch KazakhFold.fold(tokens[cursor].text) {
        case "жылғы", "жылы", "жылдың":
            cursor += 1
        case "ж":
            guard cursor + 1 < tokens.count, tokens[cursor + 1].text == "." else { return nil }
            cursor += 2
        default:
            return nil
        }
        guard cursor + 1 < tokens.count else { return nil }
        let dayToken = tokens[cursor]
        guard dayToken.isASCIINumber, dayToken.text.utf8.count <= 2,
              let day = CivilDate.asciiNumber(ArraySlice(dayToken.text.utf8)),
              let (month, form) = KazakhMonth.match(tokens[cursor + 1].text),
              let date = CivilDate(year: year, month: month.rawValue, day: day)
        else { return nil }
        cursor += 2
        var end = tokens[cursor - 1].range.upperBound
        var isFrom = false
        if cursor < tokens.count, KazakhFold.fold(tokens[cursor].text) == "бастап" {
            isFrom = true
            end = tokens[cursor].range.upperBound
            cursor += 1
        }
        let found = KazakhDateMatch(date: date, form: form, range: yearToken.range.lowerBound..<end, isFrom: isFrom)
        return (found, cursor)
    }
}
