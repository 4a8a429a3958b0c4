import NusqaCore
import NusqaLanguage

/// Reads an entry-into-force clause (қолданысқа енгізу туралы ереже) by the grammar of Kazakh drafting.
///
/// A clause is a subject ("Осы қаулы", "Осы Заң,"), optional exceptions closed by "қоспағанда", and one
/// or two predicates: "қолданысқа енгізіледі" (enactment) and "күшіне енеді" (coming into force), each
/// after its own time phrase. A time phrase is a fixed date ("2018 жылғы 1 қаңтардан бастап"), or an event
/// — signing ("қол қойылған"), first publication ("жарияланған", "жарияланғаннан"), state registration
/// ("тіркелген", "тіркеуден өткен") — with its delay ("күнінен бастап", "… кейін", "күнтізбелік он күн
/// өткен соң"). An exception is "TIME қолданысқа енгізілетін UNITS"; a sentence whose subject is a unit of
/// the act ("Осы Заңның 5-бабы … қолданысқа енгізіледі") is one too. "… туындаған құқықтық қатынастарға
/// қолданылады" gives the applies-from date, not a rule. A time phrase built on any other event becomes
/// a ``EntryIntoForce/Rule/conditional(_:)`` rule quoting it. Words are compared folded (``NusqaLanguage/KazakhFold``).
public struct EntryIntoForceReader {
    /// A problem found in the clause (number-out-of-range), with the words it concerns.
    public struct Problem: Sendable, Hashable {
        /// The stable code, e.g. `number-out-of-range`.
        public var code: String
        /// One sentence for a person.
        public var message: String
        /// The words concerned, as written (to locate them in the source).
        public var words: String
        /// Their place in the sentence.
        public var range: Range<String.Index>
    }

    /// What a sentence gives: the rule (nil when it states none) and any problems.
    public struct Result: Sendable {
        /// The rule.
        public var rule: EntryIntoForce?
        /// Units' own rules stated where the act's own rule is not ("Осы Заңның 5-бабы … қолданысқа енгізіледі").
        public var unitRules: [EntryIntoForce.Exception]
        /// Problems, each worth an error diagnostic.
        public var problems: [Problem]
    }

    /// The longest period accepted: the span of the supported calendar, in days and in months.
    static let maximumDays = 3_652_059
    static let maximumMonths = 119_988

    let words: ClauseWords
    var problems: [Problem] = []
    var unitRules: [EntryIntoForce.Exception] = []

    /// A predicate: "қолданысқа енгізіледі", "күшіне енеді", "қолданысқа енгізілетін", "… қолданылады".
    struct Predicate {
        enum Kind { case enactment, force, exceptionHead, applies }
        var kind: Kind
        var range: Range<Int>
    }

    /// Reads the rule stated in `sentence`.
    /// - Complexity: O(n) in the length of the sentence.
    public static func read(_ sentence: String, span: SourceSpan? = nil) -> Result {
        let text = String(sentence.map { $0 == "\n" ? " " : $0 })
        var reader = EntryIntoForceReader(words: ClauseWords(text))
        let rule = reader.run(span: span)
        return Result(rule: rule, unitRules: reader.unitRules, problems: reader.problems)
    }

