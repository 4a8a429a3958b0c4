import NusqaCore
import NusqaLanguage

/// Reads the units an entry-into-force exception names (бірліктер тізбегі; перечень структурных единиц),
/// by the grammar of Kazakh genitive chains.
///
/// A chain nests from the outside in, each link in the genitive ("24-баптың", "1-тармағының") or the
/// possessive ("бірінші бөлігі 15) тармақшасы"), and ends in the unit named, in the accusative
/// ("төртінші абзацын", "7) және 8) тармақшаларын", "45-бапты"). Links are never separated by a comma;
/// a comma or "және" starts a sibling, which keeps the outer links it does not name again
/// ("19-баптың 1-тармағының 8) тармақшасын және 2-тармағының 15) тармақшасын"), or coordinates owners
/// that share one head ("131, 133-баптардың, 16-тараудың … тақырыптарын"). Ranges ("12 – 31-баптарын",
/// "1) – 4) тармақшаларын") stay ranges; numbers are read with checked arithmetic (``UnitNumber``).
struct UnitChainReader {
    /// One reference: a unit word with its numbers.
    struct Reference {
        var kind: ClauseKind
        var numbers: [(first: UnitNumber, last: UnitNumber?)]
        var role: Role
        /// A comma, "және" or ";" stands between this reference and the one before.
        var separated: Bool
    }

    enum Role { case link, head, either }

    /// Unit words (folded stems) and the kind each names. Longer stems first.
    static let stems: [(stem: String, kind: ClauseKind)] = [
        ("тармақша", .subItem), ("тармақ", .item), ("тармағ", .item), ("бап", .article), ("баб", .article),
        ("бөлік", .abzac), ("бөліг", .abzac), ("абзац", .abzac), ("тарау", .chapter), ("параграф", .subsection),
        ("бөлім", .section), ("қосымша", .annex), ("тақырып", .title), ("тақырыб", .title), ("жол", .row),
    ]

    /// The units named in tokens `range` of `words`.
    /// - Complexity: O(n) in the number of tokens, plus the units named.
    static func units(in words: ClauseWords, _ range: Range<Int>) -> [EntryIntoForce.Unit] {
        nest(references(in: words, range))
    }

    /// Whether tokens `range` name any unit at all.
    static func namesUnits(_ words: ClauseWords, _ range: Range<Int>) -> Bool {
        !references(in: words, range).isEmpty
    }

    /// The kind a folded word names and the rest of the word after the stem.
    static func unitWord(_ word: Substring) -> (kind: ClauseKind, ending: Substring)? {
        for (stem, kind) in stems where word.hasPrefix(stem) {
            let ending = word.dropFirst(stem.count)
            // "бапта", "бабы" but not "бастап"; "жол" but not "жолымен"? kept: endings are short.
            if ending.count > 8 { return nil }
            return (kind, ending)
        }
        return nil
    }

    private static func role(of ending: Substring) -> Role {
        if ["ның", "нің", "дың", "дің", "тың", "тің"].contains(where: { ending.hasSuffix($0) }) { return .link }
        if ["ында", "інде", "нда", "нде", "да", "де", "та", "те"].contains(where: { ending.hasSuffix($0) }) { return .link }
        if ending.hasSuffix("ы") || ending.hasSuffix("і") { return .either }
        return .head
    }

    // MARK: - Reading references

    private static func references(in words: ClauseWords, _ range: Range<Int>) -> [Reference] {
        var out: [Reference] = []
        var pending: [(first: UnitNumber, last: UnitNumber?)] = []
        var rangeOpen = false
        var separated = false
        var parenthesis = 0
        var i = range.lowerBound
        func add(_ kind: ClauseKind, _ ending: Substring) {
            out.append(Reference(kind: kind, numbers: pending, role: role(of: ending), separated: separated || out.isEmpty))
            pending = []
            rangeOpen = false
            separated = false
        }
        func number(_ value: UnitNumber) {
            if rangeOpen, let last = pending.indices.last {
                pending[last].last = value
            } else {
                pending.append((value, nil))
            }
            rangeOpen = false
        }
        while i < range.upperBound {
            let word = words[i]
            defer { i += 1 }
            if words.quoted[i] { continue }
            if word == "(" {
                // "7)" is a sub-item number, "(бұдан әрі – …)" a parenthesis to skip.
                parenthesis += 1
                continue
            }
            if word == ")" {
                parenthesis = max(0, parenthesis - 1)
                continue
            }
            if parenthesis > 0 { continue }
            if words.tokens[i].isASCIINumber || isNumber(word) {
                if let value = UnitNumber(word) {
                    number(value)
                    if words[i + 1] == ")" { i += 1 }
                } else {
                    pending = []
                }
                continue
            }
            if let (value, rest) = splitNumber(word), let (kind, ending) = unitWord(rest) {
                number(value)
                add(kind, ending)
                continue
            }
            if ["–", "—", "-", "−"].contains(word), !pending.isEmpty {
                rangeOpen = true
                continue
            }
            if [",", "және", ";", "мен", "бен", "пен", "немесе"].contains(word) {
                if pending.isEmpty { separated = true }
                rangeOpen = false
                continue
            }
            if let (value, length) = ordinal(words, at: i, limit: range.upperBound) {
                number(UnitNumber(value))
                i += length - 1
                continue
            }
            if let (kind, ending) = unitWord(Substring(word)) {
                if !pending.isEmpty || kind == .title { add(kind, ending) }
                continue
            }
            pending = []
            rangeOpen = false
        }
        return out
    }

