import Foundation
import NusqaCore
import NusqaLanguage

/// Russian word changes (изменение слов; сөздерді өзгерту): "в пункте 3 слова «A» заменить словами «B»",
/// "слова «A» и «B» заменить соответственно словами «C» и «D»", "после слов «A» дополнить словами «B»",
/// "дополнить словами «B»", "слова «A» исключить", "цифры «2 498 514» заменить цифрами «2 002 477»",
/// "по всему тексту слова …".
extension AmendmentReader {
    /// What a quoted string is in a Russian word change, from the word noun before it.
    enum RussianWordRole {
        case old, new, after, before
    }

    /// The role of each quote from the words before it: "слова «A»" old, "словами «B»" new, "после слов
    /// «A»" an anchor; a quote after "," or "и" continues the role before it; any other quote names a
    /// unit or a heading ("в подфункции 09 «…»") and is no word change.
    static func russianWordRoles(_ text: String) -> [(text: String, role: RussianWordRole)] {
        let quotes = quotedStrings(text)
        var out: [(String, RussianWordRole)] = []
        var previousEnd = text.startIndex
        var previousRole: RussianWordRole?
        for quote in quotes {
            let between = RussianText.folded(text[previousEnd..<quote.range.lowerBound])
            previousEnd = quote.range.upperBound
            let words = between.split(whereSeparator: { !$0.isLetter }).map(String.init)
            let trimmed = between.trimmingCharacters(in: .whitespaces)
            if let role = previousRole, words.allSatisfy({ ["и", "или", "а", "также"].contains($0) }), trimmed.isEmpty || trimmed.first == "," || words.first == "и" {
                out.append((quote.text, role))  // "слова «A», «B» и «C»"
                continue
            }
            guard let noun = words.last, RussianInstructionVerbs.wordNouns.contains(where: { noun.hasPrefix($0) }), noun.count <= 12 else {
                previousRole = nil
                continue
            }
            let preposition = words.count >= 2 ? words[words.count - 2] : ""
            let role: RussianWordRole
            if preposition == "после" {
                role = .after
            } else if preposition == "перед" || preposition == "до" {
                role = .before
            } else if ["ами", "ом", "ой", "ем", "ею", "ою"].contains(where: { noun.hasSuffix($0) }) {
                role = .new  // словами, словом, цифрами, цифрой, числом, знаком, буквой
            } else {
                role = .old
            }
            out.append((quote.text, role))
            previousRole = role
        }
        return out
    }

    /// "абзац второй пункта 3 дополнить предложением следующего содержания:", "пункт 5 после слов «…»
    /// дополнить словами следующего содержания:": words (a sentence) added at the end of the unit or after
    /// (before) an anchor, whose new words are the quoted payload that follows; nil for other sentences.
    mutating func russianWordsFromPayload(_ text: String, abzac: Abzac) -> Pending? {
        let outside = RussianText.folded(RussianInstructionVerbs.unquoted(text))
        guard text.hasSuffix(":"), outside.containsBytes(of: "дополнить"), outside.containsBytes(of: "следующего содержания"),
            ["предложением", "предложениями", "словами следующего", "словом следующего"].contains(where: { outside.containsBytes(of: $0) })
        else { return nil }
        let anchors = Self.russianWordRoles(text).filter { $0.role == .after || $0.role == .before }
        guard anchors.count <= 1 else { return nil }
        // The appended sentence is the payload, not a unit: read the units without it.
        let unitText = text.replacingOccurrences(of: "предложениями", with: " ").replacingOccurrences(of: "предложением", with: " ")
        let phrase = RussianTargetPhrase(unitText)
        guard phrase.unsupportedUnits.isEmpty else { return nil }
        var targets = phrase.targets(base: scopeBase, insert: false)
        if targets.isEmpty { targets = [ClauseID(scopeBase)] }
        var pending = Pending(operation: .insertWords, targets: targets, instruction: abzac)
        pending.anchor = anchors.first?.text
        pending.part = phrase.part
        pending.column = phrase.column ?? scopeColumn
        pending.expectsPayload = true
        return pending
    }

