import NusqaCore
import NusqaLanguage

/// The Russian text of an entry-into-force clause (порядок введения в действие): "Настоящее постановление
/// вводится в действие по истечении десяти календарных дней после дня его первого официального
/// опубликования", "… вступает в силу со дня подписания, за исключением пункта 2, который вводится в
/// действие с 1 января 2005 года". The predicate comes first, its time phrase after it; exceptions follow
/// "за исключением" with their own "которые вводятся в действие …".
extension EntryIntoForceReader {
    /// A Russian predicate: "вводится в действие", "вступает в силу"; a relative one ("который вводится …")
    /// heads an exception.
    func russianPredicates() -> [Predicate] {
        var out: [Predicate] = []
        for i in 0..<words.count where !words.quoted[i] && words[i + 1] == "в" {
            let enactment = ["вводится", "вводятся", "вводится"].contains(words[i]) && words[i + 2].hasPrefix("действи")
            let force = ["вступает", "вступают"].contains(words[i]) && words[i + 2] == "силу"
            guard enactment || force else { continue }
            let relative = ["который", "которые", "которая", "которое"].contains(words[i - 1])
            out.append(Predicate(kind: relative ? .exceptionHead : enactment ? .enactment : .force, range: i..<(i + 3)))
        }
        return out
    }

    /// Reads a Russian clause; nil when it states no rule.
    mutating func runRussian(span: SourceSpan?) -> EntryIntoForce? {
        let predicates = russianPredicates()
        guard let main = predicates.first(where: { $0.kind != .exceptionHead }) else { return nil }
        let stops = (0..<words.count).filter { !words.quoted[$0] && (words[$0] == "исключением" || words[$0] == "подлежит" || words[$0] == ".") }
        let end = stops.first { $0 > main.range.upperBound } ?? words.count
        let rule = russianTime(main.range.upperBound..<end, predicate: main.range)
        var exceptions: [EntryIntoForce.Exception] = []
        var unitsStart = (0..<words.count).first { !words.quoted[$0] && words[$0] == "исключением" }.map { $0 + 1 }
        for head in predicates where head.kind == .exceptionHead {
            guard let start = unitsStart, start < head.range.lowerBound else { continue }
            let timeEnd = stops.first { $0 > head.range.upperBound && words[$0] != "исключением" } ?? words.count
            let units = russianUnits(start..<head.range.lowerBound)
            exceptions.append(EntryIntoForce.Exception(
                units: units, rule: russianTime(head.range.upperBound..<timeEnd, predicate: head.range), text: words.text(start..<timeEnd)))
            unitsStart = timeEnd + 1
        }
        let mustBePublished = (0..<words.count).contains { words[$0] == "подлежит" && words[$0 + 1].hasPrefix("официальн") }
        return EntryIntoForce(
            rule: rule, mustBePublished: mustBePublished, exceptions: exceptions, sentence: words.text, span: span)
    }

    private static let russianMonths: [String: Int] = [
        "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8, "сентября": 9,
        "октября": 10, "ноября": 11, "декабря": 12,
    ]

    private static let russianNumbers: [String: Int] = {
        var table: [String: Int] = [:]
        let forms: [(Int, [String])] = [
            (1, ["один", "одного", "одни"]), (2, ["два", "двух"]), (3, ["три", "трех", "трёх"]), (4, ["четыре", "четырех", "четырёх"]),
            (5, ["пять", "пяти"]), (6, ["шесть", "шести"]), (7, ["семь", "семи"]), (8, ["восемь", "восьми"]), (9, ["девять", "девяти"]),
            (10, ["десять", "десяти"]), (11, ["одиннадцать", "одиннадцати"]), (12, ["двенадцать", "двенадцати"]), (14, ["четырнадцать", "четырнадцати"]),
            (15, ["пятнадцать", "пятнадцати"]), (20, ["двадцать", "двадцати"]), (30, ["тридцать", "тридцати"]), (40, ["сорок", "сорока"]),
            (45, ["сорокапяти"]), (50, ["пятьдесят", "пятидесяти"]), (60, ["шестьдесят", "шестидесяти"]), (90, ["девяносто", "девяноста"]),
            (100, ["сто", "ста"]),
        ]
        for (value, words) in forms { for word in words { table[word] = value } }
        return table
    }()

