/// Undoes the hyperlink displacement of the adilet export (гиперсілтеме ығысуы), one physical line at a time.
///
/// The export cut the text of every hyperlink out of its place and appended it at the end of the physical
/// line, which then ends without the usual trailing space. With *k* gaps the last *k* link texts go back into
/// the gaps, left to right. The repair only moves text: it checks that the non-space characters of the line
/// are unchanged, and leaves the line as it was (an ambiguous repair) whenever it is not sure.
struct DisplacementRepairer {
    /// What happened to one line.
    enum Outcome: Hashable {
        /// Nothing to repair.
        case unchanged
        /// The links were put back; the repaired line.
        case repaired(String)
        /// The line shows gaps but the links could not be placed with confidence.
        case ambiguous(reason: String)
        /// Of two possible placements only one reads as well-ordered citation chains; the repaired line.
        case repairedByGrammar(String)
    }

    /// Repairs `raw`. `followsAmbiguous` says the previous non-blank line was ambiguous, so a gap at the start
    /// of this continuation line (a page break away) may hold that line's link and cannot be trusted.
    ///
    /// Lines without a gap shape are left after a byte scan; the rest are read as Unicode scalars when every
    /// scalar is a character of its own (nearly always), otherwise as characters: the same repair either way.
    static func repair(_ raw: String, followsAmbiguous: Bool = false) -> Outcome {
        guard !DialectText.isBlank(raw), raw.utf8.last != 0x20 || raw.last != " " else { return .unchanged }
        let indent = DialectText.indent(of: raw)
        guard mayHaveGaps(raw, indent: indent) else { return .unchanged }
        if raw.isSimpleScalars { return repair(raw, indent: indent, followsAmbiguous: followsAmbiguous, as: Unicode.Scalar.self) }
        return repair(raw, indent: indent, followsAmbiguous: followsAmbiguous, as: Character.self)
    }

    /// The repair of a line that may have gaps, reading it as units `U`.
    static func repair<U: DisplacementUnit>(_ raw: String, indent: Int, followsAmbiguous: Bool, as unit: U.Type) -> Outcome {
        let body = U.body(of: raw, droppingFirst: indent)
        let gaps = DisplacementGap.find(indent: indent, body: body)
        let k = gaps.count
        guard k > 0 else { return .unchanged }
        if followsAmbiguous, indent < 5, gaps.first?.shape == .leadingSpace {
            return .ambiguous(reason: "the gap at the start of the line may belong to the ambiguous line before it")
        }
        guard let (remainder, link) = splitAppended(body, gapCount: k) else {
            return .ambiguous(reason: "could not find the \(k) appended link text(s) at the end of the line")
        }
        let pieces = k == 1 ? [link] : link.split(separator: U.space).map(Array.init)
        guard pieces.count == k else {
            return .ambiguous(reason: "\(k) gap(s) but \(pieces.count) appended word(s)")
        }
        if let last = pieces.last, last.last?.isDash == true, !pieces.dropLast().contains(where: \.isEmpty) {
            return repairBrokenTail(raw, indent: indent, body: body, gapCount: k, remainder: remainder, pieces: pieces)
        }
        guard !pieces.contains(where: { $0.isEmpty || $0.last?.isDash == true }) else {
            return .ambiguous(reason: "the appended text ends with a dash: a word broken across lines")
        }
        guard let repaired = place(raw, indent: indent, remainder: remainder, pieces: pieces, gapCount: k) else {
            return .ambiguous(reason: "the gaps do not survive taking off the appended text, or the repair would change the characters of the line")
        }
        return .repaired(repaired)
    }

    /// Fills the gaps of `remainder` with `pieces`; nil when the gaps do not match or characters would change.
    static func place<U: DisplacementUnit>(
        _ raw: String, indent: Int, remainder: [U], pieces: [[U]], gapCount k: Int, tail: [U] = []
    ) -> String? {
        let remainderGaps = DisplacementGap.find(indent: indent, body: remainder)
        guard remainderGaps.count == k else { return nil }
        var filled = fill(remainder, gaps: remainderGaps, pieces: pieces)
        if !tail.isEmpty {
            while filled.last == U.space { filled.removeLast() }
            filled.append(U.space)
            filled += tail
        }
        let repaired = String(repeating: " ", count: indent >= 5 ? 6 : 0) + U.string(filled)
        guard U.sameNonSpace(repaired, raw) else { return nil }
        return repaired
    }