    /// "тоқсан төртінші" → (94, 2): the longest ordinal of up to three words at `index`.
    private static func ordinal(_ words: ClauseWords, at index: Int, limit: Int) -> (Int, Int)? {
        for length in stride(from: min(3, limit - index), through: 1, by: -1) {
            let phrase = (index..<(index + length)).map { words[$0] }.joined(separator: " ")
            if let value = KazakhOrdinal.value(of: phrase) { return (value, length) }
        }
        return nil
    }

    static func isNumber(_ word: String) -> Bool {
        !word.isEmpty && word.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D } && word.utf8.first != 0x2D
    }

    /// "26-1-тармақпен" → (26-1, "тармақпен"); nil when the word does not start with a number.
    static func splitNumber(_ word: String) -> (UnitNumber, Substring)? {
        var end = word.startIndex
        var lastDigitEnd = word.startIndex
        while end < word.endIndex, let a = word[end].asciiValue, (a >= 0x30 && a <= 0x39) || a == 0x2D {
            end = word.index(after: end)
            if let b = word[word.index(before: end)].asciiValue, b != 0x2D { lastDigitEnd = end }
        }
        guard lastDigitEnd > word.startIndex, end < word.endIndex, let number = UnitNumber(word[word.startIndex..<lastDigitEnd]) else { return nil }
        return (number, word[end...])
    }

    // MARK: - Nesting

    /// Builds unit paths from references: links nest, heads end a path, separators start siblings.
    private static func nest(_ references: [Reference]) -> [EntryIntoForce.Unit] {
        var levels: [[Reference]] = []
        var out: [EntryIntoForce.Unit] = []
        var afterHead = false
        var previousWasLink = false
        for (index, reference) in references.enumerated() {
            let next = index + 1 < references.count ? references[index + 1] : nil
            let isLink: Bool
            switch reference.role {
            case .link: isLink = true
            case .head: isLink = false
            case .either: isLink = next.map { !$0.separated } ?? false
            }
            if reference.separated && previousWasLink && isLink && !afterHead, !levels.isEmpty {
                levels[levels.count - 1].append(reference)  // coordinated owners of one head
                continue
            }
            if afterHead || (reference.separated && index > 0) { pop(&levels, for: reference.kind) }
            if isLink {
                levels.append([reference])
                afterHead = false
                previousWasLink = true
            } else {
                out += paths(levels, head: reference)
                afterHead = true
                previousWasLink = false
            }
        }
        if !afterHead, let last = levels.popLast(), let head = last.last {
            out += paths(levels, head: head)
        }
        return out
    }

    /// A new sibling keeps the outer links: drop the last link of its own kind and everything inside it,
    /// else every link of its rank or deeper. Articles, chapters, sections and annexes are numbered across
    /// the whole act, so they start from the top.
    private static func pop(_ levels: inout [[Reference]], for kind: ClauseKind) {
        if [.article, .chapter, .section, .annex].contains(kind) {
            levels.removeAll()
            return
        }
        if let k = levels.lastIndex(where: { $0.contains { $0.kind == kind } }) {
            levels.removeSubrange(k...)
            return
        }
        while let top = levels.last, top.map({ rank($0.kind) }).min() ?? 0 >= rank(kind) { levels.removeLast() }
    }

    static func rank(_ kind: ClauseKind) -> Int { kind.nestingRank }

    /// Every path from the levels' alternatives to the head's numbers; inner ranges are expanded up to a bound.
    private static func paths(_ levels: [[Reference]], head: Reference) -> [EntryIntoForce.Unit] {
        var prefixes: [ClauseID] = [.root]
        for level in levels {
            var next: [ClauseID] = []
            for prefix in prefixes {
                for reference in level {
                    for number in expanded(reference.numbers) where next.count < limit {
                        next.append(prefix.appending(ClauseID.Step(reference.kind, number)))
                    }
                }
            }
            prefixes = next
        }
        var out: [EntryIntoForce.Unit] = []
        for prefix in prefixes {
            if head.kind == .title || head.numbers.isEmpty {
                out.append(EntryIntoForce.Unit(prefix.appending(ClauseID.Step(head.kind == .title ? .title : head.kind))))
                continue
            }
            for (first, last) in head.numbers {
                out.append(EntryIntoForce.Unit(
                    prefix.appending(ClauseID.Step(head.kind, first)), through: last.map { prefix.appending(ClauseID.Step(head.kind, $0)) }))
            }
        }
        return out
    }

    private static let limit = 1000

    /// Numbers of a link with its ranges spelled out (a range of single-part numbers, at most `limit`).
    private static func expanded(_ numbers: [(first: UnitNumber, last: UnitNumber?)]) -> [UnitNumber] {
        var out: [UnitNumber] = []
        for (first, last) in numbers {
            guard let last, first.parts.count == 1, last.parts.count == 1, first.parts[0] <= last.parts[0],
                last.parts[0] - first.parts[0] < limit
            else {
                out.append(first)
                continue
            }
            for value in first.parts[0]...last.parts[0] { out.append(UnitNumber(value)) }
        }
        return out
    }
}
