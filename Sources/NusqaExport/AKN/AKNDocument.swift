import Foundation
import NusqaCore
import NusqaLanguage
import NusqaAmend
import NusqaParse
import NusqaCorpus
import NusqaTimeline
import NusqaDiff
import NusqaRender

/// One Akoma Ntoso 3.0 document (AKN құжаты): an edition of an act as a point in time, or an amending
/// order with its instructions as `<mod>` and `<quotedStructure>`.
///
/// An edition carries `<lifecycle>` (one `eventRef` per amending act and date), `<passiveModifications>`
/// (one `textualMod` per applied change, with source → the amending act's `<mod>` and destination → the
/// eId), `<temporalData>` (one group per event, used as `period`), and `<notes>` for the editorial notes
/// under changed units and for changes that could not be applied.
public struct AKNDocument {
    /// What every document of one export shares: the corpus and the amending layouts.
    public struct Context: Sendable {
        /// The consolidated corpus.
        public var consolidation: Consolidation
        /// Where each amending act's patches sit, by act id.
        var layouts: [String: AmendingLayout]

        /// Reads the layout of every amending act once.
        public init(consolidation: Consolidation) {
            self.consolidation = consolidation
            var layouts: [String: AmendingLayout] = [:]
            for (id, reading) in consolidation.readings {
                if let act = consolidation.corpus.entry(named: id)?.act, let layout = AmendingLayout(act: act, reading: reading) {
                    layouts[id] = layout
                }
            }
            self.layouts = layouts
        }

        /// The AKN names of a corpus act, or names made from the id alone.
        func naming(of actID: String) -> AKNNaming {
            if let metadata = consolidation.corpus.entry(named: actID)?.metadata { return AKNNaming(metadata: metadata) }
            return AKNNaming(unknownActID: actID)
        }

        /// The eId of the `<mod>` holding a patch, in its amending act.
        func modEId(act: String, sequence: Int) -> String? { layouts[act]?.modEIdBySequence[sequence] }
    }

    /// An amending act and date on the lifecycle.
    struct Event: Hashable {
        var date: CivilDate
        var act: String
        var isEstimated: Bool
        var isRepeal: Bool
    }

