import NusqaCore
import NusqaLanguage

/// The pieces of a citation read backwards from its kind word (сілтеменің басы).
struct CitationHead: Sendable {
    var issuer: String?
    var date: CivilDate?
    var number: String?
    var title: String?
    var start: String.Index

    func citation(kind: Citation.Kind, registration: String?, end: String.Index) -> Citation {
        Citation(issuer: issuer, kind: kind, date: date, number: number,
                 registrationNumber: registration, title: title, range: start..<end)
    }
}

/// Token-level readers behind ``CitationScanner`` (сілтеме оқу).
struct CitationReader {
    let text: String
    let tokens: [KazakhToken]
    /// Date phrases keyed by the index of their month token.
    let dates: [Int: (match: KazakhDateMatch, start: Int)]

    /// The act kind named by a kind word in any case form, or `nil`.
    static func kind(of token: KazakhToken) -> Citation.Kind? {
        guard token.isWord else { return nil }
        let word = token.text.lowercased()
        if word.hasPrefix("бұйры") { return .order }
        if word.hasPrefix("қаулы") { return .resolution }
        if word.hasPrefix("кодекс") { return .code }
        if lawForms.contains(word) { return .law }
        if word.hasPrefix("жарлы") { return .decree }
        if word.hasPrefix("шешім") || word.hasPrefix("өкім") { return .other }
        return nil
    }

    /// Reads number, date, issuer and title backwards from the token before `end`.
    /// `nil` unless an issuer with a date, number or title, or a date with a number, was found.
    /// - Complexity: O(1) windows, plus at most 400 tokens for a title's opening quote.
    func head(before end: Int, kind: Citation.Kind) -> CitationHead? {
        var cursor = end - 1
        var number: String?
        let lowest = max(0, end - 7)
        var probe = cursor
        while probe >= lowest {
            let token = tokens[probe]
            if ["№", "No", "N"].contains(token.text) {
                if probe + 1 < end {
                    number = Citation.normalizeNumber(text[tokens[probe + 1].range.lowerBound..<tokens[end - 1].range.upperBound])
                }
                if number != nil { cursor = probe - 1 }
                break
            }
            if !token.isWord && token.text != "-" { break }
            probe -= 1
        }
        var date: CivilDate?
        if let found = dates[cursor] {
            date = found.match.date
            cursor = found.start - 1
        }
        var start = cursor + 1 < tokens.count ? tokens[cursor + 1].range.lowerBound : text.endIndex
        var title: String?
        var issuer: String?
        if let read = readIssuer(endingAt: cursor, kind: kind) {
            issuer = read.issuer
            title = read.name
            cursor = read.first - 1
            start = tokens[read.first].range.lowerBound
        }
        if let quoted = quotedTitle(endingAt: cursor) {
            title = quoted.title
            start = tokens[quoted.first].range.lowerBound
        }
        let accepted = (issuer != nil && (date != nil || number != nil || title != nil)) || (date != nil && number != nil)
        return accepted ? CitationHead(issuer: issuer, date: date, number: number, title: title, start: start) : nil
    }

    /// "(… тізілімінде № 21844 болып тіркелген)" starting at token `index`: the number and the phrase end.
    func registration(after index: Int) -> (number: String, end: String.Index)? {
        var cursor = index
        guard cursor < tokens.count else { return nil }
        if tokens[cursor].text == "(" { cursor += 1 }
        let limit = min(tokens.count, cursor + 7)
        while cursor < limit, tokens[cursor].isWord, tokens[cursor].text.lowercased() != "тізілімінде" { cursor += 1 }
        guard cursor + 4 < tokens.count, tokens[cursor].text.lowercased() == "тізілімінде",
              ["№", "No", "N"].contains(tokens[cursor + 1].text), tokens[cursor + 2].isASCIINumber,
              tokens[cursor + 3].text.lowercased() == "болып",
              tokens[cursor + 4].text.lowercased().hasPrefix("тіркел")
        else { return nil }
        var end = tokens[cursor + 4].range.upperBound
        if cursor + 5 < tokens.count, tokens[cursor + 5].text == ")" { end = tokens[cursor + 5].range.upperBound }
        return (String(tokens[cursor + 2].text), end)
    }

    /// A parenthesis at `index` holding a kind word displaced by extraction next to a registration number:
    /// "(бұйрығына нормативтік … тізілімінде № 22550 болып тіркелген)".
    func displacedKind(at index: Int) -> (kind: Citation.Kind, number: String, end: String.Index)? {
        var kind: Citation.Kind?
        var number: String?
        var cursor = index + 1
        let limit = min(tokens.count, index + 20)
        while cursor < limit, tokens[cursor].text != ")" {
            let token = tokens[cursor]
            if let found = CitationReader.kind(of: token) {
                guard kind == nil else { return nil }
                kind = found
            } else if token.text.lowercased() == "тізілімінде", cursor + 2 < tokens.count,
                      tokens[cursor + 1].text == "№", tokens[cursor + 2].isASCIINumber {
                number = String(tokens[cursor + 2].text)
            }
            cursor += 1
        }
        guard cursor < limit, let kind, let number else { return nil }
        return (kind, number, tokens[cursor].range.upperBound)
    }

    private static let lawForms: Set<String> = [
        "заң", "заңы", "заңын", "заңының", "заңына", "заңымен", "заңында", "заңынан",
    ]
}
