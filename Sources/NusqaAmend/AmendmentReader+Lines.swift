import Foundation
import NusqaCore
import NusqaLanguage
import NusqaParse

extension AmendmentReader {
    // MARK: The line grammar

    /// Reads abzacs in order: act leads, list leads, scope lines, instructions and their payloads.
    mutating func readInstructions(_ abzacs: ArraySlice<Abzac>) {
        lastOrdinal = abzacs.last?.ordinal ?? 0
        var pending: Pending?
        var quoteDepth = 0
        var straightOpen = false
        var inTable = false
        var currentQuote: [Abzac] = []
        func closeQuote(_ reader: inout AmendmentReader) {
            if pending != nil {
                pending?.quotes.append(currentQuote)
            } else {
                reader.heldQuote = currentQuote
            }
            currentQuote = []
        }
        for abzac in abzacs {
            let text = abzac.text
            if text.isEmpty { continue }
            // An HTML table (<table> … </table>) is one block, whatever quotes its cells hold.
            if inTable {
                currentQuote.append(abzac)
                if text.containsBytes(of: "</table>") {
                    inTable = false
                    if quoteDepth == 0 && !straightOpen { closeQuote(&self) }
                }
                continue
            }
            if quoteDepth == 0 && !straightOpen && text.hasPrefix("<table") {
                currentQuote.append(abzac)
                inTable = !text.containsBytes(of: "</table>")
                if !inTable { closeQuote(&self) }
                continue
            }
            let afterTerminator = currentQuote.last.map { ["».", "»;", "»;»", "».»"].contains(where: $0.text.hasSuffix) } ?? false
            if quoteDepth > 0 || straightOpen, !QuotedText.opens(text), text.count < 300,
                (text.hasSuffix(":") || text.hasSuffix(".")) && startsInstruction(text) && !Self.isSentenceAfterQuote(text)
                    || afterTerminator && (isStructural(text) || Self.enumerator(text).map { !$0.isSubItem } == true
                        || AmendingLeads.entryIntoForceWords.contains { text.lowercasedByBytes().containsBytes(of: $0) }),
                let first = currentQuote.first
            {
                // The source forgot to close the quote (001 after item 4): close it before the next instruction.
                reading.diagnostics.append(
                    Diagnostic(
                        .warning, "unclosed-quote",
                        "the quoted payload opened here is not closed before the next instruction (line \(abzac.span.start.line)); closed there",
                        at: first.span.start))
                closeQuote(&self)
                quoteDepth = 0
                straightOpen = false
            }
            var listEntry = false
            if case .pendingVerb = listMode, quoteDepth == 0, !straightOpen, QuotedText.opens(text) {
                var straight = false
                listEntry = QuotedText.depth(after: text, from: 0, straightOpen: &straight) == 0 && !straight
            }
            let waitsForPayload = pending.map { $0.expectsPayload && $0.quotes.isEmpty } ?? false
            let sentenceAfterQuote = quoteDepth == 0 && !straightOpen && QuotedText.opens(text)
                && (Self.isSentenceAfterQuote(text) || listEntry || !waitsForPayload && Self.isActSentenceAfterTitle(text))
            if !sentenceAfterQuote, quoteDepth > 0 || straightOpen || QuotedText.opens(text) {
                if quoteDepth == 0 && !straightOpen, let open = pending, open.quotes.isEmpty && !open.expectsPayload && heldQuote == nil {
                    finish(open)
                    pending = nil
                }
                currentQuote.append(abzac)
                quoteDepth = QuotedText.depth(after: text, from: quoteDepth, straightOpen: &straightOpen)
                if text.hasPrefix("<table") || (text.containsBytes(of: "<table") && !text.containsBytes(of: "</table>")) { inTable = !text.containsBytes(of: "</table>") }
                if quoteDepth == 0 && !straightOpen && !inTable { closeQuote(&self) }
                continue
            }
            if let open = pending, !open.quotes.isEmpty, Self.continuesPayload(text, of: open) {
                // The source closed the quote too early (001 item 31 → 32): the next unit of the
                // instruction follows without an opening quote. Read it as a payload and say so.
                reading.diagnostics.append(
                    Diagnostic(.warning, "payload-unquoted", "this unit of the instruction's payload has no opening quote; read as payload", at: abzac.span.start))
                currentQuote = [abzac]
                straightOpen = true
                quoteDepth = QuotedText.depth(after: text, from: 0, straightOpen: &straightOpen)
                continue
            }
            if let open = pending, open.expectsPayload, open.quotes.isEmpty || open.unquotedPayload, !isStructural(text) {
                // A payload written without quotes (kk-002: "1-тармақ жаңа редакцияда жазылсын:" then "1. …").
                if !open.unquotedPayload {
                    reading.diagnostics.append(
                        Diagnostic(.warning, "payload-unquoted", "the payload of this instruction is not quoted; read up to the next instruction", at: abzac.span.start))
                    pending?.unquotedPayload = true
                    pending?.quotes.append([])
                }
                if var open = pending {
                    open.quotes[open.quotes.count - 1].append(abzac)
                    pending = open
                }
                continue
            }
            if let open = pending { finish(open); pending = nil }
            pending = readLine(abzac)
        }
        if !currentQuote.isEmpty, let first = currentQuote.first {
            reading.diagnostics.append(
                Diagnostic(.error, "unterminated-quote", "a quoted payload opens here and never closes", at: first.span.start))
            if pending != nil {
                pending?.quotes.append(currentQuote)
                pending?.unquotedPayload = true  // cut: the payload is incomplete
                if var open = pending {
                    open.period = open.period ?? nil
                    finish(open, cut: true)
                    pending = nil
                }
            } else {
                unparsed(first, "a quoted block with no instruction before it, never closed")
            }
        }
        if let open = pending { finish(open) }
        if let held = heldQuote, let first = held.first {
            if afterSignature {
                classify(first, .annexContent)  // the body of an annex the act approves, not a change
            } else {
                unparsed(first, "a quoted block with no instruction after it")
            }
            heldQuote = nil
        }
        if case .pendingVerb(let entries) = listMode {
            for entry in entries { unparsed(entry, "an entry of a list whose verb never came") }
            listMode = .none
        }
        if let (lead, count) = repealListLead, reading.patches.count == count {
            unparsed(lead, "a list of repealed acts opens here, but no act follows it")
        }
        repealListLead = nil
    }

