import Foundation
import NusqaCore
import NusqaLanguage
import NusqaText

/// Turns the blocks of an order into its clause tree (құрылым талдаушысы).
///
/// Front matter (title, registration header, publisher's note, preamble ending "БҰЙЫРАМЫН:"), the
/// order's own items, the signature, then annexes with their headers and approved documents. An
/// amending item (one that says "… енгізілсін:") keeps its abzacs flat, in source order, because its
/// quoted payloads are not the order's structure; the instruction reader parses them. Never throws.
package struct StructureParser {
    private var blocks: [Block]
    private var lines: [String]
    private var dialect: Dialect
    private(set) var index = 0
    private(set) var diagnostics: [Diagnostic] = []
    /// ``isSignature(_:)`` of each block, once asked (a block is asked up to three times).
    private var signatureCache: [Bool?] = []

    init(reading: BlockReading, dialect: Dialect) {
        self.blocks = reading.blocks
        self.lines = reading.lines
        self.dialect = dialect
    }

    /// A parser over a run of blocks of the same text (the content of an annex of changes).
    init(blocks: [Block], lines: [String], dialect: Dialect) {
        self.blocks = blocks
        self.lines = lines
        self.dialect = dialect
    }

    /// The document type read so far (from the enacting formula or the articles).
    private(set) var documentType: DocumentType = .unknown

    /// Parses the blocks into the document root and its kind.
    /// - Complexity: O(n) in the number of blocks.
    mutating func parse() -> (root: ClauseBuilder, kind: ActKind) {
        var root = ClauseBuilder(Clause(.document), span: nil)
        let formula = blocks.lazy.compactMap { EnactingFormula.type(in: $0.text) }.first
        // A law is a document when a title stands before its first heading; a bare "5-бап. …" is a fragment.
        let firstHeading = blocks.firstIndex { Self.isLawHeading($0.text) }
        let hasArticles = firstHeading.map { first in blocks[..<first].contains { !EditorialNoteText.isNote($0.text) } } ?? false
        let structured = formula != nil || hasArticles || (dialect != .plain && blocks.contains(where: isItemStart))
        guard structured else {
            for block in blocks {
                root.children.append(ClauseBuilder(Clause(.text, text: block.text), span: block.span))
            }
            return (root, .other)
        }
        documentType = formula ?? (hasArticles ? .law : .order)
        if formula == nil, hasArticles { return parseLaw(root) }
        root.children += parseFrontMatter()
        let items = parseOrderItems()
        root.children += items
        if let signature = parseSignature() { root.children.append(signature) }
        let annexes = parseAnnexes()
        root.children += annexes
        let isAmending = items.contains { AmendingLead.isAmending($0.clause.text) || Self.repealsActs($0.clause.text) }
            || annexes.contains { $0.clause.heading.map(Self.namesChanges) ?? false }
        return (root, isAmending ? .amendingOrder : .baseOrder)
    }

    /// Whether an annex title names changes to other acts: "… шешімдеріне енгізілетін өзгерістер".
    static func namesChanges(_ title: String) -> Bool {
        let folded = LatinIFold.fold(title).lowercasedByBytes()
        return folded.containsBytes(of: "енгізілетін өзгеріс") || folded.containsBytes(of: "енгізілетін толықтыру")
            || folded.containsBytes(of: "вносятся") || folded.containsBytes(of: "вносимые")
    }

    /// Whether an item repeals acts as a list: "Мыналардың күші жойылды деп танылсын:".
    static func repealsActs(_ text: String) -> Bool {
        let folded = LatinIFold.fold(text)
        return folded.containsBytes(of: "күші жойылды деп танылсын") || folded.containsBytes(of: "күшін жойды деп танылсын")
            || folded.containsBytes(of: "утратившими силу")
    }

    /// Whether a block is a heading of a law's structure: "12-бап. …", "1-бөлім", "1-параграф".
    static func isLawHeading(_ text: String) -> Bool {
        switch UnitMarker.classify(text) {
        case .article, .section, .subsection: true
        default: false
        }
    }

    // MARK: Laws and codes

    /// A law or code (заң, кодекс): title and front matter, then sections, chapters, paragraphs and
    /// articles down to the signature, then anything after it.
    private mutating func parseLaw(_ start: ClauseBuilder) -> (root: ClauseBuilder, kind: ActKind) {
        var root = start
        var preamble: [Block] = []
        var hasTitle = false
        while index < blocks.count {
            let block = blocks[index]
            if Self.isLawHeading(block.text) { break }
            if case .chapter = UnitMarker.classify(block.text) { break }
            index += 1
            if EditorialNoteText.isNote(block.text) {
                root.children.append(ClauseBuilder(Clause(.editorialNote, text: block.text), span: block.span))
            } else if !hasTitle {
                root.children.append(ClauseBuilder(Clause(.title, text: block.text), span: block.span))
                hasTitle = true
            } else {
                preamble.append(block)
            }
        }
        if !preamble.isEmpty { root.children.append(Self.joined(.preamble, preamble)) }
        let title = root.children.first { $0.clause.kind == .title }?.clause.text ?? ""
        let lowerTitle = LatinIFold.fold(title).lowercasedByBytes()
        if lowerTitle.containsBytes(of: "кодекс") && !lowerTitle.containsBytes(of: "кодексіне") && !lowerTitle.containsBytes(of: "кодекстеріне") {
            documentType = .code
        }
        var body: [Block] = []
        while index < blocks.count, !isSignatureBlock(index), !signatureStarts(at: index) {
            body.append(blocks[index])
            index += 1
        }
        var parser = BodyParser()
        let children = parser.parse(body)
        diagnostics += parser.diagnostics
        root.children += children
        if let signature = parseSignature() { root.children.append(signature) }
        root.children += parseAnnexes()
        let amending = lowerTitle.containsBytes(of: "өзгерістер") && lowerTitle.containsBytes(of: "енгізу туралы")
            || lowerTitle.containsBytes(of: "толықтырулар енгізу туралы") || body.contains { AmendingLead.isAmending($0.text) }
        return (root, amending ? .amendingOrder : .baseOrder)
    }

    /// Whether an instruction line introduces table rows ("мынадай 1504-8 жолдармен толықтырылсын:").
    static func introducesRows(_ text: String) -> Bool {
        text.containsBytes(of: "жолдармен") || text.containsBytes(of: "жолмен") || text.containsBytes(of: "жолдар ") || text.containsBytes(of: "жолы ")
    }

    /// ``AmendingLead/isAmending(_:)``, kept for callers not yet moved to the vocabulary.
    package static func isAmendingLead(_ text: String) -> Bool { AmendingLead.isAmending(text) }

    /// ``AmendingLead/isRepealing(_:)``, kept for callers not yet moved to the vocabulary.
    package static func isRepealingLead(_ text: String) -> Bool { AmendingLead.isRepealing(text) }

    private func isItemStart(_ block: Block) -> Bool {
        if case .item = UnitMarker.classify(block.text) { return true }
        return false
    }

    // MARK: Front matter

    /// Title (before the header in adilet exports, after it in signed PDFs; it ends "… туралы"),
    /// header sentence, publisher's notes, and the preamble up to the enacting formula ("БҰЙЫРАМЫН:",
    /// "ҚАУЛЫ ЕТЕДІ:", "ШЕШІМ ҚАБЫЛДАДЫ:"). A text whose first line is the formula has no preamble text
    /// apart from it; a title of one line is followed by the preamble.
    private mutating func parseFrontMatter() -> [ClauseBuilder] {
        var result: [ClauseBuilder] = []
        var titleParts: [Block] = []
        var preambleParts: [Block] = []
        var sawHeader = false
        var hasTitle = false
        func flushTitle() {
            guard !titleParts.isEmpty else { return }
            result.append(Self.joined(.title, titleParts))
            titleParts = []
            hasTitle = true
        }
        while index < blocks.count {
            let block = blocks[index]
            let text = block.text
            if isItemStart(block) { break }
            index += 1
            if HeaderSentence.looksLikeHeader(text) && !sawHeader {
                sawHeader = true
                flushTitle()
                result.append(ClauseBuilder(Clause(.header, text: text), span: block.span))
            } else if EditorialNoteText.isNote(text) && !text.hasPrefix("ЗҚАИ-ның ескертпесі") && !text.hasPrefix("РҚАО-ның ескертпесі") {
                result.append(ClauseBuilder(Clause(.editorialNote, text: text), span: block.span))
            } else if text.hasPrefix("ЗҚАИ-ның ескертпесі") || text.hasPrefix("РҚАО-ның ескертпесі") {
                var note = ClauseBuilder(Clause(.editorialNote, text: text), span: block.span)
                if index < blocks.count, blocks[index].text.hasPrefix("Осы бұйрықтың қолданысқа енгізілу") {
                    note.clause.text += "\n" + blocks[index].text
                    note.cover(blocks[index].span)
                    index += 1
                }
                result.append(note)
            } else if EnactingFormula.contains(text) {
                preambleParts.append(block)
                break
            } else if !hasTitle && preambleParts.isEmpty && (!sawHeader || text.hasSuffix("туралы")) {
                titleParts.append(block)
                // One paragraph a line (plain): the title is the first line.
                if sawHeader || dialect == .plain { flushTitle() }
            } else {
                preambleParts.append(block)
            }
        }
        flushTitle()
        if !preambleParts.isEmpty {
            result.append(Self.joined(.preamble, preambleParts))
        }
        return result
    }

    private static func joined(_ kind: ClauseKind, _ parts: [Block]) -> ClauseBuilder {
        var builder = ClauseBuilder(Clause(kind, text: parts.map(\.text).joined(separator: "\n")), span: parts[0].span)
        for part in parts.dropFirst() { builder.cover(part.span) }
        return builder
    }

    // MARK: Items of the order

    mutating func parseOrderItems() -> [ClauseBuilder] {
        var items: [ClauseBuilder] = []
        var expected = 1
        var run: [Block] = []
        var inAmendingItem = false

        func flush(_ items: inout [ClauseBuilder], _ run: inout [Block], amending: Bool, diagnostics: inout [Diagnostic]) {
            guard !run.isEmpty else { return }
            if amending, let first = run.first, case .item(let number, _, let rest, _) = UnitMarker.classify(first.text) {
                var item = ClauseBuilder(Clause(.item, number: number, text: String(rest)), span: first.span)
                var rowsFollow = false
                for block in run.dropFirst() {
                    if EditorialNoteText.isNote(block.text), !QuotedText.opens(block.text) {
                        item.children.append(ClauseBuilder(Clause(.editorialNote, text: block.text), span: block.span))
                        item.cover(block.span)
                        continue
                    }
                    // Quoted payloads are read later, but numbering typos in them are reported here.
                    // Row payloads ("… 1504-8 жолдармен толықтырылсын:") are keyed "1504-8 Text" by right.
                    let unquoted = QuotedText.opens(block.text) ? String(block.text.dropFirst()) : block.text
                    if !rowsFollow,
                        case .item(let number, let printed, _, let anomaly?) = UnitMarker.classify(unquoted, loose: true)
                    {
                        diagnostics.append(
                            Diagnostic(
                                .warning, "numbering-\(anomaly)",
                                "quoted item number '\(printed)' read as \(number)" + (anomaly == "dotted-number" ? " (a dot where a hyphen belongs)" : " (no dot)"),
                                at: block.span.start))
                    }
                    item.children.append(ClauseBuilder(Clause(.abzac, text: block.text), span: block.span))
                    item.cover(block.span)
                    if !QuotedText.opens(block.text), block.text.hasSuffix(":") { rowsFollow = Self.introducesRows(block.text) }
                }
                items.append(item)
            } else {
                var parser = BodyParser()
                items += parser.parse(run)
                diagnostics += parser.diagnostics
            }
            run = []
        }

        var quoteDepth = 0
        var straightOpen = false
        while index < blocks.count {
            let block = blocks[index]
            if isSignatureBlock(index) || (block.kind == .tableRow && Self.isSignature(block.cells.joined(separator: " "))) {
                break
            }
            if !(inAmendingItem && (quoteDepth > 0 || straightOpen)), signatureStarts(at: index) { break }
            if run.isEmpty || !inAmendingItem, Self.isAnnexHeaderStart(block) { break }
            // Inside an open quote of an amending item, only the very next number ends the item: a
            // quoted payload may hold further items ("2. …" then an unquoted "3. …").
            let quoteOpen = inAmendingItem && (quoteDepth > 0 || straightOpen)
            if case .item(let number, _, let rest, _) = UnitMarker.classify(block.text), number.parts.count == 1,
                number.parts[0] >= expected, number.parts[0] <= expected + (quoteOpen ? 0 : 1) || !inAmendingItem
            {
                quoteDepth = 0
                straightOpen = false
                flush(&items, &run, amending: inAmendingItem, diagnostics: &diagnostics)
                expected = number.parts[0] + 1
                inAmendingItem = AmendingLead.isAmending(String(rest))
                run = [block]
            } else if run.isEmpty, case .subItem = UnitMarker.classify(block.text) {
                run = [block]
            } else {
                run.append(block)
                if inAmendingItem { quoteDepth = QuotedText.depth(after: block.text, from: quoteDepth, straightOpen: &straightOpen) }
            }
            index += 1
        }
        flush(&items, &run, amending: inAmendingItem, diagnostics: &diagnostics)
        return items
    }

    // MARK: Signature

    /// "Қазақстан Республикасының Денсаулық сақтау министрі А. Альназарова" and its PDF variants;
    /// "Қазақстан Республикасының Премьер-Министрі", "Облыс әкімі", "Мәслихат сессиясының төрағасы",
    /// "Мәслихат хатшысы", "Премьер-Министр" (Russian), with or without the name.
    static func isSignature(_ text: String) -> Bool {
        guard text.utf8.count < 400 else { return false }
        let t = text.containsByte(0x09) ? String(decoding: text.utf8.map { $0 == 0x09 ? 0x20 : $0 }, as: UTF8.self) : text
        guard t.utf8.count < 160 || t.characterCount < 160 else { return false }
        // Either a minister ("…инистр…" in any case) or a short line opening with a capital letter.
        let mayNameMinister = Self.mayNameMinister(t)
        guard mayNameMinister || t.first.map({ $0.isLetter && $0.isUppercase }) == true else { return false }
        let lowered = LatinIFold.fold(t).lowercasedByBytes()
        if mayNameMinister, lowered.containsBytes(of: "инистр") {
            if lowered.containsBytes(of: "министрі") || lowered.containsBytes(of: "министр ") || lowered.hasSuffix("министр") {
                if !lowered.containsBytes(of: "бұйрығ") && !lowered.containsBytes(of: "жылғы") && !t.hasSuffix(".") || Self.endsWithInitialsName(t) {
                    return !lowered.hasSuffix(":") && !lowered.hasSuffix(";") && !lowered.hasSuffix(",")
                }
            }
        }
        return isOtherSignatory(lowered, original: t)
    }

    /// A byte pre-check for "инистр" in the lower-cased text: "нистр" with each letter in either case
    /// (Н/н, И/и, С/с, Т/т, Р/р are the only scalars whose lower case is one of these letters).
    /// - Complexity: O(n) in the length of `text`.
    static func mayNameMinister(_ text: String) -> Bool {
        // Second bytes of the lower and upper case of н, и, с, т, р (first bytes D0 or D1).
        let letters: [(lower: (UInt8, UInt8), upper: (UInt8, UInt8))] = [
            ((0xD0, 0xBD), (0xD0, 0x9D)), ((0xD0, 0xB8), (0xD0, 0x98)), ((0xD1, 0x81), (0xD0, 0xA1)),
            ((0xD1, 0x82), (0xD0, 0xA2)), ((0xD1, 0x80), (0xD0, 0xA0)),
        ]
        let found = text.utf8.withContiguousStorageIfAvailable { b -> Bool in
            let n = b.count
            var i = 0
            while i + 10 <= n {
                var k = 0
                while k < 5 {
                    let first = b[i + 2 * k], second = b[i + 2 * k + 1]
                    let letter = letters[k]
                    guard (first, second) == letter.lower || (first, second) == letter.upper else { break }
                    k += 1
                }
                if k == 5 { return true }
                i += 1
            }
            return false
        }
        return found ?? true
    }

    /// The title words of signatories other than ministers, as whole words.
    static let signatoryTitles: Set<String> = [
        "президенті", "президент", "әкімі", "әкім", "төрағасы", "хатшысы", "аким", "акима", "председатель", "секретарь",
    ]

    /// A short line, not a sentence, naming a President, akim, session chair or maslikhat secretary.
    private static func isOtherSignatory(_ lowered: String, original: String) -> Bool {
        guard let first = original.first, first.isLetter, first.isUppercase else { return false }
        if let last = lowered.last, ".:;,»\"".contains(last), !endsWithInitialsName(original) { return false }
        let words = lowered.split(separator: " ")
        guard words.count <= 9, !lowered.containsBytes(of: "жылғы"), !lowered.containsBytes(of: "«") else { return false }
        return words.contains { signatoryTitles.contains(String($0)) }
    }

    /// Whether a signature starts at block `i` over two lines: "Қазақстан Республикасының" then
    /// "Премьер-Министрі".
    private mutating func signatureStarts(at i: Int) -> Bool {
        guard i + 1 < blocks.count, blocks[i].kind == .paragraph else { return false }
        let text = blocks[i].text
        guard text.utf8.count < 60 || text.characterCount < 60, !text.hasSuffix("."), !text.hasSuffix(":"), !text.hasSuffix(";"), UnitMarker.classify(text) == nil
        else { return false }
        return isSignatureBlock(i + 1) && !isSignatureBlock(i)
    }

    /// ``isSignature(_:)`` of the text of block `i`, computed once.
    private mutating func isSignatureBlock(_ i: Int) -> Bool {
        if signatureCache.count != blocks.count { signatureCache = Array(repeating: nil, count: blocks.count) }
        if let known = signatureCache[i] { return known }
        let value = Self.isSignature(blocks[i].text)
        signatureCache[i] = value
        return value
    }

    /// Whether the word before the last (words split at " ") is an initial: two characters, a capital and ".".
    /// Read backwards from the end, so a long text costs no more than its last two words.
    static func endsWithInitialsName(_ text: String) -> Bool {
        let start = text.startIndex
        func skip(_ end: String.Index, spaces: Bool) -> String.Index {
            var i = end
            while i > start, (text[text.index(before: i)] == " ") == spaces { i = text.index(before: i) }
            return i
        }
        let lastEnd = skip(text.endIndex, spaces: true)
        let lastStart = skip(lastEnd, spaces: false)
        guard lastStart < lastEnd else { return false }
        let initialEnd = skip(lastStart, spaces: true)
        let initialStart = skip(initialEnd, spaces: false)
        guard initialStart < initialEnd else { return false }
        let initial = text[initialStart..<initialEnd]
        return initial.count == 2 && initial.hasSuffix(".") && initial.first?.isUppercase == true
    }

    private static func isNameOnly(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return words.count == 2 && endsWithInitialsName(text)
    }

    private mutating func parseSignature() -> ClauseBuilder? {
        guard index < blocks.count else { return nil }
        let first = blocks[index]
        let firstText = first.kind == .tableRow ? first.cells.filter { !$0.isEmpty }.joined(separator: " ") : first.text
        var signature: ClauseBuilder
        if Self.isSignature(firstText) {
            signature = ClauseBuilder(Clause(.signature, text: firstText), span: first.span)
            index += 1
        } else if signatureStarts(at: index) {
            signature = ClauseBuilder(Clause(.signature, text: firstText + " " + blocks[index + 1].text), span: first.span)
            signature.cover(blocks[index + 1].span)
            index += 2
        } else {
            return nil
        }
        // The name on its own line, and further signatories (a maslikhat's chair and secretary).
        while index < blocks.count, blocks[index].kind == .paragraph,
            Self.isNameOnly(blocks[index].text) || Self.isSignature(blocks[index].text) || blocks[index].text == "Республики Казахстан"
        {
            signature.clause.text += " " + blocks[index].text
            signature.cover(blocks[index].span)
            index += 1
        }
        return signature
    }

    // MARK: Annexes

    static func isAnnexHeaderStart(_ block: Block) -> Bool {
        block.kind == .tableRow && block.cells.first == "" && AnnexHeader.endsWithAnnexWord(block.cells.joined())
    }

    private mutating func parseAnnexes() -> [ClauseBuilder] {
        var annexes: [ClauseBuilder] = []
        while index < blocks.count {
            guard let headers = readAnnexHeaders() else {
                // Text after the signature that is not an annex: keep it, with a warning.
                let block = blocks[index]
                diagnostics.append(
                    Diagnostic(.warning, "unplaced-text", "text after the signature is not an annex header; kept as a text block", at: block.span.start))
                annexes.append(ClauseBuilder(Clause(.text, text: block.text), span: block.span))
                index += 1
                continue
            }
            let start = index
            while index < blocks.count, !startsNextAnnex(at: index) { index += 1 }
            let content = Array(blocks[start..<index])
            // An annex whose headers name only a document ("… Қағидаларына 1-қосымша"), not an order,
            // is an annex of the approved document before it: `att_1__att_1`.
            let namesOrder = headers.contains { AnnexHeader($0.text).namesOrder }
            if !namesOrder, let parent = annexes.indices.last(where: { annexes[$0].clause.kind == .annex }) {
                let ordinal = annexes[parent].children.filter { $0.clause.kind == .annex }.count + 1
                let nested = makeAnnex(headers: headers, content: content, ordinal: ordinal)
                annexes[parent].children.append(nested)
                annexes[parent].cover(nested.span)
            } else {
                annexes.append(makeAnnex(headers: headers, content: content, ordinal: annexes.count + 1))
            }
        }
        return annexes
    }

    /// Reads one or two annex headers ("… № 129 бұйрығына қосымша" / "… Қағидаларына қосымша").
    private mutating func readAnnexHeaders() -> [(text: String, span: SourceSpan)]? {
        var headers: [(text: String, span: SourceSpan)] = []
        while headers.count < 2, let header = readOneHeader() { headers.append(header) }
        return headers.isEmpty ? nil : headers
    }

    private mutating func readOneHeader() -> (text: String, span: SourceSpan)? {
        var parts: [String] = []
        var span: SourceSpan?
        var i = index
        while i < blocks.count, i - index < 8 {
            let block = blocks[i]
            let text = block.kind == .tableRow ? block.cells.filter { !$0.isEmpty }.joined(separator: " ") : block.text
            if isItemStart(block) || (block.kind == .tableRow && block.cells.first != "") { return nil }
            if case .table = UnitMarker.classify(text) { return nil }
            parts.append(text)
            span = span.map { $0.union(block.span) } ?? block.span
            i += 1
            if parts.count == 1, AnnexHeader.isOneLineRussianHeader(text), let span {
                index = i
                return (text, span)
            }
            // Russian headers open with the word and close with the act: "Утверждены" / "постановлением
            // Правительства" / "Республики Казахстан" / "от 29 января 2007 года N 64".
            let opensRussian = parts.count == 1 && AnnexHeader.opensRussianHeader(text)
            if AnnexHeader.endsWithAnnexWord(text) && !opensRussian || parts.count > 1 && AnnexHeader.opensRussianHeader(parts[0])
                && AnnexHeader.closesRussianHeader(text), let span
            {
                index = i
                return (parts.joined(separator: " "), span)
            }
        }
        return nil
    }

    private func startsNextAnnex(at i: Int) -> Bool {
        let block = blocks[i]
        if Self.isAnnexHeaderStart(block) { return true }
        guard block.kind == .paragraph, !block.isIndented else { return false }
        // An unindented run ending in "қосымша" within a few blocks, starting like an issuer line.
        let text = block.text
        if AnnexHeader.isOneLineRussianHeader(text) { return true }
        guard text.hasPrefix("Қазақстан Республикасы") || AnnexHeader.endsWithAnnexWord(text) else { return false }
        var j = i
        while j < blocks.count, j - i < 6 {
            if AnnexHeader.endsWithAnnexWord(blocks[j].text) {
                // "… бұйрығына қосымша", a header over several lines, or a short unindented
                // "… Қағидаларына 1-қосымша" line: all start an annex.
                return blocks[j].text.containsBytes(of: "бұйрығына") || j > i || blocks[j].text.characterCount < 200
            }
            j += 1
        }
        return false
    }

    private mutating func makeAnnex(headers: [(text: String, span: SourceSpan)], content: [Block], ordinal: Int) -> ClauseBuilder {
        let own = AnnexHeader(headers.last?.text ?? "")
        var annex = ClauseBuilder(
            Clause(.annex, number: own.number ?? UnitNumber(ordinal), text: headers.map(\.text).joined(separator: "\n")),
            span: headers[0].span)
        for header in headers { annex.cover(header.span) }
        var body = content
        // The document title: the first paragraph, when it is not itself structure.
        if let first = body.first, first.kind == .paragraph, UnitMarker.classify(first.text) == nil {
            annex.clause.heading = first.text
            annex.cover(first.span)
            body.removeFirst()
        }
        guard !body.isEmpty else { return annex }
        if !looksStructured(body) {
            let first = body[0].span.start.line
            let last = body[body.count - 1].span.end.line
            let text = (first...last).compactMap { $0 - 1 < lines.count ? lines[$0 - 1] : nil }.joined(separator: "\n")
            annex.children.append(ClauseBuilder(Clause(.preformatted, text: text), span: SourceSpan(lines: first, last)))
            annex.cover(SourceSpan(lines: first, last))
            diagnostics.append(
                Diagnostic(
                    .warning, "flattened-table",
                    "the annex content has no items or table rows (a table flattened in export?); kept as preformatted lines \(first)–\(last)",
                    at: body[0].span.start))
            return annex
        }
        let children: [ClauseBuilder]
        if let heading = annex.clause.heading, Self.namesChanges(heading) {
            // Changes approved by the document ("… шешімдеріне енгізілетін өзгерістер"): its items amend
            // other acts, read like the amending items of an order.
            var items = StructureParser(blocks: body, lines: lines, dialect: dialect)
            var read = items.parseOrderItems()
            diagnostics += items.diagnostics
            if items.index < body.count {
                var parser = BodyParser()
                read += parser.parse(Array(body[items.index...]))
                diagnostics += parser.diagnostics
            }
            children = read
        } else {
            var parser = BodyParser()
            children = parser.parse(Self.groupingHTMLTables(body))
            diagnostics += parser.diagnostics
        }
        for child in children { annex.cover(child.span) }
        annex.children += children
        return annex
    }

    /// An HTML table kept in the text ("<table>" … "</table>", as the zan.gov.kz Markdown stores tables)
    /// becomes one preformatted block, its lines kept verbatim: its cells are not items or abzacs.
    static func groupingHTMLTables(_ blocks: [Block]) -> [Block] {
        guard blocks.contains(where: { $0.text.hasPrefix("<table") }) else { return blocks }
        var out: [Block] = []
        var table: [Block] = []
        for block in blocks {
            if table.isEmpty, !block.text.hasPrefix("<table") {
                out.append(block)
                continue
            }
            table.append(block)
            if block.text.hasSuffix("</table>") {
                let span = table.dropFirst().reduce(table[0].span) { $0.union($1.span) }
                out.append(Block(.preformatted, text: table.map(\.text).joined(separator: "\n"), span: span))
                table = []
            }
        }
        out += table  // a table that never closes stays as it was
        return out
    }

    private func looksStructured(_ body: [Block]) -> Bool {
        body.contains { $0.kind == .tableRow || UnitMarker.classify($0.text) != nil || $0.text.hasPrefix("<table") }
    }
}
