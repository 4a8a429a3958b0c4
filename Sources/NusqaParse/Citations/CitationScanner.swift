import NusqaLanguage

/// The citation scanner (сілтемелерді іздеу; поиск ссылок): finds references to other acts in Kazakh text.
///
/// It anchors on a kind word (бұйрығы, қаулысымен, Кодексі, Заңының, Жарлығы …) and reads backwards over
/// the number ("№ …"), the date ("2020 жылғы 30 қарашадағы"), the issuer in the genitive
/// ("… министрінің", "… м.а.", "Үкіметінің", "Қазақстан Республикасының") and a quoted title; then forwards
/// over "(… тізілімінде № 21844 болып тіркелген)". Words may be separated by any whitespace run. A kind
/// word displaced into that parenthesis by PDF extraction ("№ ҚР ДСМ-30 (бұйрығына нормативтік …") is
/// recognised too. A bare "осы бұйрықты" (no issuer, date or number) is not a citation.
public enum CitationScanner {
    /// Сілтемелер (ссылки): every citation in `text`, in order of position.
    ///
    /// - Complexity: O(n) in the length of `text` (each anchor looks at a bounded window,
    ///   except the backward search for a title's opening quote, bounded at 400 tokens).
    public static func citations(in text: String) -> [Citation] {
        let tokens = KazakhToken.tokenize(text)
        var dates: [Int: (match: KazakhDateMatch, start: Int)] = [:]
        var index = 0
        while index < tokens.count {
            if let (found, next) = KazakhDate.match(at: index, in: tokens) {
                dates[found.isFrom ? next - 2 : next - 1] = (found, index)
                index = next
            } else {
                index += 1
            }
        }
        let reader = CitationReader(text: text, tokens: tokens, dates: dates)
        var result: [Citation] = []
        for position in tokens.indices {
            if let kind = CitationReader.kind(of: tokens[position]) {
                guard let head = reader.head(before: position, kind: kind) else { continue }
                let registration = reader.registration(after: position + 1)
                let end = registration?.end ?? tokens[position].range.upperBound
                result.append(head.citation(kind: kind, registration: registration?.number, end: end))
            } else if tokens[position].text == "(", let displaced = reader.displacedKind(at: position),
                      position > 0, CitationReader.kind(of: tokens[position - 1]) == nil,
                      let head = reader.head(before: position, kind: displaced.kind), head.number != nil {
                result.append(head.citation(kind: displaced.kind, registration: displaced.number, end: displaced.end))
            }
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