    /// Whether a list lead is waiting for its entries.
    var isListOpen: Bool {
        if case .none = listMode { return false }
        return true
    }

    /// Whether a line that opens with a quote is a sentence about the quoted text ("«…» деген реттік
    /// нөмірі 9-жолда:", "«A» деген сөздер «B» деген сөздермен ауыстырылсын;"), not a payload.
    static func isSentenceAfterQuote(_ text: String) -> Bool {
        var depth = 0
        var straight = false
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            switch c {
            case "«", "“", "„": depth += 1
            case "»", "”": depth = max(0, depth - 1)
            case "\"": straight.toggle()
            default: break
            }
            index = text.index(after: index)
            if depth == 0 && !straight { break }
        }
        guard index < text.endIndex else { return false }
        let rest = text[index...].lowercasedByBytes()
        if rest.hasPrefix(" деген") || rest.hasPrefix("деген") || rest.hasPrefix(", «") && rest.containsBytes(of: "деген") { return true }
        // "«Астана қаласы» бөлімінде:": a scope line naming a unit by its heading.
        if text.hasSuffix(":"), rest.hasPrefix(" "), let word = rest.split(separator: " ").first, UnitWords.read(word.trimmingCharacters(in: .punctuationCharacters)) != nil {
            return true
        }
        // Unbalanced quotes ('"Ертiс орманы" … 307" деген жолдан кейін … толықтырылсын:'): the verb after the last quote decides.
        guard let lastQuote = text.lastIndex(where: { "»\"”".contains($0) }) else { return false }
        let tail = text[text.index(after: lastQuote)...].lowercasedByBytes()
        return tail.containsBytes(of: "деген") && InstructionVerb.find(in: String(tail)) != nil
    }

    /// Whether a line that opens with a quoted title goes on to name an act and order something of it
    /// ("«… бекіту туралы» Қазақстан Республикасы Үкіметінің … № 812 қаулысының күші жойылды деп танылсын.",
    /// "… қолданысы … тоқтатыла тұрсын.", "… қаулысына мынадай өзгерістер енгізілсін:"): Government
    /// resolutions often put the title first. The words after the last closing quote decide.
    static func isActSentenceAfterTitle(_ text: String) -> Bool {
        guard let lastQuote = text.lastIndex(where: { "»\"”".contains($0) }) else { return false }
        let tail = String(text[text.index(after: lastQuote)...]).lowercasedByBytes()
        guard AmendingLeads.actNouns.contains(where: { tail.containsBytes(of: $0) }) else { return false }
        return InstructionVerb.find(in: tail) != nil || AmendingLead.isAmending(tail) || AmendingLead.isRepealing(tail)
    }

    /// Whether a line is itself an instruction, an act lead or a scope line (so it ends an unquoted payload).
    func isStructural(_ text: String) -> Bool {
        if isRussian { return isRussianStructural(text) }
        let lowered = text.lowercasedByBytes()
        if InstructionVerb.find(in: text) != nil { return true }
        if AmendingLeads.isEditorialNote(lowered) { return true }
        if AmendingLeads.actLeadWords.contains(where: { lowered.containsBytes(of: $0) }) && text.hasSuffix(":") { return true }
        if text.hasSuffix(":"), AmendingLeads.documentScopeMarks.contains(where: { lowered.containsBytes(of: $0) }) { return true }
        if text.hasSuffix(":"), !TargetPhrase(text).references.isEmpty, text.count < 200, UnitMarker.classify(text) == nil { return true }
        return false
    }

    /// The enumerator that opens a line ("2. ", "1) ", "3-бап. ") and the rest; the rest is the whole
    /// line when the number belongs to the target ("1) тармақшада:", "63) 64), … тармақшалар").
    static func enumerator(_ text: String) -> (number: UnitNumber, isSubItem: Bool, rest: String)? {
        if let range = text.range(of: "-бап. "), text.distance(from: text.startIndex, to: range.lowerBound) < 8,
            let number = UnitNumber(text[..<range.lowerBound])
        {
            return (number, false, String(text[range.upperBound...]))
        }
        switch UnitMarker.classify(text) {
        case .item(let number, _, let rest, _):
            return (number, false, String(rest))
        case .subItem(let number, let rest):
            let lowered = rest.lowercasedByBytes()
            if lowered.hasPrefix("тармақша") || lowered.hasPrefix("және") || lowered.hasPrefix("жол") { return nil }
            if let (_, tail) = TargetPhrase.numbers(String(rest.prefix { $0 != " " })), tail.isEmpty || tail == "," { return nil }
            if rest.hasPrefix(",") { return nil }
            return (number, true, String(rest))
        default:
            return nil
        }
    }

    /// Reads one line outside any payload; returns the instruction when it waits for payloads.
    mutating func readLine(_ abzac: Abzac) -> Pending? {
        if isRussian { return readRussianLine(abzac) }
        if heldQuote != nil, !abzac.text.lowercasedByBytes().hasPrefix("деген"), let held = heldQuote, let first = held.first {
            if afterSignature {
                classify(first, .annexContent)
            } else {
                unparsed(first, "a quoted block with no instruction before it")
            }
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
        let lowered = text.lowercasedByBytes()
        if AmendingLeads.isEditorialNote(lowered) {
            classify(abzac, .editorialNote)
            return nil
        }
        if let verb = InstructionVerb.find(in: text) {
            return readInstruction(verb, line: line, abzac: abzac, enumerated: enumerated)
        }
        if let citation = actCitation(in: text), text.hasSuffix(":") || lowered.containsBytes(of: "енгізілсін") {
            // "2) «…» … № 995 қаулысында (…):", "… қаулысына мынадай өзгерістер енгізілсін:"
            bind(citation)
            document = []
            containers = []
            listMode = .none
            classify(abzac, .scope)
            return nil
        }
        if lowered.containsBytes(of: "енгізілсін") && text.hasSuffix(":") {
            // "Қазақстан Республикасы Үкіметінің кейбір шешімдеріне мынадай өзгерістер енгізілсін:": acts follow.
            bind(nil)
            document = []
            containers = []
            listMode = .none
            classify(abzac, .scope)
            return nil
        }
        if text.hasSuffix(":"), AmendingLeads.listLeads.contains(where: { lowered.hasPrefix($0) || lowered.containsBytes(of: " " + $0) }) {
            listMode = .pendingVerb([])
            listEntriesAreSubItems = enumerated
            classify(abzac, .scope)
            return nil
        }
        if enumerated, listEntriesAreSubItems, isListOpen, !(Self.enumerator(abzac.text)?.isSubItem ?? true) {
            // A new item of the act ends a list whose entries are its sub-items.
            if case .pendingVerb(let entries) = listMode {
                for entry in entries { unparsed(entry, "an entry of a list whose verb never came") }
            }
            listMode = .none
            return readLine(abzac)
        }
        switch listMode {
        case .repealActs where enumerated:
            reading.instructionCount += 1
            repealEntry(line, abzac: abzac, operation: .repeal)
            return nil
        case .pendingVerb(var entries) where enumerated || QuotedText.opens(text):
            if text.hasSuffix(".") {
                // The list closes with a verb that amends nothing ("… мекемесі құрылсын."): a list of
                // institutions, not instructions.
                for entry in entries { classify(entry, .operative) }
                classify(abzac, .operative)
                listMode = .none
                return nil
            }
            entries.append(abzac)
            listMode = .pendingVerb(entries)
            return nil
        default:
            break
        }
        if text.hasSuffix(":") || lowered == "мына" {
            readScope(text)
            classify(abzac, .scope)
            return nil
        }
        if AmendingLeads.changesAnnexTitles.contains(where: { lowered.containsBytes(of: $0) }) && !lowered.containsBytes(of: "бекітілсін") {
            listMode = .none
            classify(abzac, .annexHeading)
            return nil
        }
        if AmendingLeads.repealAnnexTitles.contains(where: { lowered.containsBytes(of: $0) }) && !enumerated {
            listMode = .repealActs
            listEntriesAreSubItems = false
            classify(abzac, .annexHeading)
            return nil
        }
        if case .repealActs = listMode, actCitation(in: text) != nil {
            reading.instructionCount += 1
            repealEntry(line, abzac: abzac, operation: .repeal)
            return nil
        }
        if AmendingLeads.entryIntoForceWords.contains(where: { lowered.containsBytes(of: $0) }) || EntryIntoForce.parse(abzac.text, span: abzac.span) != nil {
            classify(abzac, .entryIntoForce)
            return nil
        }
        if abzac.ordinal == lastOrdinal, let completed = Self.completedCut(text), let verb = InstructionVerb.find(in: completed) {
            // The sentence is cut inside its verb ("… қосымшасына сәйкес жаң"): read it as the only formula it can
            // end with, and carry the error on the patch, which is never applied.
            var cutLine = line
            cutLine.text = completed
            let before = reading.patches.count
            let pending = readInstruction(verb, line: cutLine, abzac: abzac, enumerated: enumerated)
            if let pending { finish(pending, cut: true) }
            for index in before..<reading.patches.count {
                reading.patches[index].error = "the instruction is cut inside its verb phrase: '\(text.suffix(30))'"
            }
            reading.diagnostics.append(
                Diagnostic(.error, "instruction-cut", "the sentence ends inside its verb phrase; read as '\(completed.suffix(40))', never applied", at: abzac.span.start))
            return nil
        }
        if InstructionVerbs.instructionLike.contains(where: { lowered.containsBytes(of: $0) }),
            TargetPhrase(text).references.contains(where: { $0.kind != .annex }) || lowered.containsBytes(of: "деген") || lowered.containsBytes(of: "«")
                || reading.isFragment
        {
            unparsed(abzac, "an instruction verb was not recognised in this sentence")
            return nil
        }
        if Self.isRepealListEntry(abzac.text) {
            // "3. «…» … № 444 қаулысының 1-тармағының 2) тармақшасы.": an entry of a list of repealed acts
            // whose heading is not in the text.
            reading.instructionCount += 1
            reading.diagnostics.append(
                Diagnostic(.warning, "repeal-list-entry", "an act named with no verb: read as an entry of a list of repealed acts", at: abzac.span.start))
            repealEntry(line, abzac: abzac, operation: .repeal)
            return nil
        }
        if AmendingLeads.signatureWords.contains(where: { lowered.containsBytes(of: $0) }) && text.count < 120 && !enumerated {
            afterSignature = true
            classify(abzac, .signature)
            return nil
        }
        if afterSignature && !enumerated && text.count < 160 {
            // The signatory's name, then the annex header ("Қазақстан Республикасы / Үкіметінің / … № 90 қаулысымен / бекітілген").
            let initials = text.count < 40 && text.dropFirst().hasPrefix(".") && text.first?.isUppercase == true
            classify(abzac, initials ? .signature : .annexHeading)
            return nil
        }
        let noLetters = !text.contains { $0.isLetter }
        classify(abzac, lowered.containsBytes(of: "бекітілген") && text.count < 200 || noLetters ? .annexHeading : .operative)
        return nil
    }

    /// The act a sentence names (not "көрсетілген қаулы", which is the act already bound).
    func actCitation(in text: String) -> Citation? {
        CitationScanner.citations(in: text).first { citation in
            let cited = text[citation.range].lowercasedByBytes()
            return !(AmendingLeads.citedActWords.contains { cited.hasPrefix($0) }) && (citation.number != nil || citation.date != nil || citation.title != nil)
        }
    }

    /// One entry of a list of repealed acts: the act, or the units of it the entry names.
    mutating func repealEntry(_ line: Abzac, abzac: Abzac, operation: PatchOperation) {
        let citation = actCitation(in: line.text)
        var targets: [ClauseID] = [.root]
        if let citation {
            let after = String(line.text[citation.range.upperBound...])
            let phrase = TargetPhrase(after)
            let found = phrase.targets(base: [], insert: false)
            if !found.isEmpty { targets = found }
        }
        let saved = (currentAct, currentActID)
        if let citation { bind(citation) }
        finish(Pending(operation: operation, targets: targets, instruction: abzac))
        currentAct = saved.0
        currentActID = saved.1
    }

    /// Reads an instruction sentence.
    mutating func readInstruction(_ verb: InstructionVerb.Match, line: Abzac, abzac: Abzac, enumerated: Bool) -> Pending? {
        if let (first, rest) = Self.deletionClause(line.text), let firstVerb = InstructionVerb.find(in: first), let restVerb = InstructionVerb.find(in: rest) {
            // "5-тармақ алып тасталсын, 6-тармақ мынадай редакцияда жазылсын:": two instructions in one sentence, each
            // with its own verb (the deletion took the second one's verb and payload).
            var head = line
            head.text = first
            let deleted = TargetPhrase(first).targets(base: scopeBase, insert: false).first
            if let pending = readInstruction(firstVerb, line: head, abzac: abzac, enumerated: enumerated) { finish(pending) }
            var tail = line
            tail.text = rest
            // "6-тармақтың 3) тармақшасы алынып тасталсын, 4) тармақшасы мынадай редакцияда жазылсын:": the second clause
            // names a unit of the same kind without repeating the container the first one named.
            let saved = containers
            defer { containers = saved }
            if let deleted, let kind = deleted.last?.kind, TargetPhrase(rest).references.first?.kind == kind,
                deleted.steps.count > scopeBase.count + 1, Array(deleted.steps.prefix(document.count)) == document
            {
                containers = Array(deleted.steps.dropFirst(document.count).dropLast())
            }
            return readInstruction(restVerb, line: tail, abzac: abzac, enumerated: enumerated)
        }
        let text = line.text
        let lowered = text.lowercasedByBytes()
        reading.instructionCount += 1
        if let warning = verb.warning {
            reading.diagnostics.append(Diagnostic(.warning, warning.code, warning.message, at: abzac.span.start))
        }
        let phraseText = String(text[..<verb.phraseStart])
        // The sentence may name its act ("… қаулысының күші жойылды деп танылсын", "Салық кодексінің 1-бабы …").
        var unitText = phraseText
        if let citation = actCitation(in: phraseText) {
            bind(citation)
            document = []
            containers = []
            unitText = String(phraseText[citation.range.upperBound...])
        }
        switch verb.operation {
        case .repeal:
            if text.hasSuffix(":"), AmendingLeads.listLeads.contains(where: { lowered.hasPrefix($0) || lowered.containsBytes(of: $0) }) {
                listMode = .repealActs
                listEntriesAreSubItems = enumerated
                repealListLead = (abzac, reading.patches.count)
                return nil
            }
            if case .pendingVerb(let entries) = listMode {
                for entry in entries {
                    var entryLine = entry
                    if let (_, _, rest) = Self.enumerator(entry.text) { entryLine.text = rest }
                    repealEntry(entryLine, abzac: entry, operation: .repeal)
                }
                listMode = .none
                if actCitation(in: phraseText) != nil { repealEntry(line, abzac: abzac, operation: .repeal); return nil }
            }
            if InstructionVerbs.annexMarkers.contains(where: { lowered.containsBytes(of: $0) }) {
                // "Осы қаулыға қосымшаға сәйкес … кейбір шешімдерінің күші жойылды деп танылсын.": the list is in the annex.
                var pending = Pending(operation: .repeal, targets: [.root], instruction: abzac)
                pending.anchor = nil
                finishRepealFromAnnex(pending)
                return nil
            }
        case .suspend:
            var pending = Pending(operation: .suspend, targets: [], instruction: abzac)
            pending.period = Self.period(of: text)
            let phrase = TargetPhrase(unitText)
            pending.targets = phrase.targets(base: scopeBase, insert: false)
            if pending.targets.isEmpty { pending.targets = [ClauseID(scopeBase)] }
            pending.expectsPayload = text.hasSuffix(":")
            if !pending.expectsPayload { finish(pending); return nil }
            return pending
        case .replaceWords, .insertWords, .deleteWords:
            if verb.operation == .insertWords, let pending = wordsFromPayload(text, unitText: unitText, abzac: abzac) { return pending }
            let clauses = Self.wordClauses(line.text)
            guard clauses.count > 1 else {
                wordPatch(verb.operation, line: line, abzac: abzac)
                return nil
            }
            // "«және» деген сөз алып тасталсын, «жүргізу» деген сөз «жүзеге асыру» деген сөздермен ауыстырылсын":
            // each clause has its own verb, and the later ones share the first one's units.
            let units = line.text[..<(line.text.firstIndex { $0 == "«" || $0 == "\"" || $0 == "“" } ?? line.text.startIndex)]
            for (offset, clause) in clauses.enumerated() {
                var part = line
                part.text = offset == 0 ? clause : units + clause
                guard let clauseVerb = InstructionVerb.find(in: part.text), [.replaceWords, .insertWords, .deleteWords].contains(clauseVerb.operation) else {
                    unparsed(abzac, "a clause of a word change was not understood: '\(clause.prefix(60))'")
                    continue
                }
                wordPatch(clauseVerb.operation, line: part, abzac: abzac)
            }
            return nil
        case .noOp:
            let phrase = TargetPhrase(unitText)
            var targets = phrase.targets(base: scopeBase, insert: false)
            if targets.isEmpty { targets = [ClauseID(scopeBase)] }
            finish(Pending(operation: .noOp, targets: targets, instruction: abzac))
            return nil
        default:
            break
        }
        return start(verb.operation, phraseText: unitText, abzac: abzac, sentence: text)
    }

    /// A sentence that deletes units and then, after a comma, orders something else of other units ("5-тармақ алып
    /// тасталсын, 6-тармақ мынадай редакцияда жазылсын:"): the deletion and the rest; nil otherwise, and for word
    /// changes ("«…» деген сөз алып тасталсын, …"), which ``wordClauses(_:)`` splits.
    static func deletionClause(_ text: String) -> (String, String)? {
        deletionClause(text, endings: ["алып тасталсын", "алынып тасталсын"]) { rest in
            InstructionVerb.find(in: rest) != nil && !TargetPhrase(rest).references.isEmpty
        }
    }

    /// The same split for any language: `endings` end the deletion, `isInstruction` says whether the rest orders something.
    static func deletionClause(_ text: String, endings: [String], isInstruction: (String) -> Bool) -> (String, String)? {
        var depth = 0
        var straight = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "«" || character == "“" { depth += 1 } else if character == "»" || character == "”" { depth = max(0, depth - 1) } else if character == "\"" { straight.toggle() }
            if depth == 0, !straight, character == "," {
                let before = text[..<index].trimmingCharacters(in: .whitespaces)
                let rest = text[text.index(after: index)...].trimmingCharacters(in: .whitespaces)
                if endings.contains(where: { before.hasSuffix($0) }), !before.contains("«"), !before.contains("\""), !rest.isEmpty, isInstruction(rest) {
                    return (before + ";", rest)
                }
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// "6-тармақ «тіркеледі» деген сөзден кейін мынадай мазмұндағы сөйлеммен толықтырылсын:": words inserted
    /// after (or before) an anchor, whose new words are the quoted payload that follows; nil for other word changes.
    mutating func wordsFromPayload(_ text: String, unitText: String, abzac: Abzac) -> Pending? {
        let lowered = text.lowercasedByBytes()
        guard text.hasSuffix(":"), lowered.containsBytes(of: "мынадай мазмұндағы"), let anchorEnd = lowered.range(of: "мынадай мазмұндағы")?.lowerBound else { return nil }
        let anchors = Self.quotedStrings(String(text[..<anchorEnd])).map(\.text)
        guard anchors.count <= 1 else { return nil }
        let phraseEnd = text.firstIndex { $0 == "«" || $0 == "\"" || $0 == "“" } ?? anchorEnd
        let phrase = TargetPhrase(String(text[..<phraseEnd]))
        var targets = phrase.targets(base: scopeBase, insert: false)
        if targets.isEmpty { targets = [ClauseID(scopeBase)] }
        var pending = Pending(operation: .insertWords, targets: targets, instruction: abzac)
        pending.anchor = anchors.first
        pending.part = phrase.part
        pending.column = phrase.column ?? scopeColumn
        pending.expectsPayload = true
        return pending
    }

    /// The clauses of a word-change sentence that orders several changes, each ending in its own verb and a
    /// comma ("… алып тасталсын, «…» деген сөз … ауыстырылсын;"); one clause when it orders one. A verb inside
    /// quotes does not split.
    static func wordClauses(_ text: String) -> [String] {
        let verbs = ["ауыстырылсын", "толықтырылсын", "алып тасталсын", "алынып тасталсын"]
        var clauses: [String] = []
        var start = text.startIndex
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "«" { depth += 1 } else if character == "»" { depth = max(0, depth - 1) }
            if depth == 0, character == ",", let verb = verbs.first(where: { text[start..<index].hasSuffix($0) }) {
                _ = verb
                let rest = text[text.index(after: index)...]
                // Another clause follows when the rest quotes words or orders something itself
                // ("…, екінші абзацы алып тасталсын"): never let it go unread.
                if rest.contains("«") || rest.contains("\"") || InstructionVerb.find(in: String(rest)) != nil {
                    clauses.append(String(text[start..<index]).trimmingCharacters(in: .whitespaces))
                    start = text.index(after: index)
                }
            }
            index = text.index(after: index)
        }
        clauses.append(String(text[start...]).trimmingCharacters(in: .whitespaces))
        return clauses.filter { !$0.isEmpty }
    }

    /// A sentence cut inside its verb phrase, completed with the one formula it can end with; nil otherwise.
    static func completedCut(_ text: String) -> String? {
        guard let last = text.last, !".:;»\"".contains(last) else { return nil }
        let lowered = text.lowercasedByBytes()
        for formula in InstructionVerbs.cutCompletions {
            for length in stride(from: formula.count - 1, through: 3, by: -1) {
                let prefix = String(formula.prefix(length))
                // Only a word cut in the middle ("жаң"): a whole word ("жаңа", "мына") may end a line for other reasons.
                if lowered.hasSuffix(" " + prefix), formula.dropFirst(length).first != " " { return text + formula.dropFirst(length) + "." }
            }
        }
        return nil
    }

    /// "2018 жылғы 1 шілдеге дейін" from a suspension sentence; nil when it states no period.
    static func period(of text: String) -> String? {
        let lowered = text.lowercasedByBytes()
        guard let verb = lowered.range(of: "тоқтатыла") else { return nil }
        let before = lowered[..<verb.lowerBound]
        let opener = ["қолданысы ", "қолданылуы ", "қолдануы ", "қолдану "].compactMap { before.range(of: $0, options: .backwards) }.max { $0.lowerBound < $1.lowerBound }
        guard let opener else { return nil }
        let period = before[opener.upperBound...].trimmingCharacters(in: .whitespaces)
        return period.isEmpty ? nil : period
    }

    // MARK: Scope lines

    /// Reads a scope line: the document of the act ("көрсетілген қаулымен бекітілген … Ережеде:"), an
    /// annex ("көрсетілген қаулыға 2-қосымшада:"), units ("15-тармақта:"), a section or table, or a
    /// description that opens no new unit ("орталық аппараттың функцияларында:").
    mutating func readScope(_ text: String) {
        let lowered = text.lowercasedByBytes()
        heldQuote = nil
        if lowered == "мына:" || lowered == "мына" { return }
        let phrase = TargetPhrase(text)
        scopeColumn = phrase.column
        let namesAct = AmendingLeads.citedActWords.contains { lowered.hasPrefix($0 + " ") }
        if AmendingLeads.documentScopeMarks.contains(where: { lowered.containsBytes(of: $0) }) || namesAct {
            document = documentSteps(for: text, phrase: phrase)
            containers = []
            if let annex = phrase.references.first(where: { $0.kind == .annex }), !AmendingLeads.actAnnexWords.contains(where: { lowered.containsBytes(of: $0) }) {
                // "көрсетілген Қағидаларға 2-қосымша:": an annex of the document, not of the act.
                document = documentSteps(for: text, phrase: TargetPhrase(""))
                containers = [ClauseID.Step(.annex, annex.numbers.first ?? UnitNumber(1))]
                return
            }
            let units = phrase.references.filter { $0.kind != .annex }
            if !units.isEmpty, !lowered.containsBytes(of: "бекітілген") {
                containers = TargetPhrase.scope(units, base: [])
            }
            return
        }
        if !phrase.references.isEmpty {
            containers = phrase.scope(base: containers)
            return
        }
        if lowered.containsBytes(of: "тізбе") || lowered.containsBytes(of: "тізім") {
            containers = []  // a list inside the document ("Министрліктің қарамағындағы ұйымдардың тізбесінде:")
        }
    }

    /// The annex of the target act that a scope line names: "… 2-қосымшада", or by its kind word from the
    /// target's metadata (Rules, a list, criteria); the first annex otherwise.
    func documentSteps(for text: String, phrase: TargetPhrase) -> [ClauseID.Step] {
        if let annex = phrase.references.first(where: { $0.kind == .annex }), let number = annex.numbers.first {
            return [ClauseID.Step(.annex, number)]
        }
        let first = [ClauseID.Step(.annex, UnitNumber(1))]
        guard let target = currentActID ?? reading.targetID else { return first }
        let documents = documentsOf(target)
        let lowered = text.lowercasedByBytes()
        let kinds: [(word: String, kind: String)] = [("қағида", "rules"), ("тізбе", "list"), ("өлшемшарт", "criteria")]
        guard let named = kinds.first(where: { lowered.containsBytes(of: $0.word) })?.kind,
            let document = documents.first(where: { $0.kind == named }), let number = UnitNumber(document.annex)
        else { return first }
        return [ClauseID.Step(.annex, number)]
    }

    // MARK: Unit instructions

    mutating func start(_ operation: PatchOperation, phraseText: String, abzac: Abzac, sentence: String) -> Pending? {
        var phraseText = phraseText
        if operation == .replaceFromAnnex || operation == .insertFromAnnex, TargetPhrase(phraseText).references.isEmpty,
            let unit = Self.unitAfterAnnexReference(sentence)
        {
            // "осы бұйрыққа 2-қосымшаға сәйкес мазмұндағы 5-1-қосымшамен толықтырылсын": the reference to the amending
            // act's annex comes first, the unit changed after it.
            phraseText += " " + unit
        }
        let phrase = TargetPhrase(phraseText)
        if let unit = phrase.unsupportedUnits.first {
            unparsed(abzac, "the target names a unit the reader cannot address: '\(unit)'")
            return nil
        }
        if let unit = phrase.unnumberedUnits.first {
            unparsed(abzac, "the target names '\(unit)' without a number the reader can read")
            return nil
        }
        var base = scopeBase
        if phrase.appendsSentence {
            // "22-тармақ мынадай мазмұндағы сөйлеммен толықтырылсын: «…»": the payload is words added at the end of the
            // unit, as the Russian "дополнить предложением следующего содержания" reads.
            guard operation == .insert else {
                unparsed(abzac, "a new sentence is named, but the verb does not insert it")
                return nil
            }
            var targets = phrase.targets(base: base, insert: false)
            if targets.isEmpty { targets = [ClauseID(base)] }
            var pending = Pending(operation: .insertWords, targets: targets, instruction: abzac)
            pending.part = phrase.part
            pending.column = phrase.column ?? scopeColumn
            pending.expectsPayload = true
            return pending
        }
        let lowered = phraseText.lowercasedByBytes()
        if lowered.containsBytes(of: "бұйрыққа") && lowered.containsBytes(of: "көрсетілген бұйрық") {
            base = []  // "көрсетілген бұйрыққа 2-қосымшамен бекітілген …": the order itself
        }
        let insert = operation == .insert || operation == .insertRows || operation == .insertFromAnnex
        var targets = phrase.targets(base: base, insert: insert)
        if targets.isEmpty {
            if operation == .repeal {
                targets = [.root]
            } else if operation == .replaceFromAnnex, base.isEmpty, AmendingLeads.documentNouns.contains(where: { lowered.containsBytes(of: $0) }) {
                // "Қағидалар осы бұйрыққа қосымшаға сәйкес жаңа редакцияда жазылсын": the approved document, not the act.
                targets = [ClauseID(documentSteps(for: phraseText, phrase: phrase))]
            } else if operation == .replaceFromAnnex || operation == .insertFromAnnex || (operation == .delete && !base.isEmpty)
                || (operation == .insert && !base.isEmpty) || (operation == .replace && !base.isEmpty && lowered.containsBytes(of: "тізбе"))
            {
                // "… тізбесі осы қаулыға 3-қосымшаға сәйкес жаңа редакцияда жазылсын", "Министрліктің … тізбесі алып
                // тасталсын", "… тізбесі: мынадай мазмұндағы жолмен толықтырылсын": the document or list in scope.
                targets = [ClauseID(base)]
            } else if operation == .replace || operation == .delete || operation == .insert, heldQuote != nil || lowered.containsBytes(of: "деген жол") {
                targets = [ClauseID(base + [ClauseID.Step(.row)])]
            } else if operation == .replace || operation == .delete, AmendingLeads.documentNouns.contains(where: { lowered.containsBytes(of: $0) }) {
                // "Министрліктің қарамағындағы мемлекеттік мекемелердің тізбесі алып тасталсын.": a document named by its title.
                targets = [ClauseID(base.contains { $0.kind == .annex } ? base : base + [ClauseID.Step(.annex)])]
            } else {
                unparsed(abzac, "no target unit found before the verb (recognition stopped at '\(phraseText.suffix(40))')")
                return nil
            }
        }
        return open(operation, targets: targets, column: phrase.column, part: phrase.part, abzac: abzac, sentence: sentence)
    }

    /// The words between the reference to the amending act's annex and the verb ("… қосымшаға сәйкес
    /// мазмұндағы 5-1-қосымшамен толықтырылсын" → "5-1-қосымшамен"), lower-cased; nil when none stand there.
    static func unitAfterAnnexReference(_ sentence: String) -> String? {
        let lowered = sentence.lowercasedByBytes()
        guard let marker = InstructionVerbs.annexMarkers.compactMap({ lowered.range(of: $0, options: .backwards) }).max(by: { $0.upperBound < $1.upperBound })
        else { return nil }
        var tail = lowered[marker.upperBound...]
        let verbs = ["толықтырылсын", "жаңа редакцияда", "мынадай редакцияда", "редакцияда", "редакциядан", "жазылсын", "баяндалсын"]
        if let verb = verbs.compactMap({ tail.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) { tail = tail[..<verb.lowerBound] }
        let words = tail.split(separator: " ").filter { !["мазмұндағы", "мазмұнда", "мынадай"].contains($0) }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// An instruction whose targets are read, in either language: finished at once when it takes no payload
    /// (a deletion, a wording from the act's annex, a sentence without ':') or carries it on its own line
    /// ("2-тармақ мынадай редакцияда жазылсын: «2. …»."); otherwise waiting for its quoted payload.
    mutating func open(_ operation: PatchOperation, targets: [ClauseID], column: Int?, part: UnitPart?, abzac: Abzac, sentence: String) -> Pending? {
        var operation = operation
        if operation == .insert, targets.allSatisfy({ $0.last?.kind == .row }) { operation = .insertRows }
        var pending = Pending(operation: operation, targets: targets, instruction: abzac)
        pending.column = column ?? scopeColumn
        pending.part = part
        if let held = heldQuote {
            pending.anchor = held.map(\.text).joined(separator: "\n")
            heldQuote = nil
        }
        pending.expectsPayload = sentence.hasSuffix(":")
        if operation == .replaceFromAnnex || operation == .insertFromAnnex || operation == .delete || operation == .repeal {
            finish(pending)
            return nil
        }
        // A payload on the same line: "2-тармақ мынадай редакцияда жазылсын: «2. …»."
        if let colon = sentence.firstIndex(of: ":"), sentence.index(after: colon) < sentence.endIndex {
            let tail = sentence[sentence.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if QuotedText.opens(tail) {
                pending.quotes.append([Abzac(ordinal: abzac.ordinal, text: tail, span: abzac.span)])
                finish(pending)
                return nil
            }
        }
        if !pending.expectsPayload {
            finish(pending)
            return nil
        }
        return pending
    }

    /// Whether an unquoted abzac starts with the number of one of the instruction's targets.
    static func continuesPayload(_ text: String, of pending: Pending) -> Bool {
        guard case .item(let number, _, _, _)? = UnitMarker.classify(text, loose: true) else { return false }
        return pending.targets.dropFirst().contains { $0.last?.kind == .item && $0.last?.number == number }
    }
}

extension TargetPhrase {
    /// The scope steps of `references`, nested, under `base`.
    static func scope(_ references: [Reference], base: [ClauseID.Step]) -> [ClauseID.Step] {
        var phrase = TargetPhrase("")
        phrase.references = references
        return phrase.scope(base: base)
    }
}
