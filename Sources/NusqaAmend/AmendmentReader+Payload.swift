import Foundation
import NusqaCore
import NusqaLanguage
import NusqaText
import NusqaParse

extension AmendmentReader {
    /// Turns an instruction and its quoted blocks into patches, one per target. A payload that is
    /// missing or cut keeps its patch, with an error, never applied.
    mutating func finish(_ pending: Pending, cut: Bool = false) {
        let instruction = pending.instruction
        let lastAbzac = pending.quotes.last?.last ?? instruction
        let span = instruction.span.union(lastAbzac.span)
        let range = instruction.ordinal...max(instruction.ordinal, lastAbzac.ordinal)
        switch pending.operation {
        case .delete, .repeal, .noOp:
            for target in pending.targets { appendPatch(pending, target, nil, span: span, range: range) }
            return
        case .suspend:
            let wording = pending.quotes.isEmpty ? nil : QuotedText.strip(pending.quotes.flatMap { $0.map(\.text) }).texts.joined(separator: "\n")
            for target in pending.targets {
                let sequence = appendPatch(
                    pending, target, wording.map { Clause(target.last?.kind ?? .item, number: target.last?.number, text: $0) }, span: span, range: range)
                if cut { markError(sequence, "the temporary wording is cut: its quote never closes") }
            }
            return
        case .replaceFromAnnex, .insertFromAnnex:
            let annexes = act.body.children.filter { $0.kind == .annex }
            let own = Self.ownAnnexNumbers(in: instruction.text)
            for (offset, target) in pending.targets.enumerated() {
                // "1, 2 және 4-қосымшалары осы шешімнің 1, 2 және 3-қосымшаларына сәйкес": each from its own annex.
                let named: UnitNumber? = own.count == pending.targets.count ? own[offset] : own.count == 1 && pending.targets.count == 1 ? own[0] : nil
                let chosen = named.map { number in annexes.first { $0.number == number } } ?? (own.count > 1 ? nil : annexes.first)
                if let annex = chosen, pending.operation == .replaceFromAnnex, annexes.count == 1 || reading.isFragment == false || named != nil {
                    var payload = annex
                    payload.number = target.last?.number
                    // The annex's own stamp is the last header line: the position it takes in the target.
                    payload.text = annex.text.split(separator: "\n").last.map(String.init) ?? ""
                    if let lines = AnnexTitle.stampLines(payload.text) {
                        reading.diagnostics.append(
                            Diagnostic(.note, "stamp-lines-restored", "the annex's approval stamp ran its lines together; split where one word runs into the next", at: instruction.span.start))
                        payload.text = lines
                    }
                    if let titled = AnnexTitle.recovered(payload, named: AnnexTitle.named(in: instruction.text)) {
                        reading.diagnostics.append(
                            Diagnostic(.note, "annex-title-recovered", "the annex title '\(titled.heading ?? "")', named by the instruction, was run into the first heading under the stamp; it is the annex heading", at: instruction.span.start))
                        payload = titled
                    }
                    appendPatch(pending, target, payload, span: span, range: range)
                } else {
                    let sequence = appendPatch(pending, target, nil, span: span, range: range)
                    if !annexes.isEmpty, own.count > 1, named == nil {
                        markUnapplied(sequence, "the instruction names \(own.count) annexes of the amending act for \(pending.targets.count) units: which sets out which cannot be told")
                    } else if !annexes.isEmpty, let named {
                        markUnapplied(sequence, "the new wording is set out in annex \(named) of the amending act, which is not in this text")
                    } else {
                        markUnapplied(sequence, "the new wording is set out in an annex of the amending act, which is not in this text")
                    }
                }
            }
            return
        default:
            break
        }
        if cut || pending.quotes.isEmpty || pending.quotes.allSatisfy(\.isEmpty) && !pending.unquotedPayload {
            let reason = cut ? "the payload is cut: its quote never closes" : "the instruction ends with ':' but no payload follows"
            if !cut {
                reading.diagnostics.append(Diagnostic(.error, "payload-missing", reason, at: instruction.span.start))
            }
            for target in pending.targets {
                let sequence = appendPatch(pending, target, nil, span: span, range: range)
                markError(sequence, reason)
            }
            return
        }
        if pending.operation == .insertWords {
            // The quoted payload is the new words: "… деген сөзден кейін мынадай мазмұндағы сөйлеммен толықтырылсын: «…»".
            let new = pending.quotes.map { QuotedText.strip($0.map(\.text)).texts.joined(separator: " ") }.joined(separator: " ")
            let before = pending.instruction.text.lowercasedByBytes().containsBytes(of: "алдынан") || pending.instruction.text.lowercasedByBytes().containsBytes(of: "алдына")
                || isRussian && RussianInstructionVerbs.unquoted(pending.instruction.text.lowercasedByBytes()).containsBytes(of: "перед ")
            for target in pending.targets {
                let sequence = appendPatch(pending, target, nil, span: span, range: range)
                guard let index = reading.patches.lastIndex(where: { $0.sequence == sequence }) else { continue }
                reading.patches[index].words = WordChange(old: pending.anchor ?? "", new: new, position: before ? .before : .after, isGlobal: false)
                reading.patches[index].anchor = nil
            }
            return
        }
        if pending.quotes.contains(where: { quote in quote.contains { $0.text.containsBytes(of: "<tr") } }) {
            bindTablePayload(pending, span: span, range: range)
            return
        }
        let kind = pending.targets.first?.last?.kind ?? .item
        if kind == .abzac || kind == .preamble || kind == .title || pending.part == .header || pending.part == .newAbzac {
            bindTextPayloads(pending, span: span, range: range)
            return
        }
        var blocks: [Block] = []
        for quote in pending.quotes {
            let (texts, trailing) = QuotedText.strip(quote.map(\.text))
            if let trailing, let last = quote.last {
                reading.diagnostics.append(
                    Diagnostic(.warning, "text-after-quote", "text after the closing quote is not part of the payload: '\(trailing)'", at: last.span.start))
            }
            for (text, abzac) in zip(texts, quote) where !text.isEmpty {
                blocks.append(Block(.paragraph, text: text, span: abzac.span))
            }
        }
        var parser = BodyParser(loose: true, rowsOnly: kind == .row)
        let builders = parser.parse(blocks)
        reading.diagnostics += parser.diagnostics
        var spans: [ClauseID: SourceSpan] = [:]
        let parent = pending.targets[0].parent ?? .root
        var clauses = builders.map { $0.finish(parent: parent, spans: &spans) }
        var bound: [ClauseID: Clause] = [:]
        for target in pending.targets {
            if let index = clauses.firstIndex(where: { $0.kind == target.last?.kind && $0.number == target.last?.number }) {
                bound[target] = clauses.remove(at: index)
            }
        }
        let numbered: Set<ClauseKind> = [.item, .subItem, .row]
        for target in pending.targets where bound[target] == nil {
            // "«21-82. …»." for row 21-82, "«23) …»" for a row numbered "23)": the same number in another form.
            guard let kind = target.last?.kind, numbered.contains(kind), let number = target.last?.number,
                let index = clauses.firstIndex(where: { numbered.contains($0.kind) && $0.number == number })
            else { continue }
            var clause = clauses.remove(at: index)
            clause.kind = kind
            bound[target] = clause
        }
        // "5 және 6-тармақтар мынадай мазмұндағы 3) тармақшамен": one block, the same new unit added to each unit named.
        Self.shareWithTwins(pending.targets, &bound)
        for target in pending.targets where bound[target] == nil {
            // A block without its number (002's new item 1): bind it to the first unbound target.
            guard let index = clauses.firstIndex(where: { $0.kind == .abzac || $0.kind == target.last?.kind }) else { continue }
            var clause = clauses.remove(at: index)
            if clause.kind == .abzac {
                clause = Clause(target.last?.kind ?? .item, number: target.last?.number, text: clause.text)
                // Units that carry no number (a note, a title) have none to miss.
                guard target.last?.number != nil else {
                    bound[target] = clause
                    continue
                }
                reading.diagnostics.append(
                    Diagnostic(
                        .warning, "payload-number-missing",
                        "the quoted text for \(target) lacks its number; bound to \(target.last?.number?.description ?? "?") by position",
                        at: pending.quotes.first?.first?.span.start))
            }
            bound[target] = clause
        }
        if pending.perContainer != nil {
            // A block bound by position serves the same unit of every container the scope names.
            Self.shareWithTwins(pending.targets, &bound)
        }
        for target in pending.targets {
            guard let payload = bound[target] else {
                reading.diagnostics.append(
                    Diagnostic(.error, "payload-missing", "no quoted payload for \(target)", at: instruction.span.start))
                let sequence = appendPatch(pending, target, nil, span: span, range: range)
                markError(sequence, "fewer payload blocks than targets: \(target) has none")
                continue
            }
            let sequence = appendPatch(pending, target, payload, span: span, range: range)
            payloadSpans[sequence] = spans
        }
        for extra in clauses {
            reading.diagnostics.append(
                Diagnostic(.warning, "payload-unbound", "quoted \(extra.kind.kazakhName) \(extra.number?.description ?? "") matches no target of the instruction", at: instruction.span.start))
        }
    }