    private mutating func run(span: SourceSpan?) -> EntryIntoForce? {
        let predicates = findPredicates()
        guard predicates.contains(where: { $0.kind == .enactment || $0.kind == .force }) else { return runRussian(span: span) }
        var exceptions: [EntryIntoForce.Exception] = []
        var enactment: EntryIntoForce.Rule?
        var force: EntryIntoForce.Rule?
        var appliesFrom: CivilDate?
        var boundary = 0
        let allHeads = predicates.filter { $0.kind == .exceptionHead }
        for predicate in predicates where predicate.kind != .exceptionHead && predicate.range.lowerBound >= boundary {
            var segment = sentenceStart(boundary, predicate.range.lowerBound)..<predicate.range.lowerBound
            defer { boundary = predicate.range.upperBound }
            var undatedUnits: [EntryIntoForce.Unit] = []
            if let except = segment.reversed().first(where: { !words.quoted[$0] && words[$0].hasPrefix("қоспағанда") }) {
                // "… қолданысқа енгізілетін 45-бапты … қоспағанда, …": the exceptions, then the general rule.
                // Heads in the block, found by binary search: a text of many clauses stays linear.
                let first = allHeads.partitioningIndex { $0.range.lowerBound >= segment.lowerBound }
                let heads = allHeads[first...].prefix { $0.range.upperBound <= except }
                if heads.isEmpty {
                    // "…, осы Заңның 1-бабының 5-тармағын қоспағанда, ол 2026 жылғы … қолданысқа енгізіледі": the
                    // units' rule is the predicate that follows, when the act's own rule is already stated.
                    undatedUnits = UnitChainReader.units(in: words, segment.lowerBound..<except)
                } else {
                    exceptions += readExceptions(heads: heads, from: segment.lowerBound, end: except)
                }
                segment = (except + 1)..<predicate.range.lowerBound
            }
            switch predicate.kind {
            case .applies:
                appliesFrom = lastDate(in: segment)?.date
            case .enactment, .force:
                let (rule, timeStart) = timeRule(segment, predicate: predicate.range)
                let stated = predicate.kind == .enactment ? enactment != nil : force != nil
                if !undatedUnits.isEmpty, stated {
                    exceptions.append(EntryIntoForce.Exception(units: undatedUnits, rule: rule, text: words.text(segment.lowerBound..<predicate.range.upperBound)))
                } else if UnitChainReader.namesUnits(words, segment.lowerBound..<timeStart) {
                    // "Осы Заңның 5-бабы 2026 жылғы 1 қаңтардан бастап қолданысқа енгізіледі": a unit's own rule.
                    let units = UnitChainReader.units(in: words, segment.lowerBound..<timeStart)
                    exceptions.append(EntryIntoForce.Exception(units: units, rule: rule, text: words.text(segment.lowerBound..<predicate.range.upperBound)))
                } else if predicate.kind == .enactment {
                    if enactment == nil { enactment = rule }
                } else if force == nil {
                    force = rule
                }
            case .exceptionHead:
                break
            }
        }
        guard let general = enactment ?? force else {
            unitRules = exceptions  // only units' own rules: the act's own rule is not stated here
            return nil
        }
        return EntryIntoForce(
            rule: general, comesIntoForce: enactment != nil ? force : nil, mustBePublished: mustBePublished(),
            exceptions: exceptions, appliesFrom: appliesFrom, sentence: words.text, span: span)
    }

    // MARK: - Predicates

    private func findPredicates() -> [Predicate] {
        var out: [Predicate] = []
        var i = 0
        while i < words.count {
            defer { i += 1 }
            guard !words.quoted[i] else { continue }
            let word = words[i], next = words[i + 1]
            if word == "қолданысқа" || word == "күшіне" {
                let isForce = word == "күшіне"
                let kind: Predicate.Kind?
                switch next {
                case "енгізіледі", "енгізілді", "енгізілсін", "енеді", "енді", "енсін":
                    kind = isForce ? .force : .enactment
                case "енгізілетін", "енетін":
                    kind = .exceptionHead
                default:
                    kind = nil
                }
                if let kind {
                    out.append(Predicate(kind: kind, range: i..<(i + 2)))
                    i += 1
                }
            } else if ["қолданылады", "колданылады", "таралады", "қолданылсын"].contains(word),
                (max(0, i - 3)..<i).contains(where: { words[$0].hasPrefix("қатынас") })
            {
                out.append(Predicate(kind: .applies, range: i..<(i + 1)))
            }
        }
        return out
    }

    /// "… және ресми жариялануға тиіс / жатады", "… ресми жариялансын".
    private func mustBePublished() -> Bool {
        (0..<words.count).contains { i in
            !words.quoted[i] && (words[i] == "жариялансын" || (words[i] == "жариялануға" && ["тиіс", "жатады", "тиісті"].contains(words[i + 1])))
        }
    }

