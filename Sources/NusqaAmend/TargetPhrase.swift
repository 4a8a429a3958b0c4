import Foundation
import NusqaCore
import NusqaLanguage

/// The units an instruction names (нысана): "18 және 19-тармақтар", "99-тармақтың 1) тармақшасы",
/// "20-тармақтың бірінші абзацы", "мынадай мазмұндағы 26-1-тармақпен", "реттік нөмірлері 9, 23-жолдар",
/// "5–8-тармақтар", "Салық кодексінің 19-бабы 1-тармағы 3) тармақшасы екінші бөлігінің", "кіріспе".
///
/// Read left to right over the ``UnitWords`` table: every unit reference with its kind, numbers and
/// case. Quoted names and parentheses are left out first, ordinals are read as numbers. References
/// nest as Kazakh nests them: a unit followed by a deeper one contains it ("16-тармақтың 1) тармақшасы"),
/// a unit of the same or a higher level is a sibling ("1-тармақтың 1) тармақшасы және 3-тармақ").
struct TargetPhrase {
    /// One reference to units of one kind.
    struct Reference: Equatable {
        var kind: ClauseKind
        var numbers: [UnitNumber]
        var grammaticalCase: GrammaticalCase
        /// Named by a quotation before it ("«…» деген бөлімде", "«…» деген жол").
        var quoted = false
        /// A comma, "және" or "мен" stands between it and the reference before: a sibling, never a unit inside it.
        var separated = false
        /// Named as a part (бөлік, часть) rather than an abzac: where it holds sub-items it is a ``ClauseKind/part``.
        var isPart = false

        /// The step it makes as a container: a part that holds what follows it is a part, not its lead abzac.
        func containerStep(holding next: Reference?) -> ClauseID.Step {
            let number = numbers.first ?? (kind == .annex ? UnitNumber(1) : nil)
            if isPart, kind == .abzac, number != nil, next.map({ $0.kind == .subItem }) ?? true { return ClauseID.Step(.part, number) }
            return ClauseID.Step(kind, number)
        }

        /// "-пен/-мен": the new unit of an insertion.
        var isInstrumental: Bool { grammaticalCase == .instrumental }
        /// "-та/-те/-да/-де": a container that opens a nested list ("34-тармақта:").
        var isLocative: Bool { grammaticalCase == .locative }
    }

    var references: [Reference] = []
    /// Units addressed that the reader cannot address (a sentence of a sentence, "бірінші сөйлемінің екінші сөйлемі").
    var unsupportedUnits: [String] = []
    /// A sentence or the last abzac of the unit named ("бірінші сөйлемі", "соңғы абзацы"), kept out of the id.
    var part: UnitPart?
    /// Unit words that needed a number and had none ("1)-4) тармақшалары" misread, "тармақшасы" alone):
    /// the phrase then names less than the text does, so the instruction is not applied on a guess.
    var unnumberedUnits: [String] = []
    /// Whether the phrase adds a sentence at the end of its unit ("мынадай мазмұндағы сөйлеммен толықтырылсын").
    var appendsSentence = false
    /// Whether a separator was read since the last reference.
    private var separatorSeen = false
    /// The table column the phrase names ("3-бағанында").
    var column: Int?
    var isPreamble: Bool { references.contains { $0.kind == .preamble } }

