import Foundation
import NusqaCore
import NusqaLanguage
import NusqaParse
/// Reads the amendment instructions of an amending act into typed patches (өзгерістерді оқу).
///
/// One entry point for every input: a whole amending order, a Government resolution or law with its
/// annex of changes, or a bare fragment (scope lines and instructions). Orders that the structure
/// parser reads as such are read item by item; anything else is read line by line in the caller's own
/// lines. Scope lines ("… Қағидаларында:", "34-тармақта:", "«…» деген бөлімде:") nest as the text nests
/// them; an instruction sentence names its targets and verb (`InstructionVerbs`); quoted blocks after
/// it are its payloads. A sentence that names an act ("1) … қаулысына мынадай өзгерістер енгізілсін:",
/// "… қаулысында:") binds the changes that follow to that act. Whatever is not turned into a patch is
/// an ``UnparsedInstruction`` or, when it is no instruction at all, a ``ClassifiedText``.
public struct AmendmentReader {
    /// One abzac of the amending text: its ordinal (the lead sentence is 1), text and span.
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
        var column: Int?
        var part: UnitPart?
        var anchor: String?
        var period: String?
        var expectsPayload = false
        var unquotedPayload = false
        /// Under a scope naming several containers (қамтитын бірліктер: "5 және 6-тармақтарда:"): how many targets
        /// each container holds (its targets are those of the first container, then those of the next, …), so that
        /// one set of quoted blocks (тырнақшадағы мәтін) serves each.
        var perContainer: Int?
    }

    /// What a list lead opened.
    enum ListMode {
        case none
        /// "Мыналардың күші жойылды деп танылсын:": each entry is an act (or a unit of one) repealed.
        case repealActs
        /// "Мыналар:": entries wait for the verb that ends the list.
        case pendingVerb([Abzac])
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
    /// The act the following instructions amend.
    var currentAct: Citation?
    var currentActID: String?
    /// The approved document instructions apply to (empty: the act itself).
    var document: [ClauseID.Step] = []
    /// Containers inside it ("34-тармақта:", "«…» деген бөлімде:").
    var containers: [ClauseID.Step] = []
    /// Every container chain a scope line named when it named several ("5 және 6-тармақтарда:"); it holds
    /// only while `containers` is its first chain.
    var severalContainers: [[ClauseID.Step]]?
    var scopeColumn: Int?
    /// A quoted block read before an instruction that addresses a unit by it ("мына: «…» деген жол …").
    var heldQuote: [Abzac]?
    var listMode = ListMode.none
    /// The last "Мыналардың күші жойылды деп танылсын:" lead and the patch count when it was read: a lead
    /// that no repealed act follows is reported at the end.
    var repealListLead: (abzac: Abzac, patches: Int)?
    /// Whether the open list's entries are sub-items ("2. Мыналардың …: 1) …") rather than items (an annex list).
    var listEntriesAreSubItems = true
    /// The ordinal of the last abzac read: only there can a sentence be cut by the end of the text.
    var lastOrdinal = 0
    /// Whether a signature was read and no item since: what follows is the signatory and annex headers.
    var afterSignature = false
    /// Whether the text is read as Russian (`AmendmentReader+Russian.swift`); Kazakh otherwise.
    var isRussian = false

    /// Creates a reader for an amending act.
    /// - Parameters:
    ///   - act: the parsed amending act or fragment.
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

    /// Reads every instruction of `act`: a whole amending act, or a bare fragment decided from the text.
    /// - Complexity: O(n) in the size of the text, plus its payloads.
    public static func read(
        _ act: Act, metadata: ActMetadata?, resolveTarget: @escaping (Citation) -> String? = { _ in nil },
        documentsOf: @escaping (String) -> [ActMetadata.Document] = { _ in [] }
    ) -> AmendmentReading {
        var reader = AmendmentReader(act: act, metadata: metadata, resolveTarget: resolveTarget, documentsOf: documentsOf)
        reader.run()
        for index in reader.reading.patches.indices {
            reader.reading.patches[index].payloadSpans = reader.payloadSpans[reader.reading.patches[index].sequence] ?? [:]
        }
        return reader.reading
    }

    private mutating func run() {
        if act.kind == .amendingOrder, act.source.map({ $0.lines.contains { $0.containsBytes(of: "БҰЙЫРАМЫН") } }) ?? true,
            act.body.children.contains(where: { $0.kind == .item && AmendingLeads.isAmendingLead($0.text) })
        {
            readOrderItems()
        } else {
            readLines()
        }
    }

    // MARK: Orders, item by item

    private mutating func readOrderItems() {
        reading.entryIntoForce = findEntryIntoForce()
        var first: (number: UnitNumber, abzacs: [Abzac])?
        for item in act.body.children where item.kind == .item && AmendingLeads.isAmendingLead(item.text) {
            let itemID = ClauseID.root.appending(item.idStep)
            let itemSpan = act.spans[itemID] ?? SourceSpan(lines: 1, 1)
            var abzacs = [Abzac(ordinal: 1, text: item.text, span: SourceSpan(start: itemSpan.start, end: itemSpan.start))]
            for child in item.children {
                let id = itemID.appending(child.idStep)
                abzacs.append(Abzac(ordinal: abzacs.count + 1, text: child.text, span: act.spans[id] ?? itemSpan))
            }
            document = []
            setContainers([[]])
            listMode = .none
            if let citation = CitationScanner.citations(in: item.text).first {
                bind(citation)
            } else if first == nil {
                reading.diagnostics.append(
                    Diagnostic(.warning, "target-not-cited", "item \(item.number?.description ?? "1") does not cite the act it amends", at: itemSpan.start))
            }
            if first == nil { first = (item.number ?? UnitNumber(1), abzacs) }
            if AmendingLeads.isRepealingLead(item.text), !item.text.hasSuffix(":") {
                // "… № 10 бұйрығының (…) күші жойылды деп танылсын.": the lead itself repeals the whole act.
                reading.instructionCount += 1
                finish(Pending(operation: .repeal, targets: [.root], instruction: abzacs[0]))
            }
            readInstructions(abzacs.dropFirst())
        }
        if let first { applyEntryIntoForce(itemNumber: first.number, abzacs: first.abzacs) }
    }

    // MARK: Everything else, line by line

    /// Reads the text line by line: a whole act from its operative part on, or a bare fragment from its first line.
    private mutating func readLines() {
        guard let source = act.source else { return }
        var lines: [(Int, String)] = []
        for (offset, line) in source.lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { lines.append((offset + 1, trimmed)) }
        }
        // The enacting formula opens the operative part only outside quotes: a quoted preamble payload
        // ("кіріспе мынадай редакцияда жазылсын:" + "«… Үкіметі ҚАУЛЫ ЕТЕДІ:»") does not make a fragment a document.
        var quoteDepth = 0
        var straightOpen = false
        var markerIndex: Int?
        // A law's first article opens its operative part only outside quotes too: a quoted chapter payload
        // ("«1-тарау. Жалпы ережелер" / "1-бап. …") does not make a fragment a law.
        var articleIndex: Int?
        for (index, line) in lines.enumerated() {
            let (depthBefore, straightBefore) = (quoteDepth, straightOpen)
            quoteDepth = QuotedText.depth(after: line.1, from: quoteDepth, straightOpen: &straightOpen)
            guard depthBefore == 0 && !straightBefore else { continue }
            if articleIndex == nil, line.1.hasPrefix("1-бап.") || line.1.hasPrefix("1-бап ") { articleIndex = index }
            // The formula as printed (upper case) anywhere, or in any case closing the line ("… Қаулы етеді:").
            let text = line.1
            let before: Substring
            if let marker = AmendingLeads.operativeMarkers.lazy.compactMap({ text.range(of: $0) }).first {
                before = text[..<marker.lowerBound]
            } else if text.hasSuffix(":"), let marker = AmendingLeads.operativeMarkers.first(where: { text.uppercased().hasSuffix($0 + ":") }) {
                before = text.dropLast(marker.count + 1)
            } else {
                continue
            }
            // The formula itself must stand outside quotes ("«… туралы» Заңына сәйкес … ҚАУЛЫ ЕТЕДІ:" opens
            // the operative part; "«… Үкіметі ҚАУЛЫ ЕТЕДІ:»;" is a payload).
            var straight = false
            if QuotedText.depth(after: String(before), from: 0, straightOpen: &straight) == 0 && !straight {
                markerIndex = index
                break
            }
        }
        let start: Int
        if let markerIndex {
            start = markerIndex + 1
            reading.isFragment = false
        } else if let articleIndex, articleIndex > 0 {
            start = articleIndex
            reading.isFragment = false
        } else {
            start = 0
            reading.isFragment = true
        }
        for (number, text) in lines[..<start] {
            reading.classified.append(ClassifiedText(text: text, span: Self.span(number, text, in: source), kind: .frontMatter))
        }
        var abzacs: [Abzac] = []
        for (number, text) in lines[start...] {
            abzacs.append(Abzac(ordinal: abzacs.count + 1, text: text, span: Self.span(number, text, in: source)))
        }
        if !reading.isFragment { reading.entryIntoForce = findEntryIntoForce() }
        // Text with no instruction and no act lead anywhere (a guide, a base order) amends nothing.
        let amends = abzacs.contains { Self.isAmendingLine($0.text) || Self.isRepealListEntry($0.text) }
            || abzacs.last.map { Self.completedCut($0.text) != nil } == true
        // Asked only of text that amends nothing in Kazakh: a Russian word or verb in any abzac.
        if !amends, abzacs.contains(where: { abzac in
            let lowered = abzac.text.lowercasedByBytes()
            return AmendingLeads.russianInstructionWords.contains { lowered.containsBytes(of: $0) } || RussianInstructionVerbs.find(in: abzac.text) != nil
        }) {
            // Russian amending text: read with the Russian grammar (AmendmentReader+Russian.swift).
            isRussian = true
            readInstructions(abzacs[...])
            if !reading.isFragment, !reading.patches.isEmpty, reading.entryIntoForce != nil {
                applyEntryIntoForce(itemNumber: UnitNumber(1), abzacs: abzacs)
            }
            return
        }
        guard amends else {
            if reading.isFragment { reading.classified += abzacs.map { ClassifiedText(text: $0.text, span: $0.span, kind: .operative) } }
            reading.isFragment = false
            return
        }
        readInstructions(abzacs[...])
        if !reading.isFragment, !reading.patches.isEmpty, reading.entryIntoForce != nil {
            applyEntryIntoForce(itemNumber: UnitNumber(1), abzacs: abzacs)
        }
    }

    /// Whether a line orders a change or opens the changes to an act.
    static func isAmendingLine(_ text: String) -> Bool {
        InstructionVerb.find(in: text) != nil || AmendingLeads.isAmendingLead(text)
            || (text.hasSuffix(":") && { let lowered = text.lowercasedByBytes(); return AmendingLeads.actLeadWords.contains { lowered.containsBytes(of: $0) } }())
    }

    /// "3. «…» … № 444 қаулысының 1-тармағының 2) тармақшасы.": an enumerated act named with no verb,
    /// as the entries of a list of repealed acts are written.
    static func isRepealListEntry(_ text: String) -> Bool {
        guard let (_, _, rest) = enumerator(text), rest.hasSuffix(".") || rest.hasSuffix(";") else { return false }
        let lowered = rest.lowercasedByBytes()
        guard ["қаулысы", "бұйрығы", "шешімі"].contains(where: { lowered.containsBytes(of: $0) }) else { return false }
        return CitationScanner.citations(in: rest).contains { $0.number != nil }
    }

    static func span(_ line: Int, _ text: String, in source: SourceText) -> SourceSpan {
        let raw = source.line(line) ?? text
        let indent = raw.prefix { $0 == " " || $0 == "\t" }.count
        return SourceSpan(start: SourceLocation(line: line, column: indent + 1), end: SourceLocation(line: line, column: indent + raw.count - indent))
    }

    /// Makes `citation` the act the following changes amend.
    mutating func bind(_ citation: Citation?) {
        currentAct = citation
        currentActID = citation.flatMap(resolveTarget)
        if let citation, reading.targetCitation == nil {
            reading.targetCitation = citation
            reading.targetID = currentActID
        }
    }

    mutating func unparsed(_ abzac: Abzac, _ reason: String) {
        reading.unparsed.append(UnparsedInstruction(text: abzac.text, span: abzac.span, reason: reason, abzac: abzac.ordinal))
    }

    mutating func classify(_ abzac: Abzac, _ kind: ClassifiedText.Kind) {
        reading.classified.append(ClassifiedText(text: abzac.text, span: abzac.span, kind: kind))
    }

    mutating func takeSequence() -> Int {
        defer { nextSequence += 1 }
        return nextSequence
    }

    var scopeBase: [ClauseID.Step] { document + containers }
}
