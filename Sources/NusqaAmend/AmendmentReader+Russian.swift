import Foundation
import NusqaCore
import NusqaLanguage
import NusqaParse

/// The Russian text of an amending act (поправки на русском языке; орысша өзгерістер): the same patches
/// as from Kazakh, read with the Russian grammar. Act leads ("Внести в приказ … следующие изменения:",
/// "В постановлении … :"), scope lines ("в Правилах …, утвержденных указанным приказом:", "в пункте 5:",
/// "в приложении 2 к указанному постановлению:"), instructions ("пункт 2 изложить в следующей редакции:",
/// "дополнить подпунктом 5) следующего содержания:", "слова «…» заменить словами «…»", "исключить",
/// "признать утратившим силу", "приостановить действие … до …") and their quoted payloads.
extension AmendmentReader {
    /// Whether `text` orders a change, in the language the text is read in.
    func startsInstruction(_ text: String) -> Bool {
        isRussian ? RussianInstructionVerbs.find(in: text) != nil : InstructionVerb.find(in: text) != nil
    }

    /// Whether a Russian line is an instruction, an act lead or a scope line (so it ends an unquoted payload).
    func isRussianStructural(_ text: String) -> Bool {
        let lowered = RussianText.folded(text)
        if RussianInstructionVerbs.find(in: text) != nil || RussianLeads.isEditorialNote(lowered) { return true }
        guard text.hasSuffix(":"), text.count < 400 else { return false }
        if russianActCitation(in: text) != nil || RussianLeads.documentScopeMarks.contains(where: { lowered.containsBytes(of: $0) }) { return true }
        return !RussianTargetPhrase(text).isEmpty && UnitMarker.classify(text) == nil
    }

    /// The act a Russian sentence cites (not "указанное постановление", which is the act already bound).
    func russianActCitation(in text: String) -> Citation? {
        RussianCitationScanner.citations(in: text).first
    }

    /// Reads one Russian line outside any payload; returns the instruction when it waits for payloads.
    mutating func readRussianLine(_ abzac: Abzac) -> Pending? {
        if let held = heldQuote, let first = held.first, RussianInstructionVerbs.find(in: abzac.text) == nil {
            if afterSignature { classify(first, .annexContent) } else { unparsed(first, "a quoted block with no instruction before it") }
            heldQuote = nil
        }
        var line = abzac
        var enumerated = false
        if let (_, _, rest) = Self.enumerator(abzac.text) {
            line.text = rest
            enumerated = true
            afterSignature = false
        }
        let text = line.text
        let lowered = RussianText.folded(text)
        if RussianLeads.isEditorialNote(lowered) {
            classify(abzac, .editorialNote)
            return nil
        }
        if let match = RussianInstructionVerbs.find(in: text) {
            return readRussianInstruction(match, line: line, abzac: abzac, enumerated: enumerated)
        }
        let leadsChanges = lowered.containsBytes(of: "внести") && text.hasSuffix(":")
        if let citation = russianActCitation(in: text), text.hasSuffix(":") || leadsChanges {
            // "В постановлении Правительства … № 339 «…»:", "Внести в приказ … № 595 … следующие изменения:"
            bind(citation)
            document = []
            containers = []
            listMode = .none
            classify(abzac, .scope)
            return nil
        }
        if leadsChanges {
            // "Внести в некоторые решения Правительства … следующие изменения:": the acts follow.
            bind(nil)
            document = []
            containers = []
            listMode = .none
            classify(abzac, .scope)
            return nil
        }
        if enumerated, listEntriesAreSubItems, isListOpen, !(Self.enumerator(abzac.text)?.isSubItem ?? true) {
            listMode = .none  // a new item of the act ends a list whose entries are its sub-items
        }
        if case .repealActs = listMode, enumerated || russianActCitation(in: text) != nil {
            reading.instructionCount += 1
            russianRepealEntry(line, abzac: abzac)
            return nil
        }
        if text.hasSuffix(":") {
            readRussianScope(text)
            classify(abzac, .scope)
            return nil
        }
        if RussianLeads.entryIntoForceWords.contains(where: { lowered.containsBytes(of: $0) }) || EntryIntoForce.parse(abzac.text, span: abzac.span) != nil {
            classify(abzac, .entryIntoForce)
            return nil
        }
        if RussianInstructionVerbs.instructionLike.contains(where: { lowered.containsBytes(of: $0) }) {
            unparsed(abzac, "an instruction verb was not recognised in this Russian sentence")
            return nil
        }
        if RussianLeads.signatureWords.contains(where: { lowered.hasPrefix($0) || lowered.containsBytes(of: " " + $0) }) && text.count < 120 && !enumerated {
            afterSignature = true
            classify(abzac, .signature)
            return nil
        }
        if afterSignature && !enumerated && text.count < 160 {
            classify(abzac, .annexHeading)
            return nil
        }
        let noLetters = !text.contains { $0.isLetter }
        classify(abzac, lowered.containsBytes(of: "утвержден") && text.count < 200 || noLetters ? .annexHeading : .operative)
        return nil
    }