    /// Reads `text` (the part of an instruction before its verb phrase).
    init(_ text: String) {
        let tokens = Self.tokens(Self.withOrdinalsAsNumbers(Self.withoutQuotesAndParentheses(text)))
        var pending: [UnitNumber] = []
        var previousWasQuote = false
        var last = false
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            defer { index += 1 }
            if token == "," || token == "және" || token == "мен" {
                // Between the numbers of one reference ("3), 4) тармақшалары") it separates those numbers, not the references.
                if pending.isEmpty { separatorSeen = true }
                continue
            }
            if token == "реттік" || token.hasPrefix("нөмір") { continue }
            if token == "соңғы" {
                last = true
                continue
            }
            // "1-қосымшаның оң жақтағы жоғарғы бұрышы": the annex's header (stamp), not the annex.
            if token.hasPrefix("бұрыш"), part == nil, references.last?.kind == .annex {
                part = .header
                continue
            }
            // "1) - 4) тармақшалары": a range written with the dash apart.
            if ["-", "–", "—"].contains(token), let lower = pending.last, lower.parts.count == 1, index + 1 < tokens.count,
                let (upperNumbers, rest) = Self.numbers(tokens[index + 1]), let upper = upperNumbers.first, upperNumbers.count == 1,
                upper.parts.count == 1, upper.parts[0] > lower.parts[0], upper.parts[0] - lower.parts[0] < 200
            {
                pending += ((lower.parts[0] + 1)...upper.parts[0]).map { UnitNumber($0) }
                index += 1
                if !rest.isEmpty, add(rest, numbers: pending, quoted: false, text: tokens[index], last: &last) { pending = [] }
                continue
            }
            if token == "«»" {
                previousWasQuote = true
                pending = []
                continue
            }
            if token == "деген" { continue }
            let quoted = previousWasQuote
            previousWasQuote = false
            if let (numbers, rest) = Self.numbers(token) {
                if rest.isEmpty {
                    pending += numbers
                    continue
                }
                if add(rest, numbers: pending + numbers, quoted: false, text: token, last: &last) {
                    pending = []
                    // "73-бабының 1-бөлігі": a part numbered with a numeral is the article's numbered part ("1."),
                    // an item of the tree; "екінші бөлігі" (an ordinal word) is its second abzac.
                    if rest.hasPrefix("бөлі"), references.count >= 2, references[references.count - 2].kind == .article {
                        references[references.count - 1].kind = .item
                    }
                    continue
                }
                pending = []
                continue
            }
            if add(Substring(token), numbers: pending, quoted: quoted, text: token, last: &last) {
                pending = []
                continue
            }
            pending = []
        }
    }

    /// Adds the reference `word` makes; false when `word` is no unit word or needs a number it lacks.
    private mutating func add(_ word: Substring, numbers: [UnitNumber], quoted: Bool, text: String, last: inout Bool) -> Bool {
        guard let (unit, grammaticalCase) = UnitWords.read(word) else { return false }
        defer { last = false }
        var numbers = numbers
        if case .clause(let kind) = unit, [.item, .subItem, .article, .chapter, .abzac].contains(kind), UnitWords.isPlural(word),
            numbers.count == 1, numbers[0].parts.count == 2, numbers[0].parts[1] > numbers[0].parts[0], numbers[0].parts[1] - numbers[0].parts[0] < 200
        {
            // "16-18-тармақтар": a plural unit word with one hyphenated number is a range written with a hyphen,
            // never the one inserted item 16-18.
            numbers = (numbers[0].parts[0]...numbers[0].parts[1]).map { UnitNumber($0) }
        }
        switch unit {
        case .column:
            column = numbers.first?.parts.first
            return true
        case .sentence:
            if part == nil, !appendsSentence, numbers.isEmpty, grammaticalCase == .instrumental, !UnitWords.isPlural(word) {
                appendsSentence = true  // "22-тармақ мынадай мазмұндағы сөйлеммен толықтырылсын": a sentence added at the end
            } else if part == nil, last, numbers.isEmpty {
                part = .lastSentence
            } else if part == nil, numbers.count == 1, numbers[0].parts.count == 1, numbers[0].parts[0] >= 1 {
                part = .sentence(numbers[0].parts[0])
            } else if part == nil, let run = UnitPart.consecutiveSentences(numbers) {
                part = run
            } else {
                let ordinals = numbers.compactMap { $0.parts.count == 1 ? KazakhOrdinal.words(for: $0.parts[0]) : nil }
                unsupportedUnits.append(((last ? ["соңғы"] : []) + ordinals + [text]).joined(separator: " "))
            }
            return true
        case .clause(.abzac) where last && numbers.isEmpty:
            if part == nil { part = .lastAbzac } else { unsupportedUnits.append("соңғы " + text) }
            return true
        case .clause(let kind):
            if numbers.isEmpty && quoted && [.item, .subItem, .article].contains(kind) {
                // "«а» тармақшасы": a unit numbered by a letter the ids cannot name yet.
                unnumberedUnits.append("«…» " + text)
                return true
            }
            if numbers.isEmpty, kind == .abzac, grammaticalCase == .instrumental, !quoted {
                // "2-тармақ мынадай мазмұндағы бөлікпен (абзацпен) толықтырылсын": a new part after the unit's last one.
                // Several at once ("бөліктермен") would need their payload split by a guess: reported instead.
                if part == nil, !UnitWords.isPlural(word) { part = .newAbzac } else { unnumberedUnits.append(text) }
                return true
            }
            if numbers.isEmpty && !UnitWords.unnumbered.contains(kind) && !quoted {
                // Rows are often named by a quotation held from the line before ("… деген жол"), and "жол" is
                // also a road; items, sub-items, articles and abzacs are always numbered in a target.
                if grammaticalCase != .instrumental, [.item, .subItem, .article, .abzac].contains(kind) { unnumberedUnits.append(text) }
                return false
            }
            references.append(
                Reference(
                    kind: kind, numbers: numbers, grammaticalCase: grammaticalCase, quoted: quoted, separated: separatorSeen,
                    isPart: kind == .abzac && (word.hasPrefix("бөлік") || word.hasPrefix("бөліг"))))
            separatorSeen = false
            return true
        }
    }

    /// The units the phrase names, under `base` (the scope), as leaves of the nesting.
    /// - Parameter insert: for an insertion the instrumental units are the new ones and the rest contain them.
    func targets(base: [ClauseID.Step], insert: Bool) -> [ClauseID] {
        var chain = base
        func push(_ step: ClauseID.Step) {
            var step = step
            if step.kind == .annex && step.number == nil { step.number = UnitNumber(1) }
            Self.push(step, onto: &chain)
        }
        func leaves(_ reference: Reference) -> [ClauseID] {
            var path = chain
            Self.pop(&path, for: reference.kind)
            let numbers: [UnitNumber?] = reference.numbers.isEmpty ? [reference.kind == .annex ? UnitNumber(1) : nil] : reference.numbers
            return numbers.map { ClauseID(path + [ClauseID.Step(reference.kind, $0)]) }
        }
        var result: [ClauseID] = []
        let new = insert ? references.filter(\.isInstrumental) : []
        // "5 және 6-тармақтардың 1) тармақшалары": a container in the genitive with several numbers holds the units
        // named after it in each of them, never the containers deleted or replaced whole beside them.
        // "5 және 6-тармақтар мынадай мазмұндағы 3) тармақшамен": so do the units a new one is added to.
        if let index = references.indices.dropLast().first(where: {
            references[$0].numbers.count > 1 && UnitWords.rank(references[$0 + 1].kind) > UnitWords.rank(references[$0].kind)
                && (new.isEmpty
                    ? references[$0].grammaticalCase == .genitive && references[$0 + 1].grammaticalCase != .genitive
                    : !references[$0].isInstrumental && references[$0 + 1].isInstrumental)
        }) {
            return references[index].numbers.flatMap { number in
                var one = self
                one.references[index].numbers = [number]
                return one.targets(base: base, insert: insert)
            }
        }
        if let firstNew = new.first {
            // "30-баптың бірінші бөлігі мынадай мазмұндағы 5) тармақшамен": the part holds the new sub-item.
            for reference in references
            where !reference.isInstrumental
                && (UnitWords.rank(reference.kind) <= UnitWords.rank(firstNew.kind) || reference.isPart && firstNew.kind == .subItem)
            {
                if UnitWords.rank(reference.kind) == UnitWords.rank(firstNew.kind) && reference.kind == firstNew.kind { continue }
                push(reference.containerStep(holding: firstNew))
            }
            for reference in new { result += leaves(reference) }
            return result
        }
        for (offset, reference) in references.enumerated() {
            let next = offset + 1 < references.count ? references[offset + 1] : nil
            // "30-баптың бірінші бөлігі 3) тармақшасы": a part named right before a sub-item, with no separator, holds it
            // (as "бірінші бөлігінің 3) тармақшасы" does), never a second unit deleted or replaced whole beside it.
            let partHoldsNext = reference.kind == .abzac && next.map { $0.kind == .subItem && !$0.separated } == true
            if let next, UnitWords.rank(next.kind) > UnitWords.rank(reference.kind) || next.kind == .table || reference.grammaticalCase == .genitive
                || partHoldsNext,
                reference.numbers.count <= 1
            {
                push(reference.containerStep(holding: next))
            } else {
                result += leaves(reference)
            }
        }
        return result
    }

    /// The scope steps a scope line opens ("16-тармақта:", "10-тармақтың 1) тармақшасында:"), under `base`.
    func scope(base: [ClauseID.Step]) -> [ClauseID.Step] {
        var chain = base
        for (offset, reference) in references.enumerated() {
            // A part that closes a scope line ("30-баптың бірінші бөлігінде:") holds what the lines under it name.
            Self.push(reference.containerStep(holding: offset + 1 < references.count ? references[offset + 1] : nil), onto: &chain)
        }
        return chain
    }

    /// The nesting rank of each step of `chain`: a table sits inside whatever holds it ("6-тармақ кестесінің").
    static func ranks(_ chain: [ClauseID.Step]) -> [Double] {
        var ranks: [Double] = []
        for step in chain {
            if step.kind == .table || step.kind == .part {
                // A table or a part sits inside whatever holds it ("6-тармақ кестесінің", "30-баптың бірінші бөлігі").
                ranks.append((ranks.last ?? 0.5) + 0.5)
            } else {
                ranks.append(Double(UnitWords.rank(step.kind)))
            }
        }
        return ranks
    }

    /// Removes from `chain` the steps at the level of `kind` or deeper.
    static func pop(_ chain: inout [ClauseID.Step], for kind: ClauseKind) {
        guard kind != .table else { return }
        // A part holds sub-items only: anything else named after it stands beside it, or above it.
        if kind != .subItem { while chain.last?.kind == .part { chain.removeLast() } }
        if kind == .annex {
            // An annex named in a phrase is an annex of the document in scope ("Қағидаларға 2-қосымша"): att_1__att_2.
            while chain.count > 1 { chain.removeLast() }
            if let first = chain.first, first.kind != .annex { chain.removeAll() }
            return
        }
        if kind == .row, chain.contains(where: { $0.kind == .table }) {
            // Rows sit in the table: "6-тармақ кестесінің … реттік нөмірі 2-жолдағы".
            while let last = chain.last, last.kind != .table { chain.removeLast() }
            return
        }
        let rank = Double(UnitWords.rank(kind))
        while let last = ranks(chain).last, last >= rank { chain.removeLast() }
    }

    /// Appends `step`, first removing the steps it is a sibling or parent of.
    static func push(_ step: ClauseID.Step, onto chain: inout [ClauseID.Step]) {
        pop(&chain, for: step.kind)
        chain.append(step)
    }

    // MARK: Tokens

    /// `text` with quoted names replaced by «» and balanced parentheses removed.
    static func withoutQuotesAndParentheses(_ text: String) -> String {
        var out = ""
        var depth = 0
        var straight = false
        var parentheses = 0
        let hasOpening = text.contains("(")
        for character in text {
            switch character {
            case "«", "“", "„":
                if depth == 0 && !straight { out += " «» " }
                depth += 1
            case "»", "”":
                depth = max(0, depth - 1)
            case "\"":
                if depth == 0 {
                    if !straight { out += " «» " }
                    straight.toggle()
                }
            case "(" where depth == 0 && !straight:
                parentheses += 1
            case ")" where parentheses > 0 && hasOpening:
                parentheses -= 1
            default:
                if depth == 0 && !straight && parentheses == 0 { out.append(character) }
            }
        }
        return out
    }

    /// `text` with every ordinal ("елу төртінші", "екінші") replaced by its digits.
    static func withOrdinalsAsNumbers(_ text: String) -> String {
        let matches = KazakhOrdinal.matches(in: text)
        return replacing(matches, in: text)
    }

    /// `text` with each matched ordinal's range replaced by its value in digits.
    static func replacing(_ matches: [(value: Int, range: Range<String.Index>)], in text: String) -> String {
        guard !matches.isEmpty else { return text }
        var out = ""
        var position = text.startIndex
        for match in matches {
            out += text[position..<match.range.lowerBound]
            out += String(match.value)
            position = match.range.upperBound
        }
        out += text[position...]
        return out
    }

    /// Words split on white space, commas split off, "26-1-" + "тармақпен" and "9" "-" "жолмен" glued.
    static func tokens(_ text: String) -> [String] {
        var raw: [String] = []
        for piece in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{00A0}" }) {
            var word = String(piece)
            while let last = word.last, ":;.".contains(last) { word.removeLast() }
            let parts = word.split(separator: ",", omittingEmptySubsequences: false)
            for (offset, part) in parts.enumerated() {
                if !part.isEmpty { raw.append(String(part)) }
                if offset < parts.count - 1 { raw.append(",") }
            }
        }
        var out: [String] = []
        var index = 0
        while index < raw.count {
            let word = raw[index]
            if ["-", "–", "—"].contains(word), let last = out.last, numbers(last) != nil, index + 1 < raw.count,
                UnitWords.read(raw[index + 1]) != nil
            {
                out[out.count - 1] = last + "-" + raw[index + 1]
                index += 2
                continue
            }
            if let last = out.last, last.hasSuffix("-") || last.hasSuffix("–"), last.first?.isASCII == true, last.first?.isNumber == true {
                out[out.count - 1] = String(last.dropLast()) + "-" + word
                index += 1
                continue
            }
            out.append(word)
            index += 1
        }
        return out
    }

    /// The numbers a word starts with and the rest: "26-1-тармақпен" → ([26-1], "тармақпен"); "1)" → ([1], "");
    /// "5–8-тармақтар" → ([5, 6, 7, 8], "тармақтар"); nil when the word does not start with a digit.
    static func numbers(_ word: String) -> ([UnitNumber], Substring)? {
        guard let first = word.unicodeScalars.first, first.isASCII, CharacterSet.decimalDigits.contains(first) else { return nil }
        var end = word.startIndex
        var lastDigitEnd = word.startIndex
        var rangeStart: UnitNumber?
        var numbers: [UnitNumber] = []
        while end < word.endIndex {
            let c = word[end]
            if let a = c.asciiValue, a >= 0x30 && a <= 0x39 {
                end = word.index(after: end)
                lastDigitEnd = end
            } else if c == "-" {
                end = word.index(after: end)
            } else if c == "–" || c == "—", lastDigitEnd == end, rangeStart == nil, let n = UnitNumber(word[word.startIndex..<end]) {
                rangeStart = n
                end = word.index(after: end)
                let restStart = end
                var j = end
                while j < word.endIndex, let a = word[j].asciiValue, a >= 0x30 && a <= 0x39 { j = word.index(after: j) }
                guard j > restStart, let upper = Int(word[restStart..<j]), let lower = n.parts.first, n.parts.count == 1, upper > lower, upper - lower < 200 else {
                    return nil
                }
                numbers = (lower...upper).map { UnitNumber($0) }
                end = j
                lastDigitEnd = j
                while end < word.endIndex, word[end] == "-" { end = word.index(after: end) }
                return (numbers, word[end...].drop(while: { $0 == ")" }))
            } else {
                break
            }
        }
        guard lastDigitEnd > word.startIndex, let number = UnitNumber(word[word.startIndex..<lastDigitEnd]) else { return nil }
        var rest = word[end...]
        if rest.first == ")" { rest = rest.dropFirst() }
        // "1)-4)" or "1)–4)тармақшалары": a range of sub-item numbers in one word.
        if rest.first == "-" || rest.first == "–" || rest.first == "—", number.parts.count == 1,
            let (upperNumbers, tail) = Self.numbers(String(rest.dropFirst())), upperNumbers.count == 1, let upper = upperNumbers.first,
            upper.parts.count == 1, upper.parts[0] > number.parts[0], upper.parts[0] - number.parts[0] < 200
        {
            return ((number.parts[0]...upper.parts[0]).map { UnitNumber($0) }, tail)
        }
        return ([number], rest)
    }
}
