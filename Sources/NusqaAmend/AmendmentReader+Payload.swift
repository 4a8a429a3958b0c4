import NusqaCore
import NusqaLanguage
import NusqaText
import NusqaParse

extension AmendmentReader {
    /// Turns an instruction and its quoted blocks into patches, one per target.
    mutating func finish(_ pending: Pending) {
        let instruction = pending.instruction
        let lastAbzac = pending.quotes.last?.last ?? instruction
        let span = instruction.span.union(lastAbzac.span)
        let range = instruction.ordinal...lastAbzac.ordinal
        switch pending.operation {
        case .delete, .repeal:
            for target in pending.targets { appendPatch(pending, target, nil, span: span, range: range) }
            return
        case .replaceFromAnnex:
            let annexes = act.body.children.filter { $0.kind == .annex }
            guard let annex = annexes.first, let target = pending.targets.first else {
                unparsed(instruction, "the instruction refers to the order's annex, but the order has no annex")
                return
            }
            var payload = annex
            payload.number = target.last?.number
            payload.text = annex.text.split(separator: "\n").last.map(String.init) ?? ""
            appendPatch(pending, target, payload, span: span, range: range)
            return
        default:
            break
        }
        guard !pending.quotes.isEmpty else {
            unparsed(instruction, "the instruction ends with ':' but no quoted payload follows")
            return
        }
        let kind = pending.targets.first?.last?.kind ?? .item
        if kind == .abzac || kind == .preamble {
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
        for target in pending.targets where bound[target] == nil {
            // A block without its number (002's new item 1): bind it to the first unbound target.
            guard let index = clauses.firstIndex(where: { $0.kind == .abzac || $0.kind == target.last?.kind }) else { continue }
            var clause = clauses.remove(at: index)
            if clause.kind == .abzac {
                clause = Clause(target.last?.kind ?? .item, number: target.last?.number, text: clause.text)
                reading.diagnostics.append(
                    Diagnostic(
                        .warning, "payload-number-missing",
                        "the quoted text for \(target) lacks its number; bound to \(target.last?.number?.description ?? "?") by position",
                        at: pending.quotes.first?.first?.span.start))
            }
            bound[target] = clause
        }
        for target in pending.targets {
            guard let payload = bound[target] else {
                reading.diagnostics.append(
                    Diagnostic(.error, "payload-missing", "no quoted payload for \(target)", at: instruction.span.start))
                unparsed(instruction, "fewer payload blocks than targets: \(target) has none")
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
    private mutating func appendPatch(_ pending: Pending, _ target: ClauseID, _ payload: Clause?, span: SourceSpan, range: ClosedRange<Int>) -> Int {
        let sequence = takeSequence()
        reading.patches.append(
            Patch(
                sequence: sequence, operation: pending.operation, target: target, payload: payload,
                instruction: pending.instruction.text, span: span, abzacs: range, effective: placeholderDate))
        return sequence
    }

    /// Abzac, part and preamble payloads: one quoted block per target, as plain text.
    private mutating func bindTextPayloads(_ pending: Pending, span: SourceSpan, range: ClosedRange<Int>) {
        for (offset, target) in pending.targets.enumerated() {
            guard offset < pending.quotes.count else {
                reading.diagnostics.append(Diagnostic(.error, "payload-missing", "no quoted payload for \(target)", at: pending.instruction.span.start))
                unparsed(pending.instruction, "fewer payload blocks than targets: \(target) has none")
                continue
            }
            let quote = pending.quotes[offset]
            let (texts, trailing) = QuotedText.strip(quote.map(\.text))
            if let trailing, let last = quote.last {
                reading.diagnostics.append(
                    Diagnostic(.warning, "text-after-quote", "text after the closing quote kept out of the payload: '\(trailing)'", at: last.span.start))
            }
            var text = texts.joined(separator: "\n")
            let kind = target.last?.kind ?? .abzac
            if kind == .abzac, target.last?.number == UnitNumber(1), let parentNumber = target.parent?.last?.number,
                case .item(let number, _, let rest, _)? = UnitMarker.classify(text), number == parentNumber
            {
                text = String(rest)  // "20. Қор …" as the first abzac of item 20: the number is not new text
            }
            appendPatch(pending, target, Clause(kind, number: target.last?.number, text: text), span: span, range: range)
        }
        if pending.quotes.count > pending.targets.count {
            reading.diagnostics.append(
                Diagnostic(.warning, "payload-unbound", "\(pending.quotes.count - pending.targets.count) quoted block(s) match no target", at: pending.instruction.span.start))
        }
    }

    /// Word changes: `X-те "A" деген сөздер "B" деген сөздермен ауыстырылсын`, insertions after/before.
    mutating func wordPatch(_ operation: PatchOperation, abzac: Abzac) {
        let text = abzac.text
        let quotes = Self.quotedStrings(text)
        // "«A» деген сөздер алып тасталсын": a deletion of words is a replacement by nothing.
        let deletesWords = operation == .replaceWords && text.lowercased().contains("алып тасталсын")
        guard quotes.count >= (deletesWords ? 1 : 2), let firstQuote = quotes.first else {
            unparsed(abzac, "a word change needs two quoted strings (old and new); found \(quotes.count)")
            return
        }
        let lowered = text.lowercased()
        let isGlobal = lowered.contains("бүкіл мәтін бойынша") || lowered.contains("бүкіл мәтіні бойынша")
        let position: WordChange.Position =
            operation == .replaceWords ? .replace : (lowered.contains("алдынан") || lowered.contains("алдына") ? .before : .after)
        let phrase = TargetPhrase(String(text[..<firstQuote.range.lowerBound]))
        dropContainer(ifNamedBy: phrase)
        var target = scopeBase
        for reference in phrase.references {
            target = target.appending(ClauseID.Step(reference.kind, reference.numbers.first ?? UnitNumber(1)))
        }
        let targets: [ClauseID]
        if let deepest = phrase.references.last, deepest.numbers.count > 1 {
            let parent = target.parent ?? .root
            targets = deepest.numbers.map { parent.appending(ClauseID.Step(deepest.kind, $0)) }
        } else {
            targets = [target]
        }
        let change = WordChange(old: quotes[0].text, new: deletesWords ? "" : quotes[1].text, position: position, isGlobal: isGlobal)
        for target in targets {
            reading.patches.append(
                Patch(
                    sequence: takeSequence(), operation: operation, target: target, words: change, instruction: text,
                    span: abzac.span, abzacs: abzac.ordinal...abzac.ordinal, effective: placeholderDate))
        }
    }

    /// The quoted strings of a sentence, «…» or "…", in order.
    static func quotedStrings(_ text: String) -> [(text: String, range: Range<String.Index>)] {
        var out: [(String, Range<String.Index>)] = []
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            let close: Character? = c == "«" ? "»" : c == "\"" ? "\"" : c == "“" ? "”" : nil
            if let close, let end = text[text.index(after: i)...].firstIndex(of: close) {
                out.append((String(text[text.index(after: i)..<end]), i..<text.index(after: end)))
                i = text.index(after: end)
            } else {
                i = text.index(after: i)
            }
        }
        return out
    }

    var placeholderDate: EffectiveDate? { nil }
}
