import NusqaCore
import NusqaLanguage

/// The units a Russian instruction names (объект поправки; нысана): "подпункт 2) пункта 14", "абзацы
/// третий и четвертый пункта 5", "в подпункте 1) пункта 10", "пункты 7-10", "подпункты 225) и 226)",
/// "строку, порядковый номер 34", "в графе 5 таблицы пункта 6", "дополнить абзацем девятнадцатым".
///
/// Russian names the unit first and its containers after it in the genitive, so the references are read
/// in groups: a unit word starts a group and every genitive unit right after it is a container put in
/// front ("подпункт 2) пункта 14" → item 14 › sub-item 2). A group's case says its role: "в пункте 5"
/// (prepositional) is a scope for what follows, "подпунктом 5)" (instrumental) the new unit of an
/// insertion, anything else the unit changed. Numbers and ordinals follow the unit word ("абзац
/// восемнадцатый"); an ordinal before it is read too ("второе предложение").
struct RussianTargetPhrase {
    /// One run of references: the unit named and its genitive containers, outermost first.
    struct Group {
        var references: [TargetPhrase.Reference]
        var grammaticalCase: GrammaticalCase
        /// "приложение 5 к указанному постановлению": the group's annex belongs to the act, not to the document in scope.
        var annexOfAct = false
        /// "в заголовке и пункте 1": a scope joined to the one before it by "и" or a comma, under the same
        /// preposition: a sibling of it, not a unit inside it.
        var isCoordinated = false
    }

    var groups: [Group] = []
    /// Units the reader cannot address (an abzac of a part, a sentence appended as a unit).
    var unsupportedUnits: [String] = []
    /// A sentence or the last abzac of the unit named ("второе предложение", "последнее предложение",
    /// "последний абзац"), kept out of the id as the Kazakh reader keeps it.
    var part: UnitPart?
    /// The table column (графа) the phrase names.
    var column: Int?

    /// Words that may sit between a unit word and its numbers ("строку, порядковый номер 34").
    private static let numberWords: Set<String> = [
        ",", "и", "порядковый", "порядковые", "порядковым", "порядковыми", "порядкового", "порядковых", "номер", "номера", "номером",
        "номерами", "номеров", "под", "№",
    ]