    /// The XML of edition `file` of `plan`.
    /// - Complexity: O(n + c) in the size of the edition and the number of changes.
    public static func render(_ plan: ActPlan, edition file: ActPlan.EditionFile, context: Context) -> String {
        let timeline = plan.timeline
        let edition = timeline.editions[file.index]
        let naming = plan.naming
        let metadata = plan.entry.metadata
        let expression = naming.expression(edition.date)

        // Events: one per amending act and effective date, over the whole timeline.
        var eventKeys: [String: Int] = [:]
        var events: [Event] = []
        let dated = timeline.changes.compactMap { change in change.effective.map { (change, $0) } }
        for (change, effective) in dated.sorted(by: { ($0.1.date, $0.0.act) < ($1.1.date, $1.0.act) }) {
            let key = "\(effective.date)|\(change.act)"
            let isRepeal = change.patch.operation == PatchOperation.repeal && change.target == ClauseID.root
            if let index = eventKeys[key] {
                events[index].isEstimated = events[index].isEstimated || effective.isEstimated
                events[index].isRepeal = events[index].isRepeal || isRepeal
                continue
            }
            eventKeys[key] = events.count
            events.append(Event(date: effective.date, act: change.act, isEstimated: effective.isEstimated, isRepeal: isRepeal))
        }
        let amendingActs = Array(Set(events.map(\.act))).sorted()
        let groupOf: (String, CivilDate) -> String? = { act, date in eventKeys["\(date)|\(act)"].map { "#tmpg_\($0 + 2)" } }

        // The body first: it collects the notes the meta block lists.
        var body = AKNBodyWriter(xml: XMLWriter(declaration: false), eIdOf: AKNNaming.eId)
        body.xml = XMLWriter(declaration: false)
        body.periodOf = { node in
            if let last = node.provenance.last { return groupOf(last.act, last.effective) }
            if case .pending(let from, _) = node.status {
                return events.firstIndex { $0.date == from }.map { "#tmpg_\($0 + 2)" }
            }
            return nil
        }
        let corpus = context.consolidation.corpus
        body.noteText = { provenance in
            EditorialNote.text(for: provenance, info: EditorialNote.ActInfo(actID: provenance.act, in: corpus))
        }
        let layout = file.index == 0 ? context.layouts[metadata.id] : nil
        let reading = layout != nil ? context.consolidation.readings[metadata.id] : nil
        writeStructure(edition.body, naming: naming, expression: expression, editionDate: edition.date, metadata: metadata, layout: layout, targetWork: reading?.targetID.map { context.naming(of: $0).work }, into: &body)

        var xml = XMLWriter()
        xml.open("akomaNtoso", ["xmlns": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"])
        xml.open(naming.documentType, ["name": naming.subtype, "contains": edition.date == nil ? nil : "singleVersion"])
        xml.open("meta")
        identification(&xml, naming: naming, expression: expression, component: "main", editionDate: edition.date, metadata: metadata)

        xml.open("lifecycle", ["source": "#nusqa"])
        xml.leaf("eventRef", ["eId": "eref_1", "date": naming.date, "source": "#original", "type": "generation"])
        for (index, event) in events.enumerated() {
            xml.leaf("eventRef", [
                "eId": "eref_\(index + 2)", "date": event.date.description,
                "source": "#amd_\((amendingActs.firstIndex(of: event.act) ?? 0) + 1)",
                "type": event.isRepeal ? "repeal" : "amendment", "refersTo": event.isEstimated ? "#estimated" : nil,
            ])
        }
        xml.close()

        // Passive modifications: every applied change; those of later editions point into the edition where they land.
        var mods: [(Change, Int)] = []
        for (index, later) in timeline.editions.enumerated() where index > 0 { for change in later.changes { mods.append((change, index)) } }
        let active = reading.map { activeModifications($0, layout: layout, context: context) } ?? []
        if !mods.isEmpty || !active.isEmpty {
            xml.open("analysis", ["source": "#nusqa"])
            if !active.isEmpty {
                xml.open("activeModifications")
                for line in active { xml.inline(line) }
                xml.close()
            }
            if !mods.isEmpty {
                xml.open("passiveModifications")
                for (number, (change, landing)) in mods.enumerated() {
                    let source = context.naming(of: change.act).expression(nil) + "/!main~"
                        + (context.modEId(act: change.act, sequence: change.patch.sequence) ?? "mod_\(change.patch.sequence)")
                    let target = AKNNaming.eId(change.target)
                    let destination = landing <= file.index
                        ? "#" + target : naming.expression(timeline.editions[landing].date) + "/~" + target
                    let kind = AmendingLayout.modification(change.patch.operation) ?? ("textualMod", "substitution")
                    var line = XMLWriter.Inline()
                    line.open(kind.element, [
                        "eId": "\(kind.element)_\(number + 1)", "type": kind.type,
                        "period": change.effective.flatMap { groupOf(change.act, $0.date) },
                    ])
                    line.empty("source", ["href": source])
                    line.empty("destination", ["href": destination])
                    line.close(kind.element)
                    xml.inline(line)
                }
                xml.close()
            }
            xml.close()
        }

        xml.open("temporalData", ["source": "#nusqa"])
        xml.inline(temporalGroup(1))
        for index in events.indices { xml.inline(temporalGroup(index + 2)) }
        xml.close()

        xml.open("references", ["source": "#nusqa"])
        xml.leaf("original", ["eId": "original", "href": naming.expression(nil), "showAs": metadata.number ?? metadata.id])
        for (index, act) in amendingActs.enumerated() {
            let m = corpus.entry(named: act)?.metadata
            let shown = [m?.signedDate?.dotted, m?.number.map { "№ " + $0 }].compactMap { $0 }.joined(separator: " ")
            xml.leaf("passiveRef", ["eId": "amd_\(index + 1)", "href": context.naming(of: act).work, "showAs": shown.isEmpty ? act : shown])
        }
        if let reading, let target = reading.targetID {
            xml.leaf("activeRef", ["eId": "target", "href": context.naming(of: target).work, "showAs": corpus.entry(named: target)?.metadata.number ?? target])
        }
        references(&xml, metadata: metadata)
        xml.close()

        let unapplied = timeline.unapplied.filter { ($0.change.effective?.date).map { $0 <= file.asOf } ?? true }
        if !body.notes.isEmpty || !unapplied.isEmpty {
            xml.open("notes", ["source": "#nusqa"])
            for note in body.notes {
                xml.open("note", ["eId": note.eId])
                xml.leaf("p", text: note.text)
                xml.close()
            }
            for (index, item) in unapplied.enumerated() {
                xml.open("note", ["eId": "unapplied_\(index + 1)", "class": "unapplied"])
                xml.leaf("p", text: "Қолданылмаған өзгеріс / unapplied change: \(item.change.target.kazakhReference) (\(item.change.act), \(item.change.effectiveText)): \(item.reason)")
                xml.close()
            }
            xml.close()
        }
        xml.close()  // meta
        var text = xml.out + body.xml.out.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "   " + $0 }.joined(separator: "\n")
        if !text.hasSuffix("\n") { text += "\n" }
        return text + "  </\(naming.documentType)>\n</akomaNtoso>\n"
    }

    private static func temporalGroup(_ number: Int) -> XMLWriter.Inline {
        var line = XMLWriter.Inline()
        line.open("temporalGroup", ["eId": "tmpg_\(number)"])
        line.empty("timeInterval", ["refersTo": "#inforce", "start": "#eref_\(number)"])
        line.close("temporalGroup")
        return line
    }

    /// `<identification>`: FRBR work, expression and manifestation of the document or one of its annexes.
    static func identification(
        _ xml: inout XMLWriter, naming: AKNNaming, expression: String, component: String, editionDate: CivilDate?, metadata: ActMetadata
    ) {
        let expressionDate = editionDate?.description ?? naming.date
        xml.open("identification", ["source": "#nusqa"])
        xml.open("FRBRWork")
        xml.leaf("FRBRthis", ["value": naming.work + "/!" + component])
        xml.leaf("FRBRuri", ["value": naming.work])
        if component == "main", let number = naming.officialNumber { xml.leaf("FRBRalias", ["value": number, "name": "number"]) }
        xml.leaf("FRBRdate", ["date": naming.date, "name": metadata.signed != nil ? "signed" : "known"])
        xml.leaf("FRBRauthor", ["href": "#issuer"])
        xml.leaf("FRBRcountry", ["value": "kz"])
        if component == "main" {
            xml.leaf("FRBRsubtype", ["value": naming.subtype])
            xml.leaf("FRBRnumber", ["value": naming.number])
        }
        xml.close()
        xml.open("FRBRExpression")
        xml.leaf("FRBRthis", ["value": expression + "/!" + component])
        xml.leaf("FRBRuri", ["value": expression])
        xml.leaf("FRBRdate", ["date": expressionDate, "name": editionDate == nil ? "original" : "edition"])
        xml.leaf("FRBRauthor", ["href": editionDate == nil ? "#issuer" : "#nusqa"])
        xml.leaf("FRBRlanguage", ["language": "kaz"])
        xml.close()
        xml.open("FRBRManifestation")
        xml.leaf("FRBRthis", ["value": expression + "/!" + component + ".xml"])
        xml.leaf("FRBRuri", ["value": expression + ".akn"])
        xml.leaf("FRBRdate", ["date": expressionDate, "name": "generation"])
        xml.leaf("FRBRauthor", ["href": "#nusqa"])
        xml.leaf("FRBRformat", ["value": "application/akn+xml"])
        xml.close()
        xml.close()
    }

    /// The organisations and concepts every document refers to.
    static func references(_ xml: inout XMLWriter, metadata: ActMetadata) {
        let issuer = metadata.issuer ?? "белгісіз / unknown"
        let issuerSlug = AKNNaming.slug(issuer.replacingOccurrences(of: "Қазақстан Республикасы", with: ""))
        xml.leaf("TLCOrganization", ["eId": "issuer", "href": "/akn/ontology/organization/kz/" + (issuerSlug.isEmpty ? "unknown" : issuerSlug), "showAs": issuer])
        xml.leaf("TLCOrganization", ["eId": "nusqa", "href": "/akn/ontology/organization/kz/nusqa", "showAs": "Nusqa"])
        xml.leaf("TLCConcept", ["eId": "inforce", "href": "/akn/ontology/concept/inforce", "showAs": "in force"])
        xml.leaf("TLCConcept", ["eId": "estimated", "href": "/akn/ontology/concept/nusqa/estimatedDate", "showAs": "күні болжамды / estimated date"])
    }

    /// The `<textualMod>` lines of an amending act's own instructions.
    static func activeModifications(_ reading: AmendmentReading, layout: AmendingLayout?, context: Context) -> [XMLWriter.Inline] {
        guard let layout else { return [] }
        let target = reading.targetID.map { context.naming(of: $0).work }
            ?? "/akn/kz/act/order/unknown/" + (reading.targetCitation?.number.map(AKNNaming.slug) ?? "unknown")
        var lines: [XMLWriter.Inline] = []
        var number = 0
        for mod in layout.mods {
            for (ordinal, patch) in mod.patches.enumerated() {
                guard let kind = AmendingLayout.modification(patch.operation) else { continue }
                number += 1
                var line = XMLWriter.Inline()
                line.open(kind.element, ["eId": "\(kind.element)_\(number)", "type": kind.type])
                line.empty("source", ["href": "#" + mod.eId])
                line.empty("destination", ["href": target + "/~" + AKNNaming.eId(patch.target)])
                if patch.payload != nil || patch.words != nil {
                    line.empty("new", ["href": "#" + AmendingLayout.quoteEId(mod: mod.eId, ordinal: ordinal + 1)])
                }
                line.close(kind.element)
                lines.append(line)
            }
        }
        return lines
    }
}
