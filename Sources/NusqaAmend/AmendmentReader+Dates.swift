import Foundation
import NusqaCore
import NusqaLanguage
import NusqaParse

extension AmendmentReader {
    /// The entry-into-force rule from the act's own items and articles (not the amending items and their
    /// payloads). The last unit stating the act's own rule gives it; units' own rules stated anywhere
    /// ("Осы қаулының 2-тармағы … қолданысқа енгізіледі") are gathered as exceptions.
    mutating func findEntryIntoForce() -> EntryIntoForce? {
        var found: EntryIntoForce?
        var separate: [EntryIntoForce.Exception] = []
        for (clause, id) in entryIntoForceCandidates() {
            let text = ([clause.heading ?? "", clause.text] + Self.lines(of: clause)).filter { !$0.isEmpty }.joined(separator: " ")
            let span = act.spans[id]
            let result = EntryIntoForceReader.read(text, span: span)
            // Each problem located in the source, the first twenty of them (a search per problem).
            for problem in result.problems.prefix(20) {
                reading.diagnostics.append(Diagnostic(.error, problem.code, problem.message, at: location(of: problem.words, in: span)))
            }
            if result.problems.count > 20 {
                reading.diagnostics.append(
                    Diagnostic(.error, "number-out-of-range", "and \(result.problems.count - 20) more numbers out of range in this clause", at: span?.start))
            }
            separate += result.unitRules
            guard var rule = result.rule else { continue }
            rule.span = span
            found = rule
        }
        guard var rule = found else { return nil }
        rule.exceptions += separate.filter { !rule.exceptions.contains($0) }
        return rule
    }

    /// Items and articles outside the amending items, in document order, through chapters and sections.
    private func entryIntoForceCandidates() -> [(Clause, ClauseID)] {
        var out: [(Clause, ClauseID)] = []
        func visit(_ clause: Clause, _ id: ClauseID) {
            for child in clause.children {
                let childID = clause.id(ofChild: child, at: id)
                switch child.kind {
                case .item, .article:
                    if !AmendingLead.isAmending(child.text) { out.append((child, childID)) }
                case .chapter, .section, .subsection:
                    visit(child, childID)
                default:
                    break
                }
            }
        }
        visit(act.body, .root)
        return out
    }

    /// The text of every unit below `clause`, in document order.
    private static func lines(of clause: Clause) -> [String] {
        var out: [String] = []
        clause.forEachDescendant { child, _ in
            if let heading = child.heading, !heading.isEmpty { out.append(heading) }
            if !child.text.isEmpty { out.append(child.text) }
        }
        return out
    }

    /// Where `words` stand in the source lines of `span` (columns in characters); the span's start otherwise.
    func location(of words: String, in span: SourceSpan?) -> SourceLocation? {
        guard let span, let source = act.source, !words.isEmpty else { return span?.start }
        for number in span.start.line...max(span.start.line, span.end.line) {
            guard let line = source.line(number), let range = line.range(of: words) else { continue }
            return SourceLocation(line: number, column: line.distance(from: line.startIndex, to: range.lowerBound) + 1)
        }
        return span.start
    }

    /// The publication date: from metadata, else estimated from the registration or signing date.
    var publication: (date: CivilDate, isEstimated: Bool)? {
        if let published = metadata?.publishedDate { return (published, false) }
        if let registered = metadata?.registrationDate ?? act.header?.registrationDate { return (registered, true) }
        if let signed = metadata?.signedDate ?? act.header?.date { return (signed, true) }
        return nil
    }

    /// The date of an event of the act, and whether it is estimated: signing from the sidecar or the
    /// header; registration, else estimated from signing; publication as ``publication``.
    func date(of event: EntryIntoForce.Event) -> (date: CivilDate, isEstimated: Bool)? {
        switch event {
        case .publication: return publication
        case .signing: return (metadata?.signedDate ?? act.header?.date).map { ($0, false) }
        case .registration:
            if let registered = metadata?.registrationDate ?? act.header?.registrationDate { return (registered, false) }
            return (metadata?.signedDate ?? act.header?.date).map { ($0, true) }
        }
    }