    /// The start of the sentence holding `index`, not before `floor`: after the last full stop that ends a
    /// sentence ("… енгізіледі. 2. Осы …"), never after a date's "ж." or inside "01.01.2024".
    private func sentenceStart(_ floor: Int, _ index: Int) -> Int {
        var k = index - 1
        while k > floor {
            if words[k] == "." && !words.quoted[k] && words[k - 1] != "ж" && !words.tokens[k - 1].isASCIINumber, k + 1 < words.count,
                words.tokens[k + 1].isCapitalized || (words.tokens[k + 1].isASCIINumber && words[k + 2] == ".")
            {
                return k + 1
            }
            k -= 1
        }
        return floor
    }

    // MARK: - Exceptions

    /// "TIME қолданысқа енгізілетін UNITS, TIME … UNITS қоспағанда": each head's time phrase runs from
    /// the last unit word of the group before it.
    private mutating func readExceptions(heads: ArraySlice<Predicate>, from start: Int, end: Int) -> [EntryIntoForce.Exception] {
        let heads = Array(heads)
        var out: [EntryIntoForce.Exception] = []
        var timeStart = start
        for (index, head) in heads.enumerated() {
            let unitsEnd = index + 1 < heads.count ? heads[index + 1].range.lowerBound : end
            var lastUnit = head.range.upperBound - 1
            for k in head.range.upperBound..<unitsEnd where !words.quoted[k] {
                let word = words[k]
                if UnitChainReader.unitWord(Substring(word)) != nil
                    || (UnitChainReader.splitNumber(word).flatMap { UnitChainReader.unitWord($0.1) } != nil)
                {
                    lastUnit = k
                }
            }
            let unitsRange = head.range.upperBound..<(index + 1 < heads.count ? lastUnit + 1 : unitsEnd)
            let (rule, _) = timeRule(timeStart..<head.range.lowerBound, predicate: head.range)
            let units = UnitChainReader.units(in: words, unitsRange)
            out.append(EntryIntoForce.Exception(units: units, rule: rule, text: words.text(timeStart..<unitsRange.upperBound)))
            timeStart = unitsRange.upperBound
        }
        return out
    }

    // MARK: - Time phrases

    /// Words that may stand between an event and the end of its time phrase.
    private static let delayWords: Set<String> = [
        "күнінен", "күннен", "күні", "күнi", "сәттен", "кезден", "кезінен", "бастап", "кейін", "күнтізбелік", "күн",
        "өткен", "өткеннен", "соң", "ай", "айдан", "жұмыс", "(", ")", ",", "мың", "жүз", "он",
    ]

    private static func isDelayWord(_ word: String, _ token: KazakhToken) -> Bool {
        delayWords.contains(word) || token.isASCIINumber || KazakhOrdinal.cardinalValue(of: word) != nil
    }

    /// The rule a time phrase ending just before `predicate` states, and where the phrase starts.
    private mutating func timeRule(_ segment: Range<Int>, predicate: Range<Int>) -> (EntryIntoForce.Rule, Int) {
        let keywords: Set<String> = ["бастап", "кейін", "соң", "күні"]
        guard let last = segment.reversed().first(where: { !words.quoted[$0] && keywords.contains(words[$0]) }) else {
            if let date = lastDate(in: segment), date.form != .attributive, date.form != .genitive {
                return (.fixed(date.date), date.start)
            }
            return (.conditional(words.text(segment.lowerBound..<predicate.upperBound)), segment.upperBound)
        }
        var head = last - 1
        while head >= segment.lowerBound, !words.quoted[head], Self.isDelayWord(words[head], words.tokens[head]) { head -= 1 }
        let delayRange = (head + 1)..<(last + 1)
        // A fixed date: "01.01.2018 бастап", "01.01.2018 жылдан бастап".
        if let (date, start) = dottedDate(before: last, floor: segment.lowerBound) { return (.fixed(date), start) }
        // A fixed date: "2018 жылғы 1 қаңтардан бастап".
        for start in stride(from: head, through: max(segment.lowerBound, head - 6), by: -1) {
            if let (match, next) = KazakhDate.match(at: start, in: words.tokens), next >= head + 1, next <= last + 1 {
                if match.form == .attributive || match.form == .genitive { break }
                let base = EntryIntoForce.Rule.fixed(match.date)
                guard case .days(let days)? = delay(next..<(last + 1)) else { return (base, start) }
                guard let date = try? match.date.advanced(byDays: days).advanced(byDays: 1) else {
                    outOfRange(next..<(last + 1), "a period of \(days) days from \(match.date)")
                    return (.conditional(words.text(start..<predicate.upperBound)), start)
                }
                return (.fixed(date), start)
            }
        }
        guard head >= segment.lowerBound, let (event, eventStart) = event(endingAt: head) else {
            let from = max(segment.lowerBound, clauseStart(before: head, floor: segment.lowerBound))
            return (.conditional(words.text(from..<predicate.upperBound)), from)
        }
        guard let delay = delay(delayRange) else {
            return (.conditional(words.text(eventStart..<predicate.upperBound)), eventStart)
        }
        return (.after(event, delay), eventStart)
    }