    @discardableResult
    mutating func appendPatch(_ pending: Pending, _ target: ClauseID, _ payload: Clause?, span: SourceSpan, range: ClosedRange<Int>) -> Int {
        let sequence = takeSequence()
        var patch = Patch(
            sequence: sequence, operation: pending.operation, target: target, payload: payload,
            instruction: pending.instruction.text, span: span, abzacs: range, effective: placeholderDate)
        patch.amends = currentAct
        patch.amendsID = currentActID
        patch.column = pending.column
        patch.part = pending.part
        patch.anchor = pending.anchor
        patch.period = pending.period
        switch pending.operation {
        case .suspend: patch.unapplied = "a suspension is not applied by the timeline yet" + (pending.period.map { " (\($0))" } ?? "")
        case .noOp:
            patch.unapplied = pending.instruction.text.lowercasedByBytes().containsBytes(of: "орыс тіліндегі")
                ? "changes only the Russian text; the state-language text does not change" : "a deeming rule: it changes no text"
        default: break
        }
        reading.patches.append(patch)
        return sequence
    }

    mutating func markError(_ sequence: Int, _ reason: String) {
        guard let index = reading.patches.lastIndex(where: { $0.sequence == sequence }) else { return }
        reading.patches[index].error = reason
    }

    mutating func markUnapplied(_ sequence: Int, _ reason: String) {
        guard let index = reading.patches.lastIndex(where: { $0.sequence == sequence }) else { return }
        reading.patches[index].unapplied = reason
    }