    /// The clauses of a Russian word-change sentence that orders several changes, each with its own verb
    /// ("слова «…» заменить словами «…», слова «…» исключить"), with the units the first one names ("в пункте 5 ");
    /// one clause when it orders one. A comma inside quotes does not split.
    static func russianWordClauses(_ text: String) -> [(text: String, units: String)] {
        let verbs = ["заменить", "исключить", "дополнить"]
        var clauses: [String] = []
        var start = text.startIndex
        var depth = 0
        var straight = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "«" { depth += 1 } else if character == "»" { depth = max(0, depth - 1) } else if character == "\"" { straight.toggle() }
            if depth == 0, !straight, character == "," {
                let before = RussianText.folded(RussianInstructionVerbs.unquoted(String(text[start..<index])))
                let rest = text[text.index(after: index)...].drop { $0 == " " }
                let next = RussianText.folded(String(rest.prefix { $0 != " " }))
                if verbs.contains(where: { before.containsBytes(of: $0) }), RussianInstructionVerbs.wordNouns.contains(where: { next.hasPrefix($0) }),
                    RussianInstructionVerbs.find(in: String(rest)) != nil
                {
                    clauses.append(String(text[start..<index]).trimmingCharacters(in: .whitespaces))
                    start = rest.startIndex
                }
            }
            index = text.index(after: index)
        }
        clauses.append(String(text[start...]).trimmingCharacters(in: .whitespaces))
        let first = clauses[0]
        // The units: the words before the first word noun ("в пункте 5 " of "в пункте 5 слова «…» …").
        var units = ""
        var offset = 0
        for word in first.split(separator: " ", omittingEmptySubsequences: false) {
            let lowered = RussianText.folded(String(word))
            if RussianInstructionVerbs.wordNouns.contains(where: { lowered.hasPrefix($0) }) { break }
            offset += word.count + 1
        }
        if offset > 0, offset <= first.count { units = String(first.prefix(offset)) }
        return clauses.filter { !$0.isEmpty }.map { ($0, units) }
    }

    /// Reads a Russian word change into one patch per target and change.
    mutating func russianWordPatch(_ operation: PatchOperation, line: Abzac, abzac: Abzac) {
        let text = line.text
        let lowered = RussianText.folded(text)
        let roles = Self.russianWordRoles(text)
        var old = roles.filter { $0.role == .old }.map(\.text)
        var new = roles.filter { $0.role == .new }.map(\.text)
        let anchors = roles.filter { $0.role == .after || $0.role == .before }
        var cut: String?
        var straight = false
        if QuotedText.depth(after: text, from: 0, straightOpen: &straight) > 0 || straight, let open = text.lastIndex(where: { $0 == "«" || $0 == "\"" }) {
            // The sentence ends inside its last quote (the text is cut there): keep the change, never applied.
            let before = RussianText.folded(text[..<open]).split(whereSeparator: { !$0.isLetter }).last.map(String.init) ?? ""
            if RussianInstructionVerbs.wordNouns.contains(where: { before.hasPrefix($0) }) {
                cut = "the quoted words are cut: the quote never closes"
                let rest = String(text[text.index(after: open)...])
                if ["ами", "ом", "ой", "ем"].contains(where: { before.hasSuffix($0) }) { new.append(rest) } else { old.append(rest) }
            }
        }
        // Units are read from the text outside the quotes; the words and verbs are no units.
        let phrase = RussianTargetPhrase(text)
        if let unit = phrase.unsupportedUnits.first {
            unparsed(abzac, "the target names a unit the reader cannot address: '\(unit)'")
            return
        }
        let isGlobal = lowered.containsBytes(of: "по всему тексту")
        var targets = phrase.targets(base: scopeBase, insert: false)
        if targets.isEmpty { targets = [ClauseID(scopeBase)] }
        var changes: [WordChange] = []
        switch operation {
        case .deleteWords:
            changes = old.map { WordChange(old: $0, new: "", position: .replace, isGlobal: isGlobal) }
        case .insertWords:
            let words = new.isEmpty ? old : new
            if anchors.isEmpty {
                changes = words.map { WordChange(old: "", new: $0, position: .after, isGlobal: isGlobal) }
            } else {
                for (offset, anchor) in anchors.enumerated() {
                    let inserted = offset < words.count ? words[offset] : words.last ?? ""
                    changes.append(WordChange(old: anchor.text, new: inserted, position: anchor.role == .before ? .before : .after, isGlobal: isGlobal))
                }
            }
        default:
            if old.count == new.count {
                changes = zip(old, new).map { WordChange(old: $0, new: $1, position: .replace, isGlobal: isGlobal) }
            } else if new.count == 1 {
                changes = old.map { WordChange(old: $0, new: new[0], position: .replace, isGlobal: isGlobal) }
            }
        }
        if changes.isEmpty || changes.contains(where: { $0.old.isEmpty && $0.new.isEmpty }) {
            let expected = operation == .replaceWords ? "quoted old and new words" : operation == .deleteWords ? "the quoted words to delete" : "the quoted new words"
            unparsed(abzac, "a word change needs \(expected); found \(old.count) old and \(new.count) new")
            return
        }
        if let cut { reading.diagnostics.append(Diagnostic(.error, "unterminated-quote", cut, at: abzac.span.start)) }
        for target in targets {
            for change in changes {
                var patch = Patch(
                    sequence: takeSequence(), operation: operation, target: target, words: change, instruction: abzac.text,
                    span: abzac.span, abzacs: abzac.ordinal...abzac.ordinal, effective: placeholderDate)
                patch.amends = currentAct
                patch.amendsID = currentActID
                patch.column = phrase.column ?? scopeColumn
                patch.part = phrase.part
                patch.error = cut
                reading.patches.append(patch)
            }
        }
    }
}
