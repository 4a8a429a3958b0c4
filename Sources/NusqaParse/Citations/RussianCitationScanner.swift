import NusqaCore
import NusqaLanguage

/// Finds citations of acts in Russian text (ссылки на акты; сілтемелер): "постановление Правительства
/// Республики Казахстан от 15 апреля 2008 года № 339 «Об утверждении …»", "приказ Министра … от 30
/// октября 2018 года № 595 "…" (зарегистрирован в Реестре … за № 17657 …)", "Уголовный кодекс …".
///
/// Russian puts the kind word first, then the issuer in the genitive, "от" and the date, "№" and the
/// number, and the quoted title; a kind word after "указанный"/"настоящий" names an act already cited
/// and is no citation.
public enum RussianCitationScanner {
    private static let months: [String: Int] = [
        "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8, "сентября": 9,
        "октября": 10, "ноября": 11, "декабря": 12,
    ]

    /// Every citation in `text`, in order.
    /// - Complexity: O(n) in the length of `text`, with a window of at most 60 tokens a citation.
    public static func citations(in text: String) -> [Citation] {
        let tokens = KazakhToken.tokenize(text)
        var quoted: [Bool] = []
        var depth = 0
        var straight = false
        for token in tokens {
            let before = depth > 0 || straight
            switch token.text {
            case "«", "“": depth += 1
            case "»", "”": depth = max(0, depth - 1)
            case "\"": straight.toggle()
            default: break
            }
            quoted.append(before && depth + (straight ? 1 : 0) > 0)
        }
        var result: [Citation] = []
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            let token = tokens[index]
            guard token.isWord, !quoted[index], RussianLeads.isActKind(token.text), let kind = kind(of: token.text) else { continue }
            if index > 0, RussianLeads.backReferences.contains(where: { RussianText.folded(tokens[index - 1].text).hasPrefix($0) }) { continue }
            var cursor = index + 1
            var issuerWords: [Substring] = []
            var date: CivilDate?
            var number: String?
            var title: String?
            var registration: String?
            var end = token.range.upperBound
            let limit = min(tokens.count, index + 60)
            scan: while cursor < limit {
                let word = RussianText.folded(tokens[cursor].text)
                if word == "от", cursor + 3 < tokens.count, let day = Int(tokens[cursor + 1].text), let month = months[RussianText.folded(tokens[cursor + 2].text)],
                    let year = Int(tokens[cursor + 3].text), let found = CivilDate(year: year, month: month, day: day)
                {
                    date = found
                    cursor += 4
                    end = tokens[cursor - 1].range.upperBound
                    if cursor < tokens.count, ["года", "г"].contains(RussianText.folded(tokens[cursor].text)) {
                        end = tokens[cursor].range.upperBound
                        cursor += 1
                        if cursor < tokens.count, tokens[cursor].text == "." { cursor += 1 }
                    }
                    continue
                }
                if ["№", "N", "No"].contains(tokens[cursor].text), number == nil {
                    var last = cursor + 1
                    while last < min(tokens.count, cursor + 4), !tokens[last].hasDigit, tokens[last].isWord { last += 1 }
                    guard last < tokens.count, tokens[last].hasDigit, cursor + 1 <= last else { break scan }
                    number = Citation.normalizeNumber(text[tokens[cursor + 1].range.lowerBound..<tokens[last].range.upperBound])
                    end = tokens[last].range.upperBound
                    cursor = last + 1
                    continue
                }
                if ["«", "\"", "“"].contains(tokens[cursor].text), title == nil, date != nil || number != nil {
                    var close = cursor + 1
                    var titleDepth = 1
                    var titleStraight = tokens[cursor].text == "\""
                    while close < tokens.count {
                        switch tokens[close].text {
                        case "«", "“": titleDepth += 1
                        case "»", "”": titleDepth -= 1
                        case "\"":
                            // A straight quote closes when it follows a word; one before a word opens a nested title.
                            if titleStraight, close + 1 >= tokens.count || !tokens[close + 1].isWord || tokens[close - 1].isWord || tokens[close - 1].text == "»" {
                                titleDepth -= 1
                                titleStraight = false
                            } else {
                                titleDepth += 1
                            }
                        default: break
                        }
                        if titleDepth <= 0 { break }
                        close += 1
                    }
                    guard close < tokens.count else { break scan }
                    title = String(text[tokens[cursor].range.upperBound..<tokens[close].range.lowerBound])
                    end = tokens[close].range.upperBound
                    cursor = close + 1
                    _ = titleStraight
                    continue
                }
                if tokens[cursor].text == "(", date != nil || number != nil {
                    // "(зарегистрирован в Реестре … под № 21844 …)": the registration number.
                    var close = cursor + 1
                    while close < tokens.count, tokens[close].text != ")" { close += 1 }
                    let inside = tokens[(cursor + 1)..<min(close, tokens.count)]
                    if inside.first.map({ RussianText.folded($0.text).hasPrefix("зарегистрирован") }) == true,
                        let mark = inside.firstIndex(where: { ["№", "N"].contains($0.text) }), mark + 1 < close, tokens[mark + 1].hasDigit
                    {
                        registration = String(tokens[mark + 1].text)
                        if close < tokens.count { end = tokens[close].range.upperBound }
                    }
                    break scan
                }
                if date == nil && number == nil, tokens[cursor].isWord, !tokens[cursor].hasDigit, issuerWords.count < 12 {
                    if RussianLeads.isActKind(tokens[cursor].text) { break scan }
                    issuerWords.append(tokens[cursor].text)
                    cursor += 1
                    continue
                }
                break scan
            }
            // A kind word with no date, number or title ("законодательные акты", "постановлением") is no citation,
            // except a code named by its title ("Уголовный кодекс Республики Казахстан").
            guard date != nil || number != nil || kind == .code else { continue }
            var start = token.range.lowerBound
            if kind == .code, index > 0, tokens[index - 1].isWord, tokens[index - 1].text.first?.isUppercase == true {
                start = tokens[index - 1].range.lowerBound
                title = title ?? String(tokens[index - 1].text)
            }
            let issuer = issuerWords.isEmpty ? nil : issuerWords.joined(separator: " ")
            result.append(Citation(issuer: issuer, kind: kind, date: date, number: number, registrationNumber: registration, title: title, range: start..<end))
            index = max(index, cursor - 1)
        }
        return result
    }

    private static func kind(of word: some StringProtocol) -> Citation.Kind? {
        let folded = RussianText.folded(word)
        if folded.hasPrefix("приказ") { return .order }
        if folded.hasPrefix("постановлени") { return .resolution }
        if folded.hasPrefix("кодекс") { return .code }
        if folded.hasPrefix("закон") { return .law }
        if folded.hasPrefix("указ") { return .decree }
        if folded.hasPrefix("решени") || folded.hasPrefix("распоряжени") { return .other }
        return nil
    }
}
