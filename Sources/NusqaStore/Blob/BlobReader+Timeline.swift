import NusqaKit

/// Reading back the values ``BlobWriter`` wrote for a timeline (``ChangeCodec``).
extension BlobReader {
    /// Reads a change; `previous` is the change before it, whose patch and date it may share.
    mutating func change(previous: Change?) throws(BlobError) -> Change {
        let act = try string()
        let actDate = try repeatable(orSameAs: previous?.actDate) { reader throws(BlobError) in try reader.date() }
        let patch: Patch
        if try bool() {
            guard let previous else { throw BlobError() }
            patch = previous.patch
        } else {
            patch = try self.patch(act: act)
        }
        let effective = try repeatable(orSameAs: patch.effective) { reader throws(BlobError) in try reader.effective() }
        let deferredTarget = try optional { reader throws(BlobError) in try reader.clauseID() }
        return Change(act: act, actDate: actDate, patch: patch, effective: effective, deferredTarget: deferredTarget)
    }

    /// Reads a patch of the amending act `act`.
    mutating func patch(act: String) throws(BlobError) -> Patch {
        let sequence = try int()
        let operation = ChangeCodec.operations[try int(in: ChangeCodec.operations.indices)]
        let target = try clauseID()
        let payload = try optional { reader throws(BlobError) in try reader.clause(depth: 0) }
        let words = try optional { reader throws(BlobError) -> WordChange in
            let old = try reader.string()
            let new = try reader.string()
            guard let position = WordChange.Position(rawValue: try reader.string()) else { throw BlobError() }
            return WordChange(old: old, new: new, position: position, isGlobal: try reader.bool())
        }
        let instruction: String
        if try bool() {
            guard let stored = references?.instruction(act, sequence) else { throw BlobError() }
            instruction = stored
        } else {
            instruction = try string()
        }
        let span = try self.span()
        let lower = try int()
        let upper = try int()
        guard lower <= upper else { throw BlobError() }
        let effective = try optional { reader throws(BlobError) in try reader.effective() }
        let deferred = try array { reader throws(BlobError) in DeferredPart(target: try reader.clauseID(), effective: try reader.effective()) }
        var patch = Patch(
            sequence: sequence, operation: operation, target: target, payload: payload, words: words, instruction: instruction, span: span,
            abzacs: lower...upper, effective: effective, deferred: deferred)
        switch try int(in: 0..<3) {
        case 0: patch.amends = nil
        case 1:
            guard let previous = previousCitation else { throw BlobError() }
            patch.amends = previous
        default:
            let citation = try self.citation()
            patch.amends = citation
            previousCitation = citation
        }
        patch.amendsID = try optionalString()
        patch.unapplied = try optionalString()
        patch.error = try optionalString()
        patch.column = try optional { reader throws(BlobError) in try reader.int() }
        patch.part = try optional { reader throws(BlobError) in try reader.unitPart() }
        patch.anchor = try optionalString()
        patch.period = try optionalString()
        var previous = ClauseID.root
        for _ in 0..<(try count()) {
            let shared = try int(in: 0..<(previous.steps.count + 1))
            let id = ClauseID(Array(previous.steps[..<shared]) + (try array { reader throws(BlobError) in try reader.step() }))
            patch.payloadSpans[id] = try self.span()
            previous = id
        }
        return patch
    }