    /// Reads `text` (an instruction or scope line; quoted text and parentheses are left out).
    init(_ text: String) {
        let tokens = TargetPhrase.tokens(Self.withOrdinalsAsNumbers(TargetPhrase.withoutQuotesAndParentheses(text)))
        let folded = tokens.map { RussianText.folded($0) }
        func namesTheAct(at index: Int) -> Bool {
            index + 2 < folded.count && folded[index] == "к" && RussianLeads.backReferences.contains { folded[index + 1].hasPrefix($0) }
                && RussianLeads.isActKind(folded[index + 2])
        }
        var preposition = false
        var before: [UnitNumber] = []
        var adjacent = false
        // Whether only "и" or commas stand between this word and a prepositional group before it.
        var coordinatedWithScope = false
        var columnGroupOpen = false
        var last = false
        // "к" right after a unit: the unit named next (in the dative) holds the one before it.
        var toPrevious = false
        var index = 0
        while index < tokens.count {
            let word = folded[index]
            guard let form = RussianUnitWords.read(word) else {
                if let (numbers, rest) = TargetPhrase.numbers(tokens[index]), rest.isEmpty {
                    // "второе и третье предложения": ordinals coordinated before their unit word all belong to it.
                    before = index > 0 && ["и", ","].contains(folded[index - 1]) && !before.isEmpty ? before + numbers : numbers
                } else if ["и", ","].contains(word), !before.isEmpty {
                    // kept for the ordinal after it
                } else if word == "к", adjacent, !groups.isEmpty {
                    toPrevious = true  // "примечание к пункту 5", "приложение 2 к Правилам"
                } else if word.hasPrefix("последн") {
                    last = true  // "последнее предложение", "последний абзац"
                } else {
                    before = []
                    preposition = word == "в" || word == "во"
                    last = false
                }
                coordinatedWithScope = (word == "и" || word == ",") && (coordinatedWithScope || groups.last?.grammaticalCase == .locative && adjacent)
                if word != "к" { toPrevious = false }
                adjacent = false
                columnGroupOpen = columnGroupOpen && word == ","
                index += 1
                continue
            }
            // The numbers after the unit word: "пункты 18 и 19", "подпункты 3), 4) и 5)", "строку, порядковый номер 34",
            // "пункты с 7 по 10"; a quoted name instead of a number ("раздел «…»").
            var numbers: [UnitNumber] = []
            var quotedName = false
            var cursor = index + 1
            var rangeFrom: UnitNumber?
            while cursor < tokens.count {
                let next = folded[cursor]
                if Self.numberWords.contains(next) {
                    cursor += 1
                    continue
                }
                if next == "с" || next == "со", cursor + 1 < tokens.count, let (found, rest) = TargetPhrase.numbers(tokens[cursor + 1]), rest.isEmpty {
                    rangeFrom = found.first
                    cursor += 2
                    continue
                }
                if next == "по", let from = rangeFrom, cursor + 1 < tokens.count, let (found, rest) = TargetPhrase.numbers(tokens[cursor + 1]), rest.isEmpty,
                    let lower = from.parts.first, let upper = found.first?.parts.first, from.parts.count == 1, upper > lower, upper - lower < 200
                {
                    numbers += (lower...upper).map { UnitNumber($0) }
                    rangeFrom = nil
                    cursor += 2
                    continue
                }
                if ["-", "–", "—"].contains(next), let lower = numbers.last?.parts.first, numbers.last?.parts.count == 1, cursor + 1 < tokens.count,
                    let (found, rest) = TargetPhrase.numbers(tokens[cursor + 1]), rest.isEmpty, let upper = found.first?.parts.first, found.count == 1,
                    upper > lower, upper - lower < 200
                {
                    numbers += ((lower + 1)...upper).map { UnitNumber($0) }  // "абзацы второй – четвертый"
                    cursor += 2
                    continue
                }
                if let (found, rest) = TargetPhrase.numbers(tokens[cursor]), rest.isEmpty {
                    numbers += found
                    cursor += 1
                    continue
                }
                if next == "«»", numbers.isEmpty {
                    quotedName = true
                    cursor += 1
                }
                break
            }
            if let from = rangeFrom { numbers.append(from) }
            // Trailing "," and "и" belong to no unit: step back over them so that a following unit stays adjacent.
            while cursor > index + 1, [",", "и"].contains(folded[cursor - 1]) { cursor -= 1 }
            if numbers.isEmpty, !before.isEmpty { numbers = before }
            let pluralNumbers = (index + 1..<cursor).contains { ["номера", "номерами", "номеров"].contains(folded[$0]) }
            if form.isPlural || pluralNumbers, !(adjacent && form.cases.contains(.genitive)), numbers.count == 1, numbers[0].parts.count == 2, numbers[0].parts[1] > numbers[0].parts[0],
                numbers[0].parts[1] - numbers[0].parts[0] < 200
            {
                numbers = (numbers[0].parts[0]...numbers[0].parts[1]).map { UnitNumber($0) }  // "пункты 7-10"
            }
            let coordinated = coordinatedWithScope && !preposition && form.cases.contains(.locative)
            coordinatedWithScope = false
            let holdsPrevious = toPrevious && form.cases.contains(.dative)
            toPrevious = false
            let grammaticalCase: GrammaticalCase
            if preposition || coordinated {
                grammaticalCase = .locative  // "в пункте 5", "в графу 3": a scope
            } else if form.cases.contains(.instrumental) {
                grammaticalCase = .instrumental
            } else if form.cases.contains(.genitive), adjacent {
                grammaticalCase = .genitive
            } else if form.cases.contains(.nominative) || form.cases.contains(.accusative) {
                grammaticalCase = .nominative
            } else if form.cases.contains(.genitive) {
                grammaticalCase = .genitive
            } else {
                grammaticalCase = form.cases.first ?? .nominative
            }
            preposition = false
            before = []
            defer { last = false }
            switch form.unit {
            case .column:
                column = numbers.first?.parts.first
                groups.append(Group(references: [], grammaticalCase: grammaticalCase))
                columnGroupOpen = true
                adjacent = true
            case .sentence:
                if grammaticalCase != .instrumental, part == nil, last, numbers.isEmpty {
                    part = .lastSentence
                } else if grammaticalCase != .instrumental, part == nil, numbers.count == 1, numbers[0].parts.count == 1, numbers[0].parts[0] >= 1 {
                    part = .sentence(numbers[0].parts[0])
                } else if grammaticalCase != .instrumental, part == nil, let run = UnitPart.consecutiveSentences(numbers) {
                    part = run
                } else {
                    // "дополнить предложением …" (a sentence appended), "предложения второе и третье", a sentence of a sentence.
                    unsupportedUnits.append((["предложение"] + numbers.map(\.description)).joined(separator: " "))
                }
                adjacent = false
            case .clause(.abzac) where last && numbers.isEmpty && grammaticalCase != .instrumental:
                if part == nil { part = .lastAbzac } else { unsupportedUnits.append("последний абзац") }
                adjacent = false
            case .clause(.abzac) where numbers.isEmpty && grammaticalCase == .instrumental && !quotedName:
                // "пункт 3 дополнить абзацем (частью) следующего содержания": a new part after the unit's last one;
                // several at once ("абзацами") would need their payload split by a guess.
                if part == nil, !form.isPlural { part = .newAbzac } else { unsupportedUnits.append(tokens[index]) }
                adjacent = false
            case .clause(let kind):
                guard !numbers.isEmpty || UnitWords.unnumbered.contains(kind) || quotedName else {
                    adjacent = false
                    break
                }
                if numbers.isEmpty, quotedName, [.item, .subItem, .article].contains(kind) {
                    // "подпункт «а» пункта 2": a unit numbered by a letter, which the ids cannot name; never a unit with no number.
                    unsupportedUnits.append("\(tokens[index]) «…»")
                    adjacent = false
                    index = cursor
                    continue
                }
                let reference = TargetPhrase.Reference(
                    kind: kind, numbers: numbers, grammaticalCase: grammaticalCase, quoted: quotedName, isPart: kind == .abzac && word.hasPrefix("част"))
                if holdsPrevious, !groups.isEmpty {
                    groups[groups.count - 1].references.insert(reference, at: 0)
                } else if grammaticalCase == .genitive, adjacent || columnGroupOpen, !groups.isEmpty {
                    if kind == .abzac, groups[groups.count - 1].references.first?.kind == .abzac {
                        // "абзац второй части третьей": parts and abzacs are one level of the tree; an abzac of a
                        // part cannot be addressed without guessing.
                        unsupportedUnits.append("абзац части \(numbers.map(\.description).joined(separator: ", "))")
                    }
                    groups[groups.count - 1].references.insert(reference, at: 0)
                } else {
                    groups.append(Group(references: [reference], grammaticalCase: grammaticalCase, isCoordinated: coordinated))
                }
                if kind == .annex, namesTheAct(at: cursor) { groups[groups.count - 1].annexOfAct = true }
                adjacent = true
            }
            index = cursor
        }
        groups.removeAll { $0.references.isEmpty }
    }

