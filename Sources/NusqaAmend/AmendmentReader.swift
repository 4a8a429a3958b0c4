import NusqaCore
import NusqaLanguage
import NusqaParse

/// Reads the amendment instructions of an amending order into typed patches (өзгерістерді оқу).
///
/// Walks the abzacs of the amending item in order. Scope lines ("… Қағидаларында:", "34-тармақта:",
/// "Қағидаларға 2-қосымша:") set where the following instructions apply; an instruction sentence names
/// its targets and verb; quoted blocks after it are its payloads, one per target, bound in order.
/// Anything instruction-like that is not understood becomes an ``UnparsedInstruction``.
public struct AmendmentReader {
    /// One abzac of the amending item: its ordinal (the lead sentence is 1), text and span.
    struct Abzac {
        var ordinal: Int
        var text: String
        var span: SourceSpan
    }

    /// An instruction waiting for its payloads.
    struct Pending {
        var operation: PatchOperation
        var targets: [ClauseID]
        var instruction: Abzac
        var quotes: [[Abzac]] = []
    }

    let act: Act
    let metadata: ActMetadata?
    let resolveTarget: (Citation) -> String?
    /// The documents a corpus act approves, from its sidecar, to place scope lines.
    let documentsOf: (String) -> [ActMetadata.Document]
    var reading = AmendmentReading()
    /// Source spans of payload clauses by patch sequence, to map abzac exceptions onto payload parts.
    var payloadSpans: [Int: [ClauseID: SourceSpan]] = [:]
    private var nextSequence = 1
    /// The approved document instructions apply to (nil: the order itself).
    private var document: ClauseID?
    /// A container inside it ("34-тармақта:").
    private var container: ClauseID?

    /// Creates a reader for an amending act.
    /// - Parameters:
    ///   - act: the parsed amending order.
    ///   - metadata: its sidecar, for the publication and registration dates.
    ///   - resolveTarget: maps the cited target act to a corpus id.
    ///   - documentsOf: the documents a corpus act approves (its sidecar's `documents`), so that a scope
    ///     line such as "… тізбесінде:" reaches the right annex.
    public init(
        act: Act, metadata: ActMetadata?, resolveTarget: @escaping (Citation) -> String? = { _ in nil },
        documentsOf: @escaping (String) -> [ActMetadata.Document] = { _ in [] }
    ) {
        self.documentsOf = documentsOf
        self.act = act
        self.metadata = metadata
        self.resolveTarget = resolveTarget
    }

    /// Reads every instruction of `act`.
    /// - Complexity: O(n) in the size of the amending item, plus its payloads.
    public static func read(
        _ act: Act, metadata: ActMetadata?, resolveTarget: @escaping (Citation) -> String? = { _ in nil },
        documentsOf: @escaping (String) -> [ActMetadata.Document] = { _ in [] }
    ) -> AmendmentReading {
        var reader = AmendmentReader(act: act, metadata: metadata, resolveTarget: resolveTarget, documentsOf: documentsOf)
        reader.run()
        return reader.reading
    }

    private mutating func run() {
        guard act.kind == .amendingOrder,
            let itemIndex = act.body.children.firstIndex(where: { $0.kind == .item && AmendingLead.isAmending($0.text) })
        else {
            reading.entryIntoForce = findEntryIntoForce()
            return
        }
        let item = act.body.children[itemIndex]
        let itemID = ClauseID.root.appending(item.idStep)
        let itemSpan = act.spans[itemID] ?? SourceSpan(lines: 1, 1)
        var abzacs = [Abzac(ordinal: 1, text: item.text, span: SourceSpan(start: itemSpan.start, end: itemSpan.start))]
        for child in item.children {
            let id = itemID.appending(child.idStep)
            abzacs.append(Abzac(ordinal: abzacs.count + 1, text: child.text, span: act.spans[id] ?? itemSpan))
        }
        if let citation = CitationScanner.citations(in: item.text).first {
            reading.targetCitation = citation
            reading.targetID = resolveTarget(citation)
        } else {
            reading.diagnostics.append(
                Diagnostic(.warning, "target-not-cited", "item 1 does not cite the act it amends", at: itemSpan.start))
        }
        reading.entryIntoForce = findEntryIntoForce()
        if AmendingLead.isRepealing(item.text), !item.text.hasSuffix(":") {
            // "… № 10 бұйрығының (…) күші жойылды деп танылсын.": the lead itself repeals the whole act.
            reading.instructionCount += 1
            finish(Pending(operation: .repeal, targets: [.root], instruction: abzacs[0]))
        }
        readInstructions(abzacs.dropFirst())
        applyEntryIntoForce(itemNumber: item.number ?? UnitNumber(1), abzacs: abzacs)
    }