    /// A dotted date ("01.01.2018") whose only words before `keyword` are "жылдан", "ж." or none.
    private func dottedDate(before keyword: Int, floor: Int) -> (CivilDate, Int)? {
        for start in stride(from: keyword - 5, through: max(floor, keyword - 8), by: -1) where start >= 0 {
            guard words.tokens[start].isASCIINumber, words[start + 1] == ".", words.tokens[start + 2].isASCIINumber, words[start + 3] == ".",
                words.tokens[start + 4].isASCIINumber, (start + 5..<keyword).allSatisfy({ ["жылдан", "ж", "."].contains(words[$0]) }),
                let date = KazakhDate.parseDotted(words.text(start..<(start + 5)))
            else { continue }
            return (date, start)
        }
        return nil
    }

    /// The event whose word ends at `index`: signing, publication or registration.
    private func event(endingAt index: Int) -> (EntryIntoForce.Event, Int)? {
        let word = words[index]
        // "қол қойылған", "қол қойған"; "жарияланған", "жарияланғаннан", "жариялаған" (not "жариялануға тиіс");
        // "тіркелген", "тіркеуден өткен", "тіркелуінен".
        if word.hasPrefix("қой"), words[index - 1] == "қол" { return (.signing, index - 1) }
        if word.hasPrefix("жариялан") || word.hasPrefix("жариялаған"), !word.hasPrefix("жариялану"), word != "жариялансын" { return (.publication, index) }
        if word.hasPrefix("тіркел") || word == "тіркеуден" { return (.registration, index) }
        return nil
    }

    /// Where the words of a foreign event start: after the subject's act word ("Осы қаулы …").
    private func clauseStart(before index: Int, floor: Int) -> Int {
        var k = index
        while k > floor, words[k - 1] != ",", !["қаулы", "бұйрық", "шешім", "заң", "кодекс", "қаулысы"].contains(words[k - 1]) { k -= 1 }
        return k
    }

    /// The delay in tokens `range` ("күнінен бастап", "кейін", "күнтізбелік он күн өткен соң"); nil for a
    /// period the calendar cannot count (working days) or one out of range (with a problem recorded).
    private mutating func delay(_ range: Range<Int>) -> EntryIntoForce.Delay? {
        let folded = range.map { words[$0] }
        if let passed = folded.firstIndex(where: { $0 == "өткен" || $0 == "өткеннен" }) {
            let unitIndex = folded[..<passed].lastIndex { $0 == "күн" || $0 == "ай" || $0 == "айдан" || $0 == "күні" }
            if folded.contains("жұмыс") { return nil }  // working days: the calendar of holidays is not known
            if let unitIndex { return period(range, folded, unitIndex) }
            // "тіркеуден өткен күннен бастап": passing registration, no period.
        }
        if folded.contains("кейін") { return .nextDay }
        if folded.contains("бастап") || folded.last == "күні" { return .sameDay }
        return nil
    }