    var isEmpty: Bool { groups.isEmpty }
    /// Whether an annex the phrase names is the act's own ("в приложении 1 к указанному постановлению").
    var namesActAnnex: Bool { groups.contains { $0.annexOfAct } }

    /// The units changed or created, under `base`. For an insertion the instrumental groups are the new
    /// units and the others contain them; otherwise prepositional groups are scopes and the rest the units
    /// changed; with no unit changed the innermost scope is the target ("в пункте 3 слова … исключить").
    func targets(base: [ClauseID.Step], insert: Bool) -> [ClauseID] {
        var prefixes: [[ClauseID.Step]] = [base]
        var outer: [[ClauseID.Step]] = [base]
        var leaves: [ClauseID] = []
        for group in groups {
            let isNew = insert ? group.grammaticalCase == .instrumental : group.grammaticalCase != .locative && group.grammaticalCase != .dative
            if isNew {
                leaves += expand(group, onto: prefixes, asScope: false).map { ClauseID($0) }
            } else if group.isCoordinated {
                prefixes += expand(group, onto: outer, asScope: true)  // "в заголовке и пункте 1": both are scopes
            } else {
                outer = prefixes
                prefixes = expand(group, onto: prefixes, asScope: true)
            }
        }
        if leaves.isEmpty, !groups.isEmpty { return prefixes.map { ClauseID($0) } }
        return leaves
    }

    /// The scope a scope line opens ("в пункте 16:", "в подпункте 1) пункта 10:", "подпункт 2):"), under `base`.
    func scope(base: [ClauseID.Step]) -> [ClauseID.Step] {
        var prefixes: [[ClauseID.Step]] = [base]
        for group in groups { prefixes = expand(group, onto: prefixes, asScope: true) }
        return prefixes.first ?? base
    }

    /// Every path of `group` (one per number of each reference) pushed onto each prefix. A part ("часть")
    /// that holds a sub-item of the group, or closes a scope, is a ``ClauseKind/part``; a part changed itself
    /// stays its abzac.
    private func expand(_ group: Group, onto prefixes: [[ClauseID.Step]], asScope: Bool) -> [[ClauseID.Step]] {
        var paths = prefixes
        for (offset, reference) in group.references.enumerated() {
            let inner = offset + 1 < group.references.count ? group.references[offset + 1] : nil
            let kind = inner != nil || asScope ? reference.containerStep(holding: inner).kind : reference.kind
            let numbers: [UnitNumber?] = reference.numbers.isEmpty ? [reference.kind == .annex ? UnitNumber(1) : nil] : reference.numbers
            var next: [[ClauseID.Step]] = []
            for path in paths {
                for number in numbers {
                    var chain = reference.kind == .annex && group.annexOfAct ? [] : path
                    Self.push(ClauseID.Step(kind, number), onto: &chain)
                    next.append(chain)
                }
            }
            paths = next
        }
        return paths
    }

    /// The order of the groupings Russian laws and codes nest: раздел › глава › параграф.
    private static let groupingOrder: [ClauseKind] = [.section, .chapter, .subsection]

    /// Appends `step` as ``TargetPhrase/push(_:onto:)`` does, but keeps a chapter inside its section and a
    /// paragraph inside its chapter ("главу 3 дополнить параграфом 2" → chapter 3 › paragraph 2), which the
    /// shared rank table puts on one level.
    static func push(_ step: ClauseID.Step, onto chain: inout [ClauseID.Step]) {
        if let last = chain.last, let outer = groupingOrder.firstIndex(of: last.kind), let inner = groupingOrder.firstIndex(of: step.kind), outer < inner {
            chain.append(step)
            return
        }
        TargetPhrase.push(step, onto: &chain)
    }

    /// `text` with every Russian ordinal ("пятьдесят четвертый", "третьем") replaced by its digits.
    static func withOrdinalsAsNumbers(_ text: String) -> String {
        let matches = RussianOrdinal.matches(in: text)
        return TargetPhrase.replacing(matches, in: text)
    }
}