    // MARK: Instructions

    private mutating func readInstructions(_ abzacs: ArraySlice<Abzac>) {
        var pending: Pending?
        var quoteDepth = 0
        var straightOpen = false
        var currentQuote: [Abzac] = []
        for abzac in abzacs {
            let text = abzac.text
            if quoteDepth > 0 || straightOpen, !QuotedText.opens(text), text.count < 300, text.hasSuffix(":") || text.hasSuffix("."),
                InstructionVerb.find(in: text) != nil, let first = currentQuote.first
            {
                // The source forgot to close the quote (001 after item 4): close it before the next instruction.
                reading.diagnostics.append(
                    Diagnostic(
                        .warning, "unclosed-quote",
                        "the quoted payload opened here is not closed before the next instruction (line \(abzac.span.start.line)); closed there",
                        at: first.span.start))
                pending?.quotes.append(currentQuote)
                currentQuote = []
                quoteDepth = 0
                straightOpen = false
            }
            let wordInstruction = quoteDepth == 0 && !straightOpen && QuotedText.opens(text) && (pending.map { !$0.quotes.isEmpty } ?? true)
                && Self.isQuoteFirstWordInstruction(text)
            if !wordInstruction, quoteDepth > 0 || straightOpen || QuotedText.opens(text) {
                currentQuote.append(abzac)
                quoteDepth = QuotedText.depth(after: text, from: quoteDepth, straightOpen: &straightOpen)
                if quoteDepth == 0 && !straightOpen {
                    if pending != nil {
                        pending?.quotes.append(currentQuote)
                    } else {
                        unparsed(abzac, "a quoted block with no instruction before it")
                    }
                    currentQuote = []
                }
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
            if let open = pending { finish(open); pending = nil }
            if let verb = InstructionVerb.find(in: text) {
                reading.instructionCount += 1
                pending = start(verb.operation, phraseEnd: verb.phraseStart, abzac: abzac)
                if let open = pending, !text.hasSuffix(":") {
                    finish(open)
                    pending = nil
                }
            } else if text.hasSuffix(":"), readScope(text) {
                continue
            } else {
                unparsed(
                    abzac,
                    InstructionVerb.looksLikeInstruction(text)
                        ? "an instruction verb was not recognised in this sentence"
                        : "not an instruction, a scope line or a quoted payload")
            }
        }
        if !currentQuote.isEmpty, let first = currentQuote.first {
            reading.diagnostics.append(
                Diagnostic(.error, "unterminated-quote", "a quoted payload opens here and never closes", at: first.span.start))
            pending?.quotes.append(currentQuote)
        }
        if let open = pending { finish(open) }
    }

    /// Reads a scope line; false when `text` is not one.
    private mutating func readScope(_ text: String) -> Bool {
        let lowered = text.lowercased()
        let phrase = TargetPhrase(text)
        let documentWords = ["қағидаларында", "қағидаларда", "тізбесінде", "өлшемшарттарында", "тізбеде", "әдістемесінде", "ережесінде"]
        if documentWords.contains(where: { lowered.contains($0) }) {
            document = documentID(for: text)
            container = nil
            return true
        }
        if let reference = phrase.references.first, reference.isLocative || lowered.hasSuffix("қосымша:") || reference.kind == .annex {
            var base = document ?? .root
            for reference in phrase.references {
                base = base.appending(ClauseID.Step(reference.kind, reference.numbers.first ?? UnitNumber(1)))
            }
            container = base
            return true
        }
        return false
    }

    /// The annex of the target act that a scope line names, from the target's metadata when it lists
    /// its approved documents; the first annex otherwise.
    private func documentID(for text: String) -> ClauseID {
        let first = ClauseID.root.appending(ClauseID.Step(.annex, UnitNumber(1)))
        guard let target = reading.targetID else { return first }
        let documents = documentsOf(target)
        let lowered = text.lowercased()
        // The kind word of the scope line names the document: Rules, a list, criteria.
        let kinds: [(word: String, kind: String)] = [("қағида", "rules"), ("тізбе", "list"), ("өлшемшарт", "criteria")]
        guard let named = kinds.first(where: { lowered.containsBytes(of: $0.word) })?.kind,
            let document = documents.first(where: { $0.kind == named }), let number = UnitNumber(document.annex)
        else { return first }
        return ClauseID.root.appending(ClauseID.Step(.annex, number))
    }

    private mutating func start(_ operation: PatchOperation, phraseEnd: String.Index, abzac: Abzac) -> Pending? {
        let text = abzac.text
        let phraseText = String(text[..<phraseEnd])
        if operation == .replaceWords || operation == .insertWords {
            wordPatch(operation, abzac: abzac)
            return nil
        }
        let phrase = TargetPhrase(phraseText)
        if let unit = phrase.unsupportedUnits.first {
            unparsed(abzac, "the target names a unit the reader cannot address: '\(unit)'")
            return nil
        }
        dropContainer(ifNamedBy: phrase)
        var base = container ?? document ?? .root
        if phrase.isPreamble {
            return Pending(operation: operation, targets: [ClauseID.root.appending(ClauseID.Step(.preamble))], instruction: abzac)
        }
        if phraseText.lowercased().containsBytes(of: "бұйрыққа") && phraseText.lowercased().containsBytes(of: "көрсетілген бұйрық") {
            base = .root  // "көрсетілген бұйрыққа 2-қосымшамен бекітілген …": the order itself
        }
        var references = phrase.references
        if operation == .insert || operation == .insertRows {
            // Instrumental units are the new ones; the rest are containers.
            let new = references.filter(\.isInstrumental)
            var containers = references.filter { !$0.isInstrumental }
            if let kind = new.first?.kind, kind != .abzac {
                // "20-тармақтың екінші абзацы мынадай 3) тармақшамен": the abzac only locates the new
                // sub-item, which is a child of the item.
                containers.removeAll { $0.kind == .abzac }
            }
            if !new.isEmpty {
                for reference in containers { base = base.appending(ClauseID.Step(reference.kind, reference.numbers.first ?? UnitNumber(1))) }
                references = new
            }
        }
        guard let deepest = references.last else {
            if operation == .repeal && phraseText.lowercased().containsBytes(of: "бұйрық") {
                return Pending(operation: .repeal, targets: [.root], instruction: abzac)
            }
            unparsed(abzac, "no target unit found before the verb (recognition stopped at '\(phraseText.suffix(40))')")
            return nil
        }
        for reference in references.dropLast() {
            base = base.appending(ClauseID.Step(reference.kind, reference.numbers.first ?? UnitNumber(1)))
        }
        let numbers = deepest.numbers.isEmpty ? [UnitNumber(1)] : deepest.numbers
        let targets = numbers.map { base.appending(ClauseID.Step(deepest.kind, $0)) }
        return Pending(operation: operation, targets: targets, instruction: abzac)
    }

    /// Whether `text` is a word change that opens with its first quoted string ("«A» деген сөздер «B»
    /// деген сөздермен ауыстырылсын;"): the verb stands after the last closing quote, not inside it.
    static func isQuoteFirstWordInstruction(_ text: String) -> Bool {
        guard let verb = InstructionVerb.find(in: text), verb.operation == .replaceWords || verb.operation == .insertWords else { return false }
        let quotes = quotedStrings(text)
        guard let last = quotes.last else { return false }
        let after = text[last.range.upperBound...].lowercased()
        return after.containsBytes(of: "деген сөз") && ["ауыстырылсын", "толықтырылсын", "алып тасталсын"].contains { after.contains($0) }
    }

    /// Whether an unquoted abzac starts with the number of one of the instruction's targets.
    static func continuesPayload(_ text: String, of pending: Pending) -> Bool {
        guard case .item(let number, _, _, _)? = UnitMarker.classify(text, loose: true) else { return false }
        return pending.targets.dropFirst().contains { $0.last?.kind == .item && $0.last?.number == number }
    }

    /// A container scope ("34-тармақта:") ends when an instruction names a unit of the same level again.
    mutating func dropContainer(ifNamedBy phrase: TargetPhrase) {
        guard let kind = container?.last?.kind else { return }
        if phrase.references.contains(where: { $0.kind.nestingRank <= kind.nestingRank }) { container = nil }
    }

    mutating func unparsed(_ abzac: Abzac, _ reason: String) {
        reading.unparsed.append(UnparsedInstruction(text: abzac.text, span: abzac.span, reason: reason, abzac: abzac.ordinal))
    }

    mutating func takeSequence() -> Int {
        defer { nextSequence += 1 }
        return nextSequence
    }

    var scopeBase: ClauseID { container ?? document ?? .root }
}
