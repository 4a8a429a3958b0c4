import NusqaCore
import NusqaParse

extension AmendmentReader {
    /// The entry-into-force rule from the order's own items, read from the last one that states it.
    func findEntryIntoForce() -> EntryIntoForce? {
        for item in act.body.children.reversed() where item.kind == .item && !StructureParser.isAmendingLead(item.text) {
            let text = ([item.text] + item.children.map(\.text)).joined(separator: " ")
            let span = act.spans[ClauseID.root.appending(item.idStep)]
            if let rule = EntryIntoForce.parse(text, span: span) { return rule }
        }
        return nil
    }

    /// The publication date: from metadata, else estimated from the registration or signing date.
    var publication: (date: CivilDate, isEstimated: Bool)? {
        if let published = metadata?.publishedDate { return (published, false) }
        if let registered = metadata?.registrationDate ?? act.header?.registrationDate { return (registered, true) }
        if let signed = metadata?.signedDate ?? act.header?.date { return (signed, true) }
        return nil
    }

    /// Dates every patch by the general rule, then applies the abzac exceptions: an exception covering
    /// a whole patch dates the patch; one covering part of a payload defers that part.
    mutating func applyEntryIntoForce(itemNumber: UnitNumber, abzacs: [Abzac]) {
        guard let rule = reading.entryIntoForce else {
            if !reading.patches.isEmpty {
                reading.diagnostics.append(
                    Diagnostic(.error, "entry-into-force-missing", "no item states when the order takes effect", at: SourceLocation(line: 1, column: 1)))
            }
            return
        }
        let general: EffectiveDate
        if rule.dependsOnPublication {
            guard let publication else {
                reading.diagnostics.append(
                    Diagnostic(.error, "publication-date-unknown", "neither a publication, registration nor signing date is known", at: rule.span?.start))
                return
            }
            general = EffectiveDate(rule.generalDate(publication: publication.date), estimated: publication.isEstimated)
        } else {
            general = EffectiveDate(rule.generalDate(publication: CivilDate.today()), estimated: false)
        }
        for index in reading.patches.indices { reading.patches[index].effective = general }
        for exception in rule.exceptions where exception.item == itemNumber {
            let date = EffectiveDate(exception.date, estimated: false)
            for ordinal in exception.abzacs where ordinal > abzacs.count {
                reading.diagnostics.append(
                    Diagnostic(
                        .error, "exception-abzac-missing",
                        "the entry-into-force item names abzac \(ordinal) of item \(itemNumber), which has only \(abzacs.count)",
                        at: rule.span?.start))
            }
            let covered = Set(exception.abzacs)
            for index in reading.patches.indices {
                let patch = reading.patches[index]
                let inPatch = covered.filter { patch.abzacs.contains($0) }
                if inPatch.isEmpty { continue }
                if Set(patch.abzacs).isSubset(of: covered) || inPatch.contains(patch.abzacs.lowerBound) {
                    reading.patches[index].effective = date
                    continue
                }
                for ordinal in inPatch.sorted() {
                    let line = abzacs[ordinal - 1].span.start.line
                    let candidates = (payloadSpans[patch.sequence] ?? [:]).filter { $0.value.start.line == line }
                    if let deepest = candidates.keys.max(by: { $0.steps.count < $1.steps.count }) {
                        reading.patches[index].deferred.append(DeferredPart(target: deepest, effective: date))
                    } else {
                        reading.diagnostics.append(
                            Diagnostic(.warning, "exception-not-mapped", "abzac \(ordinal) lies inside a payload but matches no unit of it", at: abzacs[ordinal - 1].span.start))
                    }
                }
            }
        }
    }
}