    /// "со дня подписания", "по истечении десяти календарных дней после дня его первого официального
    /// опубликования", "с 1 января 2005 года", "со дня государственной регистрации".
    private mutating func russianTime(_ segment: Range<Int>, predicate: Range<Int>) -> EntryIntoForce.Rule {
        let folded = segment.map { words[$0] }
        // A fixed date: "с 1 января 2005 года".
        for (offset, word) in folded.enumerated() {
            guard let month = Self.russianMonths[word], offset > 0, offset + 1 < folded.count else { continue }
            let day = segment.lowerBound + offset - 1, year = segment.lowerBound + offset + 1
            guard words.tokens[day].isASCIINumber, words.tokens[year].isASCIINumber, let y = Int(words[year]), let d = Int(words[day]),
                let date = CivilDate(year: y, month: month, day: d)
            else { continue }
            return .fixed(date)
        }
        let event: EntryIntoForce.Event? =
            folded.contains(where: { $0.hasPrefix("подписани") }) ? .signing
            : folded.contains(where: { $0.hasPrefix("опубликовани") }) ? .publication
            : folded.contains(where: { $0.hasPrefix("регистрац") }) ? .registration : nil
        guard let event else { return .conditional(words.text(predicate.lowerBound..<segment.upperBound)) }
        if let expiry = folded.firstIndex(of: "истечении") {
            var value = 0
            var seen = false
            for k in (expiry + 1)..<folded.count {
                if words.tokens[segment.lowerBound + k].isASCIINumber, let n = Int(folded[k]) { value = n; seen = true; break }
                guard let n = Self.russianNumbers[folded[k]] else { break }
                value += n
                seen = true
            }
            guard seen, value <= Self.maximumDays else { return .conditional(words.text(predicate.lowerBound..<segment.upperBound)) }
            if folded.contains(where: { $0.hasPrefix("месяц") }) { return .after(event, .months(value)) }
            return .after(event, .days(value))
        }
        if folded.contains("после") { return .after(event, .nextDay) }
        return .after(event, .sameDay)
    }

    /// "пункта 2", "пунктов 2, 4, 5", "пунктов 3 и 4 статьи 14", "подпункта 3) пункта 5": a unit word, its
    /// numbers, then the owners that follow it in the genitive.
    private func russianUnits(_ range: Range<Int>) -> [EntryIntoForce.Unit] {
        let stems: [(String, ClauseKind)] = [
            ("подпункт", .subItem), ("пункт", .item), ("стать", .article), ("стате", .article), ("част", .abzac), ("абзац", .abzac),
            ("глав", .chapter), ("приложени", .annex), ("раздел", .section), ("параграф", .subsection),
        ]
        var groups: [[(ClauseKind, [UnitNumber])]] = []
        var k = range.lowerBound
        while k < range.upperBound {
            let word = words[k]
            guard !words.quoted[k], let kind = stems.first(where: { word.hasPrefix($0.0) })?.1 else {
                k += 1
                continue
            }
            var numbers: [UnitNumber] = []
            k += 1
            while k < range.upperBound, words.tokens[k].isASCIINumber || UnitChainReader.isNumber(words[k]) || [",", "и", ")", "-", "–"].contains(words[k]) {
                if let n = UnitNumber(words[k]) { numbers.append(n) }
                k += 1
            }
            guard !numbers.isEmpty else { continue }
            let rank = UnitChainReader.rank(kind)
            if let inner = groups.last?.last, rank < UnitChainReader.rank(inner.0) {
                groups[groups.count - 1].append((kind, numbers))  // an owner in the genitive: "… статьи 14"
            } else {
                groups.append([(kind, numbers)])
            }
        }
        var out: [EntryIntoForce.Unit] = []
        for group in groups {
            var prefixes: [ClauseID] = [.root]
            for (kind, numbers) in group.reversed() {
                prefixes = prefixes.flatMap { prefix in numbers.map { prefix.appending(ClauseID.Step(kind, $0)) } }
            }
            out += prefixes.prefix(1000).map { EntryIntoForce.Unit($0) }
        }
        return out
    }
}