    /// Reads a clause tree; `depth` bounds the recursion on damaged bytes.
    mutating func clause(depth: Int) throws(BlobError) -> Clause {
        guard depth < ChangeCodec.maximumDepth else { throw BlobError() }
        let kind = ChangeCodec.kinds[try int(in: ChangeCodec.kinds.indices)]
        let number = try optionalNumber()
        let flags = try int(in: 0..<256)
        let content: Clause.Content = flags & 128 != 0 ? .notInCorpus : .known
        var clause: Clause
        if flags & 64 != 0 {
            guard flags & 2 == 0, let wording = references?.wording(try int()) else { throw BlobError() }
            clause = Clause(kind, number: number, text: wording.text, heading: wording.heading, content: content)
        } else {
            clause = Clause(kind, number: number, text: try string(), content: content)
        }
        if flags & 1 != 0 { clause.printedNumber = try string() }
        if flags & 2 != 0 { clause.heading = try string() }
        if flags & 4 != 0 { clause.cells = try array { reader throws(BlobError) in try reader.string() } }
        if flags & 8 != 0 { clause.provenance = try array { reader throws(BlobError) in try reader.provenance() } }
        if flags & 16 != 0 { clause.doubts = try array { reader throws(BlobError) in Doubt(code: try reader.string(), message: try reader.string()) } }
        if flags & 32 != 0 { clause.status = try status() }
        clause.children = try array { reader throws(BlobError) in try reader.clause(depth: depth + 1) }
        return clause
    }

    mutating func provenance() throws(BlobError) -> Provenance {
        let act = try string()
        let operation = ChangeCodec.operations[try int(in: ChangeCodec.operations.indices)]
        let effective = try date()
        let isEstimated = try bool()
        return Provenance(act: act, operation: operation, effective: effective, isEstimated: isEstimated, unit: try clauseID())
    }

    mutating func status() throws(BlobError) -> ClauseStatus {
        switch try int(in: 0..<5) {
        case 0: return .inForce
        case 1: return .deleted
        case 2: return .repealed
        case let code: return .pending(from: try date(), keepsPreviousWording: code == 4)
        }
    }

    mutating func clauseID() throws(BlobError) -> ClauseID {
        ClauseID(try array { reader throws(BlobError) in try reader.step() })
    }

    mutating func step() throws(BlobError) -> ClauseID.Step {
        let kind = ChangeCodec.kinds[try int(in: ChangeCodec.kinds.indices)]
        return ClauseID.Step(kind, try optionalNumber())
    }

    /// Reads what ``BlobWriter/optionalNumber(_:)`` wrote.
    mutating func optionalNumber() throws(BlobError) -> UnitNumber? {
        let count = try count()
        guard count > 0 else { return nil }
        var parts: [Int] = []
        for _ in 0..<count { parts.append(try int()) }
        return UnitNumber(parts)
    }

    mutating func date() throws(BlobError) -> CivilDate {
        let day = try int(in: StoredCodes.dayNumber(.minimum)..<(StoredCodes.dayNumber(.maximum) + 1))
        return StoredCodes.date(day)
    }

    mutating func effective() throws(BlobError) -> EffectiveDate {
        EffectiveDate(try date(), estimated: try bool())
    }

    mutating func span() throws(BlobError) -> SourceSpan {
        let start = SourceLocation(line: try int(), column: try int())
        let (lines, overflow) = start.line.addingReportingOverflow(try int())
        guard !overflow else { throw BlobError() }
        return SourceSpan(start: start, end: SourceLocation(line: lines, column: try int()))
    }

    mutating func citation() throws(BlobError) -> Citation {
        let issuer = try optionalString()
        let kind = Citation.Kind.allCases[try int(in: Citation.Kind.allCases.indices)]
        let date = try optional { reader throws(BlobError) in try reader.date() }
        let number = try optionalString()
        let registration = try optionalString()
        let title = try optionalString()
        let lower = ChangeCodec.index(bits: try int() << 16 | (try int(in: 0..<0x10000)))
        let upper = ChangeCodec.index(bits: try int() << 16 | (try int(in: 0..<0x10000)))
        guard lower <= upper else { throw BlobError() }
        return Citation(issuer: issuer, kind: kind, date: date, number: number, registrationNumber: registration, title: title, range: lower..<upper)
    }

    mutating func unitPart() throws(BlobError) -> UnitPart {
        switch try int(in: 0..<6) {
        case 0: return .sentence(try int())
        case 1: return .sentences(try int(), try int())
        case 2: return .lastSentence
        case 3: return .lastAbzac
        case 4: return .newAbzac
        default: return .header
        }
    }
}