    /// Reads a Russian instruction sentence.
    mutating func readRussianInstruction(_ match: RussianInstructionVerbs.Match, line: Abzac, abzac: Abzac, enumerated: Bool) -> Pending? {
        if let (first, rest) = Self.deletionClause(line.text, endings: ["исключить"], isInstruction: { rest in
            RussianInstructionVerbs.find(in: rest) != nil && !RussianTargetPhrase(rest).isEmpty
        }), let firstVerb = RussianInstructionVerbs.find(in: first), firstVerb.operation == .delete, let restVerb = RussianInstructionVerbs.find(in: rest) {
            // "пункт 5 исключить, пункт 6 изложить в следующей редакции:": two instructions, each with its own verb (the
            // deletion took the second one's verb and payload); "подпункт 3) пункта 6 исключить, подпункт 4) изложить …":
            // the second names a unit of the same kind without repeating the container.
            var head = line
            head.text = first
            let deleted = RussianTargetPhrase(first).targets(base: scopeBase, insert: false).first
            if let pending = readRussianInstruction(firstVerb, line: head, abzac: abzac, enumerated: enumerated) { finish(pending) }
            var tail = line
            tail.text = rest
            let saved = containers
            defer { containers = saved }
            if let deleted, let kind = deleted.last?.kind, RussianTargetPhrase(rest).groups.first?.references.first?.kind == kind,
                deleted.steps.count > scopeBase.count + 1, Array(deleted.steps.prefix(document.count)) == document
            {
                containers = Array(deleted.steps.dropFirst(document.count).dropLast())
            }
            return readRussianInstruction(restVerb, line: tail, abzac: abzac, enumerated: enumerated)
        }
        let text = line.text
        let lowered = RussianText.folded(text)
        reading.instructionCount += 1
        var unitText = text
        var base = scopeBase
        if let citation = russianActCitation(in: text) {
            // "Признать утратившим силу постановление … № 848", "Приостановить действие пункта 2 приказа … № 12 до …".
            bind(citation)
            document = []
            containers = []
            base = []
            unitText = String(text[..<citation.range.lowerBound]) + " " + String(text[citation.range.upperBound...])
        }
        if match.operation == .insert || match.operation == .insertWords, let pending = russianWordsFromPayload(text, abzac: abzac) {
            return pending
        }
        switch match.operation {
        case .repeal:
            if text.hasSuffix(":") {
                listMode = .repealActs  // "Признать утратившими силу:" + "1) постановление …;"
                listEntriesAreSubItems = enumerated
                repealListLead = (abzac, reading.patches.count)
                return nil
            }
            if RussianInstructionVerbs.annexMarkers.contains(where: { lowered.containsBytes(of: $0) }) {
                // "Признать утратившими силу некоторые решения … согласно приложению 2 к настоящему решению.": listed in the annex.
                finishRepealFromAnnex(Pending(operation: .repeal, targets: [.root], instruction: abzac))
                return nil
            }
            var targets = RussianTargetPhrase(unitText).targets(base: base, insert: false)
            if targets.isEmpty { targets = [ClauseID(base)] }
            finish(Pending(operation: .repeal, targets: targets, instruction: abzac))
            return nil
        case .suspend:
            var pending = Pending(operation: .suspend, targets: [], instruction: abzac)
            pending.period = Self.russianPeriod(of: text)
            var phraseText = unitText
            if let period = pending.period, let range = phraseText.range(of: period) { phraseText.removeSubrange(range) }
            pending.targets = RussianTargetPhrase(phraseText).targets(base: base, insert: false)
            if pending.targets.isEmpty { pending.targets = [ClauseID(base)] }
            pending.expectsPayload = text.hasSuffix(":")
            if !pending.expectsPayload { finish(pending); return nil }
            return pending
        case .replaceWords, .insertWords, .deleteWords:
            let clauses = Self.russianWordClauses(line.text)
            guard clauses.count > 1 else {
                russianWordPatch(match.operation, line: line, abzac: abzac)
                return nil
            }
            // "в пункте 5 слова «…» заменить словами «…», слова «…» исключить": each clause has its own verb, and the
            // later ones share the first one's units.
            let units = clauses[0].units
            for (offset, clause) in clauses.enumerated() {
                var part = line
                part.text = offset == 0 ? clause.text : units + clause.text
                guard let verb = RussianInstructionVerbs.find(in: part.text), [.replaceWords, .insertWords, .deleteWords].contains(verb.operation) else {
                    unparsed(abzac, "a clause of a word change was not understood: '\(clause.text.prefix(60))'")
                    continue
                }
                russianWordPatch(verb.operation, line: part, abzac: abzac)
            }
            return nil
        case .noOp:
            var targets = RussianTargetPhrase(unitText).targets(base: base, insert: false)
            if targets.isEmpty { targets = [ClauseID(base)] }
            finish(Pending(operation: .noOp, targets: targets, instruction: abzac))
            return nil
        default:
            return startRussian(match.operation, phraseText: unitText, abzac: abzac, sentence: text)
        }
    }