    /// "Осы қаулыға қосымшаға сәйкес … кейбір шешімдерінің күші жойылды деп танылсын.": one repeal whose
    /// acts are listed in the annex; the annex's entries are read where the annex is in the text.
    mutating func finishRepealFromAnnex(_ pending: Pending) {
        let saved = (currentAct, currentActID)
        bind(nil)
        currentAct = nil
        currentActID = nil
        let sequence = appendPatch(pending, .root, nil, span: pending.instruction.span, range: pending.instruction.ordinal...pending.instruction.ordinal)
        markUnapplied(sequence, "the repealed acts are listed in an annex of the amending act")
        currentAct = saved.0
        currentActID = saved.1
    }

    /// A payload given as an HTML table (<table><tr><td>…): one row per <tr>, bound to the targets by
    /// the number in its first cell, or in order.
    mutating func bindTablePayload(_ pending: Pending, span: SourceSpan, range: ClosedRange<Int>) {
        let html = pending.quotes.flatMap { $0.map(\.text) }.joined(separator: "\n")
        let rows = HTMLTableRows.rows(in: html)
        var remaining = rows
        for (place, target) in pending.targets.enumerated() {
            if let each = pending.perContainer, each > 0, place % each == 0 { remaining = rows }  // each container's rows
            let kind = target.last?.kind ?? .row
            let index = remaining.firstIndex { row in target.last?.number != nil && row.number == target.last?.number } ?? (remaining.isEmpty ? nil : 0)
            guard let index else {
                let sequence = appendPatch(pending, target, nil, span: span, range: range)
                markError(sequence, "the table payload has no row for \(target)")
                continue
            }
            let row = remaining.remove(at: index)
            appendPatch(pending, target, Clause(kind, number: target.last?.number ?? row.number, text: row.cells.joined(separator: " | ")), span: span, range: range)
        }
    }

    /// Binds each unbound target to the payload of a bound twin, a target naming the same unit (тармақша, абзац) in
    /// another container: one quoted block serves the unit wherever the instruction adds or replaces it.
    private static func shareWithTwins(_ targets: [ClauseID], _ bound: inout [ClauseID: Clause]) {
        for target in targets where bound[target] == nil {
            if let twin = targets.first(where: { $0 != target && $0.last == target.last && bound[$0] != nil }) {
                bound[target] = bound[twin]
            }
        }
    }