    /// A line whose appended text ends with a word broken across the line end ("… 2-тармағының 74-").
    ///
    /// Two placements are possible: the broken word was cut out of a gap like the others, or it is the
    /// start of a link that runs on into the next line — cut off at the end of the line, it already
    /// stands there, and the gaps hold the words before it. The genitive-chain grammar of citations
    /// (``CitationChainOrder``) decides: the placement is kept only when exactly one of the two reads as
    /// well-ordered chains ("Заңының 26-бабы 2-тармағының және … кодексінің 74-" rather than "26-бабы
    /// 74- және … кодексінің 2-тармағының"); otherwise the line stays as it was, ambiguous.
    static func repairBrokenTail<U: DisplacementUnit>(
        _ raw: String, indent: Int, body: [U], gapCount k: Int, remainder: [U], pieces: [[U]]
    ) -> Outcome {
        let ambiguous = Outcome.ambiguous(reason: "the appended text ends with a dash: a word broken across lines")
        // Placement A: every appended word, the broken one too, goes into a gap.
        let cutAll = place(raw, indent: indent, remainder: remainder, pieces: pieces, gapCount: k)
        // Placement B: the broken word stays at the end; the k words before it fill the gaps.
        var placementB: String?
        if let space = body.lastIndex(of: U.space) {
            let tail = Array(body[(space + 1)...])
            var end = space
            while end > 0, body[end - 1] == U.space { end -= 1 }
            let head = Array(body[..<end])
            if let (rest, link) = splitAppended(head, gapCount: k) {
                let inner = k == 1 ? [link] : link.split(separator: U.space).map(Array.init)
                // Positive evidence only: every word put back is a unit reference that continues the
                // reference before its gap down the chain ("26-бабы" + "2-тармағының").
                let gaps = DisplacementGap.find(indent: indent, body: rest)
                let continuesChains = gaps.count == k && zip(gaps, inner).allSatisfy { gap, piece in
                    let before = rest[..<gap.offset].split(separator: U.space).last.map { Substring(U.string($0)) }
                    guard let pieceRank = CitationChainOrder.referenceRank(Substring(U.string(piece))),
                        let before, let beforeRank = CitationChainOrder.referenceRank(before)
                    else { return false }
                    return beforeRank < pieceRank
                }
                if inner.count == k, continuesChains, !inner.contains(where: { $0.isEmpty || $0.last?.isHyphen == true }) {
                    placementB = place(raw, indent: indent, remainder: rest, pieces: inner, gapCount: k, tail: tail)
                }
            }
        }
        let readsA = cutAll.map(CitationChainOrder.isWellOrdered) ?? false
        let readsB = placementB.map(CitationChainOrder.isWellOrdered) ?? false
        switch (readsA, readsB) {
        case (true, false): return cutAll.map { .repairedByGrammar($0) } ?? ambiguous
        case (false, true): return placementB.map { .repairedByGrammar($0) } ?? ambiguous
        default: return ambiguous
        }
    }

    /// A byte-level pre-check of the gap shapes ``DisplacementGap`` looks for: a 7th or single leading
    /// space, a colon right after the indent, two spaces inside the text, or a space before a colon.
    /// Most lines have none, and skip building an array of characters.
    static func mayHaveGaps(_ raw: String, indent: Int) -> Bool {
        if indent == 7 || indent == 1 { return true }
        var previous: UInt8 = 0
        var index = 0
        for byte in raw.utf8 {
            if index == indent, indent >= 5, byte == 0x3A { return true }
            if index > indent, previous == 0x20, byte == 0x20 || byte == 0x3A { return true }
            previous = byte
            index += 1
        }
        return false
    }

    /// Splits a line body into the text that stays and the appended link text.
    ///
    /// The appended text starts right after the last glued punctuation (`жазылсын:2-тармақ`, `(бұйрығына`) near
    /// the end of the line, otherwise it is the last `gapCount` words.
    static func splitAppended<U: DisplacementUnit>(_ body: [U], gapCount k: Int) -> ([U], [U])? {
        var spaces = 0
        var i = body.count - 2
        while i >= 0 {
            if body[i] == U.space {
                spaces += 1
                if spaces > k { break }
            } else if body[i].isGluePunctuation, body[i + 1] != U.space, !isBetweenDigits(body, i) {
                let words = spaces + 1
                let limit = body[i] == U.openParenthesis ? k : k + 1
                if words <= limit { return (Array(body[...i]), Array(body[(i + 1)...])) }
            }
            i -= 1
        }
        var cut = body.count
        for _ in 0..<k {
            guard let space = body[..<cut].lastIndex(of: U.space) else { return nil }
            cut = space
            while cut > 0, body[cut - 1] == U.space { cut -= 1 }
        }
        guard cut > 0 else { return nil }
        var linkStart = cut
        while linkStart < body.count, body[linkStart] == U.space { linkStart += 1 }
        return (Array(body[..<linkStart]), Array(body[linkStart...]))
    }

    private static func isBetweenDigits<U: DisplacementUnit>(_ body: [U], _ i: Int) -> Bool {
        i > 0 && i + 1 < body.count && body[i - 1].isASCIIDigit && body[i + 1].isASCIIDigit
    }

    /// Puts `pieces` into `gaps` (which are offsets into `body`), left to right.
    static func fill<U: DisplacementUnit>(_ body: [U], gaps: [DisplacementGap], pieces: [[U]]) -> [U] {
        var out: [U] = []
        out.reserveCapacity(body.count + pieces.reduce(0) { $0 + $1.count } + 2 * pieces.count)
        var cursor = 0
        for (gap, piece) in zip(gaps, pieces) {
            out += body[cursor..<gap.offset]
            switch gap.shape {
            case .leadingSpace:
                out += piece
                out.append(U.space)
                cursor = gap.offset
            case .leadingColon:
                out += piece
                cursor = gap.offset
            case .doubleSpace(let length):
                out.append(U.space)
                out += piece
                out.append(U.space)
                cursor = gap.offset + length
            case .spaceColon:
                out.append(U.space)
                out += piece
                cursor = gap.offset + 1
            }
        }
        out += body[cursor...]
        return out
    }
}