    /// The effective date a rule gives; nil (with a diagnostic) when it cannot be computed: a condition,
    /// an event whose date is unknown, or a period beyond the calendar.
    mutating func effectiveDate(_ rule: EntryIntoForce.Rule, at location: SourceLocation?) -> EffectiveDate? {
        switch rule {
        case .fixed(let date):
            return EffectiveDate(date, estimated: false)
        case .conditional(let text):
            // A period out of range already has its error; the rule stands as a quoted condition.
            if reading.diagnostics.contains(where: { $0.code == "number-out-of-range" }) { return nil }
            reading.diagnostics.append(
                Diagnostic(
                    .warning, "entry-into-force-conditional",
                    "takes effect on a condition no date expresses («\(text.prefix(120))»); the changes it governs are left undated", at: location))
            return nil
        case .after(let event, _):
            guard let start = date(of: event) else {
                let (code, what) =
                    switch event {
                    case .publication: ("publication-date-unknown", "neither a publication, registration nor signing date is known")
                    case .signing: ("signing-date-unknown", "the signing date is not known (no sidecar date, no header)")
                    case .registration: ("registration-date-unknown", "neither a registration nor a signing date is known")
                    }
                // The text is sound; a fact outside it is missing. The patches stay undated (the timeline
                // lists them as unapplied with this reason) and a sidecar date completes them.
                reading.diagnostics.append(Diagnostic(.warning, code, what + "; the changes stay undated", at: location))
                return nil
            }
            do throws(CivilDate.OutOfRange) {
                guard let date = try rule.date(eventDate: start.date) else { return nil }
                return EffectiveDate(date, estimated: start.isEstimated)
            } catch {
                reading.diagnostics.append(Diagnostic(.error, "number-out-of-range", "\(error); no date is computed", at: location))
                return nil
            }
        }
    }

    /// Dates every patch by the general rule, then applies the exceptions: an exception covering a
    /// patch's instruction dates the whole patch; one covering part of a payload defers that part.
    /// A rule that gives no date leaves its patches undated.
    mutating func applyEntryIntoForce(itemNumber: UnitNumber, abzacs: [Abzac]) {
        guard let rule = reading.entryIntoForce else {
            if !reading.patches.isEmpty {
                reading.diagnostics.append(
                    Diagnostic(.error, "entry-into-force-missing", "no item states when the order takes effect", at: SourceLocation(line: 1, column: 1)))
            }
            return
        }
        guard !reading.patches.isEmpty else { return }
        let general = effectiveDate(rule.rule, at: rule.span?.start) ?? placeholderDate
        for index in reading.patches.indices { reading.patches[index].effective = general }
        var missing: [EntryIntoForce.Unit] = []
        for exception in rule.exceptions {
            // Located only when a diagnostic needs it: a search of the source per exception would make a
            // clause of many exceptions quadratic.
            let needsPlace: Bool
            switch exception.rule {
            case .fixed: needsPlace = false
            default: needsPlace = true
            }
            let date = effectiveDate(exception.rule, at: needsPlace ? location(of: exception.text, in: rule.span) : rule.span?.start) ?? placeholderDate
            var covered: [(unit: EntryIntoForce.Unit, lines: ClosedRange<Int>)] = []
            for unit in exception.units {
                if let lines = lines(of: unit, itemNumber: itemNumber, abzacs: abzacs) { covered.append((unit, lines)) } else { missing.append(unit) }
            }
            apply(date, to: covered)
        }
        reportMissing(missing, itemNumber: itemNumber, abzacs: abzacs, at: rule.span?.start)
    }

    /// One diagnostic per missing unit, the first twenty of them; the rest counted in one more.
    private mutating func reportMissing(_ units: [EntryIntoForce.Unit], itemNumber: UnitNumber, abzacs: [Abzac], at location: SourceLocation?) {
        var seen = Set<String>()
        let distinct = units.filter { seen.insert($0.description).inserted }
        for unit in distinct.prefix(20) {
            let steps = unit.id.steps
            if steps.count == 2, steps[0].kind == .item, steps[0].number == itemNumber, steps[1].kind == .abzac, let ordinal = steps[1].number {
                reading.diagnostics.append(
                    Diagnostic(
                        .error, "exception-abzac-missing",
                        "the entry-into-force item names abzac \(ordinal) of item \(itemNumber), which has only \(abzacs.count)", at: location))
            } else {
                reading.diagnostics.append(
                    Diagnostic(.warning, "exception-unit-missing", "the entry-into-force exception names \(unit), which this act does not have", at: location))
            }
        }
        if distinct.count > 20 {
            reading.diagnostics.append(
                Diagnostic(.warning, "exception-unit-missing", "and \(distinct.count - 20) more units named by entry-into-force exceptions that this act does not have", at: location))
        }
    }