    /// Abzac, part and preamble payloads: one quoted block per target, as plain text.
    private mutating func bindTextPayloads(_ pending: Pending, span: SourceSpan, range: ClosedRange<Int>) {
        var pending = pending
        let lines = pending.quotes.flatMap { $0 }
        // Under a scope naming several containers, each holds the same units: one set of blocks serves each.
        let each = pending.perContainer ?? pending.targets.count
        if pending.targets.count > each, pending.quotes.count != each, lines.count != each {
            // "5 және 6-тармақтарда: екінші абзац мынадай редакцияда жазылсын: «…» «…»": which block goes where cannot be told.
            unparsed(pending.instruction, "[several-containers] \(pending.quotes.count) quoted blocks for \(pending.targets.count / max(each, 1)) containers of \(each) unit(s) each: which block goes where cannot be told")
            reading.diagnostics.append(
                Diagnostic(.error, "several-containers-payload", "the quoted blocks cannot be bound to the containers the scope names", at: pending.instruction.span.start))
            for target in pending.targets {
                let sequence = appendPatch(pending, target, nil, span: span, range: range)
                markError(sequence, "the quoted blocks cannot be bound to the containers the scope names")
            }
            return
        }
        if pending.quotes.count < each, lines.count == each {
            // "мынадай мазмұндағы … абзацтармен толықтырылсын: «a; b; c.»": one quote, one line per abzac.
            let count = lines.count
            pending.quotes = lines.enumerated().map { offset, line in
                var text = line.text
                if offset > 0, !QuotedText.opens(text) { text = "«" + text }
                if offset < count - 1, !text.hasSuffix("»") && !text.hasSuffix("»;") && !text.hasSuffix("».") { text += "»" }
                return [Abzac(ordinal: line.ordinal, text: text, span: line.span)]
            }
        }
        for (place, target) in pending.targets.enumerated() {
            let offset = place % max(each, 1)
            guard offset < pending.quotes.count else {
                reading.diagnostics.append(Diagnostic(.error, "payload-missing", "no quoted payload for \(target)", at: pending.instruction.span.start))
                let sequence = appendPatch(pending, target, nil, span: span, range: range)
                markError(sequence, "fewer payload blocks than targets: \(target) has none")
                continue
            }
            let quote = pending.quotes[offset]
            let (texts, trailing) = QuotedText.strip(quote.map(\.text))
            if let trailing, let last = quote.last {
                reading.diagnostics.append(
                    Diagnostic(.warning, "text-after-quote", "text after the closing quote kept out of the payload: '\(trailing)'", at: last.span.start))
            }
            var text = texts.joined(separator: "\n")
            if pending.part == .newAbzac {
                // The new abzac's number is decided in the edition it joins (UnitPartEditor).
                appendPatch(pending, target, Clause(.abzac, number: nil, text: texts.joined(separator: "\n")), span: span, range: range)
                continue
            }
            let kind = target.last?.kind ?? .abzac
            if kind == .abzac, target.last?.number == UnitNumber(1), let parentNumber = target.parent?.last?.number,
                case .item(let number, _, let rest, _)? = UnitMarker.classify(text), number == parentNumber
            {
                text = String(rest)  // "20. Қор …" as the first abzac of item 20: the number is not new text
            }
            if kind == .title, let parent = target.parent?.last, let heading = Self.heading(text, of: parent) {
                text = heading  // "«3-тарау. Қорытынды ережелер»" as the title of chapter 3: the marker is not the title
            }
            appendPatch(pending, target, Clause(kind, number: target.last?.number, text: text), span: span, range: range)
        }
        if pending.quotes.count > each {
            reading.diagnostics.append(
                Diagnostic(.warning, "payload-unbound", "\(pending.quotes.count - each) quoted block(s) match no target", at: pending.instruction.span.start))
        }
    }