    /// "до 1 января 2026 года" from a suspension sentence, wherever it stands ("Приостановить до 1 января 2026
    /// года действие …", "… до 1 января 2026 года."); "до введения в действие …" runs to the end of the
    /// sentence; nil when it states no period.
    static func russianPeriod(of text: String) -> String? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        for (index, word) in words.enumerated() where RussianText.folded(word) == "до" && index + 3 < words.count {
            guard Int(words[index + 1]) != nil, Int(words[index + 3].prefix(4)) != nil else { continue }
            var end = index + 3
            if end + 1 < words.count, ["года", "года.", "года;", "года,", "г.", "г"].contains(RussianText.folded(words[end + 1])) { end += 1 }
            return words[index...end].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " .;:,"))
        }
        guard let until = text.range(of: " до ", options: .backwards) else { return nil }
        let period = text[until.lowerBound...].trimmingCharacters(in: CharacterSet(charactersIn: " .;:"))
        return period.isEmpty ? nil : period
    }

    /// A unit instruction: its targets, then its payloads (the Kazakh `start` with the Russian phrase).
    mutating func startRussian(_ operation: PatchOperation, phraseText: String, abzac: Abzac, sentence: String) -> Pending? {
        var phraseText = phraseText
        if operation == .replaceFromAnnex || operation == .insertFromAnnex,
            let marker = RussianInstructionVerbs.annexMarkers.compactMap({ RussianText.folded(phraseText).range(of: $0) }).first
        {
            // "… согласно приложению 1 к настоящему приказу": the amending act's annex is the payload, not a target.
            let offset = RussianText.folded(phraseText).distance(from: RussianText.folded(phraseText).startIndex, to: marker.lowerBound)
            phraseText = String(phraseText.prefix(offset))
        }
        let phrase = RussianTargetPhrase(phraseText)
        if let unit = phrase.unsupportedUnits.first {
            unparsed(abzac, "the target names a unit the reader cannot address: '\(unit)'")
            return nil
        }
        let base = scopeBase
        let lowered = RussianText.folded(phraseText)
        let insert = operation == .insert || operation == .insertRows || operation == .insertFromAnnex
        var targets = phrase.targets(base: base, insert: insert)
        if targets.isEmpty, base.isEmpty, RussianLeads.documentScopeMarks.contains(where: { lowered.containsBytes(of: $0) }),
            operation == .replace || operation == .replaceFromAnnex || operation == .delete
        {
            // "Правила …, утвержденные указанным приказом, изложить в новой редакции …": the approved document itself.
            targets = [ClauseID(russianDocumentSteps(for: lowered, phrase: phrase))]
        }
        if targets.isEmpty {
            if operation == .replaceFromAnnex || operation == .insertFromAnnex || (operation == .delete || operation == .insert) && !base.isEmpty {
                targets = [ClauseID(base)]  // the document or list in scope
            } else if operation == .replace || operation == .delete || operation == .insert, heldQuote != nil {
                targets = [ClauseID(base + [ClauseID.Step(.row)])]  // "строки: «…» изложить в следующей редакции:"
            } else if operation == .replace || operation == .delete, RussianLeads.documentNouns.contains(where: { lowered.containsBytes(of: $0) }) {
                targets = [ClauseID(base.contains { $0.kind == .annex } ? base : base + [ClauseID.Step(.annex)])]
            } else {
                unparsed(abzac, "no target unit found in the Russian instruction (read '\(phraseText.suffix(40))')")
                return nil
            }
        }
        return open(operation, targets: targets, column: phrase.column, part: phrase.part, abzac: abzac, sentence: sentence)
    }

    /// Reads a Russian scope line: the cited act's document ("в Правилах …, утвержденных указанным
    /// приказом:"), an annex of the act ("в приложении 2 к указанному постановлению:") or of the document
    /// ("в приложении 1 к указанным Правилам:"), units ("в пункте 16:", "подпункт 2):"), or a list named
    /// by its title ("перечень …:") which opens no unit.
    mutating func readRussianScope(_ text: String) {
        let lowered = RussianText.folded(text)
        heldQuote = nil
        let phrase = RussianTargetPhrase(text)
        scopeColumn = phrase.column
        if RussianLeads.documentScopeMarks.contains(where: { lowered.containsBytes(of: $0) }) {
            containers = []
            if let annex = phrase.groups.flatMap(\.references).first(where: { $0.kind == .annex }), !phrase.namesActAnnex, lowered.containsBytes(of: " к ") {
                // "в приложении 1 к Правилам …, утвержденным указанным приказом:": an annex of the document.
                document = russianDocumentSteps(for: lowered, phrase: RussianTargetPhrase(""))
                containers = [ClauseID.Step(.annex, annex.numbers.first ?? UnitNumber(1))]
            } else {
                document = russianDocumentSteps(for: lowered, phrase: phrase)
            }
            return
        }
        if phrase.namesActAnnex {
            // "в приложении 221 к указанному постановлению:": the act's own annex is the document now.
            document = []
            containers = phrase.scope(base: [])
            return
        }
        if !phrase.isEmpty {
            containers = phrase.scope(base: containers)
            return
        }
        if RussianLeads.documentNouns.contains(where: { lowered.hasPrefix($0) || lowered.hasPrefix("в " + $0) }) {
            containers = []  // "перечень территориальных органов …:": a list inside the document
        }
    }

    /// The annex of the target act a Russian scope line names: by number, or by its kind word from the
    /// target's metadata (Rules, a list, criteria); the first annex otherwise.
    func russianDocumentSteps(for lowered: String, phrase: RussianTargetPhrase) -> [ClauseID.Step] {
        if let annex = phrase.groups.flatMap(\.references).first(where: { $0.kind == .annex }), let number = annex.numbers.first {
            return [ClauseID.Step(.annex, number)]
        }
        let first = [ClauseID.Step(.annex, UnitNumber(1))]
        guard let target = currentActID ?? reading.targetID else { return first }
        guard let named = RussianLeads.documentKinds.first(where: { lowered.containsBytes(of: $0.word) })?.kind,
            let document = documentsOf(target).first(where: { $0.kind == named }), let number = UnitNumber(document.annex)
        else { return first }
        return [ClauseID.Step(.annex, number)]
    }

    /// One entry of a list of repealed acts ("1) постановление Правительства … от … № 848 «…»;",
    /// "3) пункт 2 постановления … № 12"): the act, or the units of it the entry names.
    mutating func russianRepealEntry(_ line: Abzac, abzac: Abzac) {
        let citation = russianActCitation(in: line.text)
        var targets: [ClauseID] = [.root]
        if let citation {
            let rest = String(line.text[..<citation.range.lowerBound]) + " " + String(line.text[citation.range.upperBound...])
            let found = RussianTargetPhrase(rest).targets(base: [], insert: false)
            if !found.isEmpty { targets = found }
        }
        let saved = (currentAct, currentActID)
        if let citation { bind(citation) }
        finish(Pending(operation: .repeal, targets: targets, instruction: abzac))
        currentAct = saved.0
        currentActID = saved.1
    }
}