    /// "күнтізбелік он күн", "10 (он) күнтізбелік күн", "алты ай": the period before the unit word at `unitIndex`.
    private mutating func period(_ range: Range<Int>, _ folded: [String], _ unitIndex: Int) -> EntryIntoForce.Delay? {
        var value: Int?
        var numberRange = range
        for k in stride(from: unitIndex - 1, through: 0, by: -1) where words.tokens[range.lowerBound + k].isASCIINumber {
            numberRange = (range.lowerBound + k)..<(range.lowerBound + k + 1)
            value = checkedNumber(words[range.lowerBound + k])
            if value == nil {
                outOfRange(numberRange, "the number \(words.text(numberRange)), too large for any integer,")
                return nil
            }
            break
        }
        if value == nil {
            var cardinal: [String] = []
            for word in folded[..<unitIndex].reversed() {
                if ["күнтізбелік", "(", ")"].contains(word) { continue }
                guard word == "жүз" || word == "мың" || KazakhOrdinal.cardinalValue(of: word) != nil else { break }
                cardinal.insert(word, at: 0)
            }
            value = cardinalValue(cardinal)
            if value == nil, !cardinal.isEmpty {
                outOfRange(range, "the number \(cardinal.joined(separator: " "))")
                return nil
            }
        }
        guard let value else { return nil }
        let isMonths = folded[unitIndex].hasPrefix("ай")
        if value > (isMonths ? Self.maximumMonths : Self.maximumDays) {
            outOfRange(numberRange, "a period of \(value) \(isMonths ? "months" : "days")")
            return nil
        }
        return isMonths ? .months(value) : .days(value)
    }

    /// ASCII digits with checked arithmetic; nil on overflow.
    private func checkedNumber(_ digits: String) -> Int? {
        var value = 0
        for byte in digits.utf8 {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int(byte - 0x30))
            if o1 || o2 { return nil }
            value = sum
        }
        return value
    }

    /// Cardinal words of any size ("он", "жиырма бір", "үш жүз алпыс бес", "бір мың"), with checked
    /// arithmetic; nil when a word is not a numeral or the value overflows.
    private func cardinalValue(_ parts: [String]) -> Int? {
        guard !parts.isEmpty else { return nil }
        var total = 0
        var current = 0
        for word in parts {
            if word == "жүз" {
                let (v, o) = max(current, 1).multipliedReportingOverflow(by: 100)
                if o { return nil }
                current = v
            } else if word == "мың" {
                let (v, o1) = max(current, 1).multipliedReportingOverflow(by: 1000)
                let (t, o2) = total.addingReportingOverflow(v)
                if o1 || o2 { return nil }
                total = t
                current = 0
            } else if let value = KazakhOrdinal.cardinalValue(of: word), value < 100 {
                let (v, o) = current.addingReportingOverflow(value)
                if o { return nil }
                current = v
            } else {
                return nil
            }
        }
        let (sum, o) = total.addingReportingOverflow(current)
        return o ? nil : sum
    }

    private mutating func outOfRange(_ range: Range<Int>, _ what: String) {
        guard let place = words.range(range) else { return }
        problems.append(Problem(
            code: "number-out-of-range",
            message: "\(what) is outside the calendar Nusqa supports (0001-01-01…9999-12-31); no date is computed",
            words: words.text(range), range: place))
    }

    /// The last date phrase in `segment`, with the token where it starts.
    private func lastDate(in segment: Range<Int>) -> (date: CivilDate, form: KazakhMonth.CaseForm, start: Int)? {
        var found: (CivilDate, KazakhMonth.CaseForm, Int)?
        var k = segment.lowerBound
        while k < segment.upperBound {
            if !words.quoted[k], let (match, next) = KazakhDate.match(at: k, in: words.tokens), next <= segment.upperBound {
                found = (match.date, match.form, k)
                k = next
            } else {
                k += 1
            }
        }
        return found
    }
}

extension RandomAccessCollection {
    /// The index of the first element for which `predicate` holds, in a collection where it holds for a
    /// suffix (binary search).
    /// - Complexity: O(log n).
    func partitioningIndex(where predicate: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = distance(from: startIndex, to: endIndex)
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if predicate(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