    /// The numbers of the amending act's own annexes an instruction sets its wording out in ("осы шешімнің
    /// 1, 2 және 3-қосымшаларына сәйкес" → 1, 2, 3; "осы қаулыға қосымшаға сәйкес" → none).
    static func ownAnnexNumbers(in text: String) -> [UnitNumber] {
        let lowered = text.lowercasedByBytes()
        guard let start = InstructionVerbs.annexStarts.compactMap({ lowered.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
            let end = InstructionVerbs.annexMarkers.compactMap({ lowered.range(of: $0, range: start.upperBound..<lowered.endIndex) }).first
        else { return [] }
        let phrase = TargetPhrase(String(lowered[start.upperBound..<end.upperBound]))
        return phrase.references.filter { $0.kind == .annex }.flatMap(\.numbers)
    }

    /// The heading in `text` when it opens with the marker of `unit` itself ("3-тарау. …" for chapter 3).
    static func heading(_ text: String, of unit: ClauseID.Step) -> String? {
        let marker = UnitMarker.classify(text)
        switch (unit.kind, marker) {
        case (.chapter, .chapter(let number, let rest)?), (.article, .article(let number, let rest)?),
            (.section, .section(let number, let rest)?), (.subsection, .subsection(let number, let rest)?):
            return number == unit.number ? String(rest) : nil
        default:
            return nil
        }
    }

    /// Word changes: `X-те «A» деген сөздер «B» деген сөздермен ауыстырылсын`, "тиісінше" paired lists,
    /// insertions after or before an anchor ("«A» деген сөздерден кейін «B» деген сөздермен толықтырылсын"),
    /// appended words ("3-бағаны «B» деген сөздермен толықтырылсын") and deleted words.
    mutating func wordPatch(_ operation: PatchOperation, line: Abzac, abzac: Abzac) {
        let text = line.text
        let lowered = text.lowercasedByBytes()
        let quotes = Self.quotedStrings(text)
        // Each quote's role from the words after it: "деген сөздермен" new, "деген сөзден кейін" anchor,
        // "деген жолда" a unit named by its text, otherwise old words.
        var old: [String] = []
        var new: [String] = []
        var anchors: [String] = []
        var firstWordQuote: String.Index?
        let pairedAt = lowered.range(of: "тиісінше").map { text.index(text.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: $0.lowerBound)) }
        for (offset, quote) in quotes.enumerated() {
            let afterEnd = offset + 1 < quotes.count ? quotes[offset + 1].range.lowerBound : text.endIndex
            let after = text[quote.range.upperBound..<afterEnd].lowercasedByBytes().trimmingCharacters(in: .whitespaces)
            let nounWord = after.hasPrefix("деген ") ? after.dropFirst(6).prefix { $0 != " " && $0 != "," && $0 != ";" && $0 != "." } : ""
            if !nounWord.isEmpty, UnitWords.read(nounWord) != nil { continue }  // "«…» деген жолдағы": the unit, not words
            // A quote followed by other words names a unit ("03 «…» функционалдық тобында"): not words either.
            let continuesList = after.isEmpty || after.hasPrefix(",") || after.hasPrefix("және") || after.hasPrefix("мен ") || after.hasPrefix(";") || after.hasPrefix(".")
                || after.hasPrefix("тиісінше")
            if !after.hasPrefix("деген") && !continuesList { continue }
            if firstWordQuote == nil { firstWordQuote = quote.range.lowerBound }
            let instrumental = nounWord.hasSuffix("мен") || nounWord.hasSuffix("пен") || nounWord.hasSuffix("бен")
            let ablative = after.containsBytes(of: "кейін") || after.containsBytes(of: "алдынан") || after.containsBytes(of: "алдына")
            if let pairedAt {
                if quote.range.lowerBound > pairedAt { new.append(quote.text) } else { old.append(quote.text) }
            } else if instrumental || (after.isEmpty && operation != .deleteWords && !old.isEmpty) {
                new.append(quote.text)
            } else if ablative && !(nounWord.hasSuffix("мен")) {
                anchors.append(quote.text)
            } else if nounWord.isEmpty && !after.hasPrefix(",") && operation != .deleteWords && !old.isEmpty {
                new.append(quote.text)
            } else {
                old.append(quote.text)
            }
        }
        let phraseEnd = firstWordQuote ?? text.endIndex
        let phrase = TargetPhrase(String(text[..<phraseEnd]))
        let isGlobal = lowered.contains("бүкіл мәтін бойынша") || lowered.contains("бүкіл мәтіні бойынша")
        var targets = phrase.targets(base: scopeBase, insert: false)
        if targets.isEmpty { targets = [ClauseID(scopeBase)] }
        var changes: [WordChange] = []
        switch operation {
        case .deleteWords:
            changes = old.map { WordChange(old: $0, new: "", position: .replace, isGlobal: isGlobal) }
        case .insertWords:
            let position: WordChange.Position = lowered.contains("алдынан") || lowered.contains("алдына") ? .before : .after
            let words = new.isEmpty ? old : new
            if anchors.isEmpty {
                changes = words.map { WordChange(old: "", new: $0, position: .after, isGlobal: isGlobal) }
            } else {
                for (offset, anchor) in anchors.enumerated() {
                    let words = offset < words.count ? words[offset] : words.last ?? ""
                    changes.append(WordChange(old: anchor, new: words, position: position, isGlobal: isGlobal))
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
            let expected = operation == .replaceWords ? "two quoted strings (old and new)" : operation == .deleteWords ? "the quoted words to delete" : "the quoted new words"
            unparsed(abzac, "a word change needs \(expected); found \(quotes.count), \(old.count) old and \(new.count) new")
            return
        }
        for target in targets {
            for change in changes {
                var patch = Patch(
                    sequence: takeSequence(), operation: operation, target: target, words: change, instruction: abzac.text,
                    span: abzac.span, abzacs: abzac.ordinal...abzac.ordinal, effective: placeholderDate)
                patch.amends = currentAct
                patch.amendsID = currentActID
                patch.column = phrase.column ?? scopeColumn
                patch.part = phrase.part
                reading.patches.append(patch)
            }
        }
    }

    /// The quoted strings of a sentence, «…» or "…", in order.
    ///
    /// A « closes at its matching » (nested pairs counted); a « that never closes takes the next », and the
    /// other quotes their next closing mark. Matching pairs are found in one pass and a search for a closing
    /// mark that failed is not repeated, so a sentence full of unclosed quotes stays linear.
    /// - Complexity: O(n) in the length of `text`.
    static func quotedStrings(_ text: String) -> [(text: String, range: Range<String.Index>)] {
        var out: [(String, Range<String.Index>)] = []
        let guillemetEnds = matchingGuillemets(text)
        // The first position from which a search for each closing mark found nothing: later searches fail too.
        var failedFrom: [Character: String.Index] = [:]
        func next(_ close: Character, after i: String.Index) -> String.Index? {
            let start = text.index(after: i)
            if let failed = failedFrom[close], failed <= start { return nil }
            guard let end = text[start...].firstIndex(of: close) else {
                failedFrom[close] = start
                return nil
            }
            return end
        }
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            let close: Character? = c == "«" ? "»" : c == "\"" ? "\"" : c == "“" ? "”" : c == "„" ? "“" : nil
            if c == "«", let end = guillemetEnds[i] {
                out.append((String(text[text.index(after: i)..<end]), i..<text.index(after: end)))
                i = text.index(after: end)
            } else if let close, let end = next(close, after: i) {
                out.append((String(text[text.index(after: i)..<end]), i..<text.index(after: end)))
                i = text.index(after: end)
            } else {
                i = text.index(after: i)
            }
        }
        return out
    }

    /// The » that closes each « of `text` that closes, counting nested «…» pairs (one pass, a stack of
    /// open «): the same » as a scan from the « that stops where the count of « and » evens out.
    /// - Complexity: O(n) in the length of `text`.
    static func matchingGuillemets(_ text: String) -> [String.Index: String.Index] {
        var ends: [String.Index: String.Index] = [:]
        var open: [String.Index] = []
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == "«" { open.append(i) } else if c == "»", let start = open.popLast() { ends[start] = i }
            i = text.index(after: i)
        }
        return ends
    }

    /// The » that closes the « at `start`, counting nested «…» pairs (a scan from `start`; the reference
    /// ``matchingGuillemets(_:)`` is tested against).
    /// - Complexity: O(n) from `start`.
    static func matchingGuillemet(_ text: String, from start: String.Index) -> String.Index? {
        var depth = 0
        var i = start
        while i < text.endIndex {
            if text[i] == "«" { depth += 1 } else if text[i] == "»" {
                depth -= 1
                if depth == 0 { return i }
            }
            i = text.index(after: i)
        }
        return nil
    }

    var placeholderDate: EffectiveDate? { nil }
}
