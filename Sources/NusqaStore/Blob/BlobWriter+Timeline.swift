import NusqaKit

/// Writing the values a timeline is built from: changes, patches and their payload trees (``ChangeCodec``).
extension BlobWriter {
    /// Writes a change; what it shares with the change before (its patch, the amending act's date) is not repeated.
    mutating func change(_ change: Change, previous: Change?) {
        string(change.act)
        repeatable(change.actDate, orSameAs: previous?.actDate) { $0.date($1) }
        // A patch's deferred parts follow it as changes of their own that share its patch.
        let shared = previous.map { $0.patch == change.patch } ?? false
        bool(shared)
        if !shared { patch(change.patch, act: change.act) }
        // The patch's date, or a deferred part's own.
        repeatable(change.effective, orSameAs: change.patch.effective) { $0.effective($1) }
        optional(change.deferredTarget) { $0.clauseID($1) }
    }

    /// Writes a patch of the amending act `act`.
    mutating func patch(_ patch: Patch, act: String) {
        int(patch.sequence)
        int(ChangeCodec.operations.firstIndex(of: patch.operation) ?? 0)
        clauseID(patch.target)
        optional(patch.payload) { $0.clause($1) }
        optional(patch.words) { writer, words in
            writer.string(words.old)
            writer.string(words.new)
            writer.string(words.position.rawValue)
            writer.bool(words.isGlobal)
        }
        // The instruction as the store's `patches` row has it, named instead of repeated.
        let stored = references?.instruction(act, patch.sequence).map { $0.utf8.elementsEqual(patch.instruction.utf8) } ?? false
        bool(stored)
        if !stored { string(patch.instruction) }
        span(patch.span)
        int(patch.abzacs.lowerBound)
        int(patch.abzacs.upperBound)
        optional(patch.effective) { $0.effective($1) }
        array(patch.deferred) { writer, part in
            writer.clauseID(part.target)
            writer.effective(part.effective)
        }
        // 0: none; 1: the citation of the patch before; 2: a citation follows.
        if let amends = patch.amends {
            if amends == previousCitation {
                int(1)
            } else {
                int(2)
                citation(amends)
                previousCitation = amends
            }
        } else {
            int(0)
        }
        optional(patch.amendsID)
        optional(patch.unapplied)
        optional(patch.error)
        optional(patch.column) { $0.int($1) }
        optional(patch.part) { $0.unitPart($1) }
        optional(patch.anchor)
        optional(patch.period)
        // Sorted, each id written as the steps it shares with the one before and the steps it adds.
        var previous = ClauseID.root
        array(patch.payloadSpans.sorted { $0.key < $1.key }) { writer, entry in
            let shared = zip(previous.steps, entry.key.steps).prefix { $0 == $1 }.count
            writer.int(shared)
            writer.array(Array(entry.key.steps[shared...])) { $0.step($1) }
            writer.span(entry.value)
            previous = entry.key
        }
    }

    mutating func clause(_ clause: Clause) {
        int(ChangeCodec.kindCodes[clause.kind] ?? 0)
        optionalNumber(clause.number)
        // A heading and text that a version of the act has (a payload usually becomes one) are named by the wording's id.
        var wording: Int?
        if clause.text.utf8.count + (clause.heading?.utf8.count ?? 0) >= ChangeCodec.shortestShared {
            wording = references?.wordings[ChangeCodec.Wording(heading: clause.heading, text: clause.text)]
        }
        // The rarely set fields, each behind one bit.
        let flags = (clause.printedNumber != nil ? 1 : 0) | (clause.heading != nil && wording == nil ? 2 : 0) | (clause.cells.isEmpty ? 0 : 4)
            | (clause.provenance.isEmpty ? 0 : 8) | (clause.doubts.isEmpty ? 0 : 16) | (clause.status == .inForce ? 0 : 32)
            | (wording != nil ? 64 : 0) | (clause.content == .notInCorpus ? 128 : 0)
        int(flags)
        if let wording { int(wording) } else { string(clause.text) }
        if let printed = clause.printedNumber { string(printed) }
        if flags & 2 != 0, let heading = clause.heading { string(heading) }
        if flags & 4 != 0 { array(clause.cells) { $0.string($1) } }
        if flags & 8 != 0 { array(clause.provenance) { $0.provenance($1) } }
        if flags & 16 != 0 {
            array(clause.doubts) { writer, doubt in
                writer.string(doubt.code)
                writer.string(doubt.message)
            }
        }
        if flags & 32 != 0 { status(clause.status) }
        array(clause.children) { $0.clause($1) }
    }

    mutating func provenance(_ provenance: Provenance) {
        string(provenance.act)
        int(ChangeCodec.operations.firstIndex(of: provenance.operation) ?? 0)
        date(provenance.effective)
        bool(provenance.isEstimated)
        clauseID(provenance.unit)
    }

    mutating func status(_ status: ClauseStatus) {
        switch status {
        case .inForce: int(0)
        case .deleted: int(1)
        case .repealed: int(2)
        case .pending(let from, let keeps):
            int(keeps ? 4 : 3)
            date(from)
        }
    }

    mutating func clauseID(_ id: ClauseID) { array(id.steps) { $0.step($1) } }

    mutating func step(_ step: ClauseID.Step) {
        int(ChangeCodec.kindCodes[step.kind] ?? 0)
        optionalNumber(step.number)
    }

    /// Writes an optional unit number as its count of parts (0: none), then the parts.
    mutating func optionalNumber(_ number: UnitNumber?) {
        int(number?.parts.count ?? 0)
        for part in number?.parts ?? [] { int(part) }
    }

    mutating func date(_ date: CivilDate) { int(StoredCodes.dayNumber(date)) }

    mutating func effective(_ effective: EffectiveDate) {
        date(effective.date)
        bool(effective.isEstimated)
    }

    mutating func span(_ span: SourceSpan) {
        int(span.start.line)
        int(span.start.column)
        int(span.end.line - span.start.line)
        int(span.end.column)
    }

    mutating func citation(_ citation: Citation) {
        optional(citation.issuer)
        int(Citation.Kind.allCases.firstIndex(of: citation.kind) ?? 0)
        optional(citation.date) { $0.date($1) }
        optional(citation.number)
        optional(citation.registrationNumber)
        optional(citation.title)
        // The range's indexes, bit for bit: they index the amending text's line, which is not stored.
        for index in [citation.range.lowerBound, citation.range.upperBound] {
            let bits = ChangeCodec.bits(of: index)
            int(bits >> 16)
            int(bits & 0xFFFF)
        }
    }

    mutating func unitPart(_ part: UnitPart) {
        switch part {
        case .sentence(let ordinal):
            int(0)
            int(ordinal)
        case .sentences(let first, let last):
            int(1)
            int(first)
            int(last)
        case .lastSentence: int(2)
        case .lastAbzac: int(3)
        case .newAbzac: int(4)
        case .header: int(5)
        }
    }
}