    /// Dates the patches whose instruction lies in `lines`, and defers the payload units that start there.
    /// An exception without a readable date leaves the patches it touches undated: a part held back
    /// to an unknown day is never put in force with the rest.
    private mutating func apply(_ date: EffectiveDate?, to covered: [(unit: EntryIntoForce.Unit, lines: ClosedRange<Int>)]) {
        for index in reading.patches.indices {
            let patch = reading.patches[index]
            if covered.contains(where: { $0.lines.contains(patch.span.start.line) }) {
                reading.patches[index].effective = date
                continue
            }
            let patchLines = patch.span.start.line...max(patch.span.start.line, patch.span.end.line)
            // The deepest payload unit starting on each line, once per patch.
            var deepestByLine: [Int: ClauseID] = [:]
            for (id, span) in payloadSpans[patch.sequence] ?? [:]
                where deepestByLine[span.start.line].map({ ($0.steps.count, id.description) < (id.steps.count, $0.description) }) ?? true
            {
                deepestByLine[span.start.line] = id
            }
            for (unit, lines) in covered where lines.overlaps(patchLines) {
                guard let date else {
                    reading.patches[index].effective = nil
                    continue
                }
                var mapped = false
                for line in lines.clamped(to: patchLines) {
                    // A unit's continuation lines add nothing.
                    if let deepest = deepestByLine[line] {
                        reading.patches[index].deferred.append(DeferredPart(target: deepest, effective: date))
                        mapped = true
                    }
                }
                if !mapped {
                    reading.diagnostics.append(
                        Diagnostic(
                            .warning, "exception-not-mapped", "\(unit), named by an entry-into-force exception, lies inside a payload but matches no unit of it",
                            at: SourceLocation(line: lines.lowerBound, column: 1)))
                }
            }
        }
    }

    /// The source lines of a unit the entry-into-force clause names: the amending item's abzacs by
    /// ordinal, or any unit of the act through its clause tree; nil when the act has no such unit.
    private func lines(of unit: EntryIntoForce.Unit, itemNumber: UnitNumber, abzacs: [Abzac]) -> ClosedRange<Int>? {
        guard let first = lines(of: unit.id, itemNumber: itemNumber, abzacs: abzacs) else { return nil }
        guard let through = unit.through else { return first }
        guard let last = lines(of: through, itemNumber: itemNumber, abzacs: abzacs) else { return first }
        return first.lowerBound...max(first.upperBound, last.upperBound)
    }

    private func lines(of id: ClauseID, itemNumber: UnitNumber, abzacs: [Abzac]) -> ClosedRange<Int>? {
        let steps = id.steps
        if steps.count == 2, steps[0].kind == .item, steps[0].number == itemNumber, steps[1].kind == .abzac, let ordinal = steps[1].number,
            lines(abzacs, belongTo: ClauseID([steps[0]]))
        {
            guard ordinal.parts.count == 1, let n = ordinal.parts.first, n >= 1, n <= abzacs.count else { return nil }
            let span = abzacs[n - 1].span
            return span.start.line...max(span.start.line, span.end.line)
        }
        // Abzacs and parts of any other unit: its own first line, then each unit below it, in order.
        if let last = steps.last, last.kind == .abzac, let ordinal = last.number, let parent = id.parent {
            guard let owner = lines(of: parent, itemNumber: itemNumber, abzacs: abzacs), let clause = clause(at: parent),
                ordinal.parts.count == 1, let n = ordinal.parts.first, n >= 1
            else { return nil }
            var starts: [Int] = clause.text.isEmpty && clause.heading == nil ? [] : [owner.lowerBound]
            clause.forEachDescendant(id: parent) { _, childID in
                if let line = act.spans[childID]?.start.line, !starts.contains(line) { starts.append(line) }
            }
            starts.sort()
            guard n <= starts.count else { return nil }
            let end = n < starts.count ? starts[n] - 1 : owner.upperBound
            return starts[n - 1]...max(starts[n - 1], end)
        }
        if let last = steps.last, last.kind == .title, let parent = id.parent {
            return lines(of: parent, itemNumber: itemNumber, abzacs: abzacs).map { $0.lowerBound...$0.lowerBound }
        }
        guard let span = act.spans[id] else { return nil }
        return span.start.line...max(span.start.line, span.end.line)
    }

    /// Whether the reader's abzacs are the lines of item `id` (an order read item by item), not the lines
    /// of a whole operative part.
    private func lines(_ abzacs: [Abzac], belongTo id: ClauseID) -> Bool {
        guard let span = act.spans[id], let first = abzacs.first?.span.start.line else { return false }
        return first == span.start.line
    }

    /// The clause with id `id` in the act.
    private func clause(at id: ClauseID) -> Clause? {
        if id == .root { return act.body }
        var found: Clause?
        act.body.forEachDescendant { clause, clauseID in
            if found == nil, clauseID == id { found = clause }
        }
        return found
    }
}

