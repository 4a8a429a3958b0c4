import NusqaKit
import NusqaStore

/// `nusqa diff ACT --from --to` answered from the store's rows (сақталған айырма): the two editions are range
/// queries over the act's clause versions, so nothing is parsed or consolidated. The same report the family's
/// timeline gives, byte for byte (StoreIdentityTests); nil when the rows cannot answer exactly.
enum StoredDiff {
    static func report(_ name: String, from: CivilDate, to: CivilDate, store: CorpusStore) throws -> (EditionDiff, DiffReport, String)? {
        guard let found = store.lookUpID(name) else { return nil }
        _ = StoreAccess.refresh(store, act: found)
        return try store.reading { try rowsReport(name, from: from, to: to, store: store) }
    }

    /// The report from the rows of a store that is current.
    private static func rowsReport(_ name: String, from: CivilDate, to: CivilDate, store: CorpusStore) throws -> (EditionDiff, DiffReport, String)? {
        guard let id = store.lookUpID(name), let rows = store.rowsAnswer(act: id), rows.metadata.title != nil else { return nil }
        // An earlier side before the act compares with the first text; a later side before it is a mistake.
        try TimelineContext.check(rows.metadata, max(from, to), option: from > to ? "--from" : "--to")
        guard let diff = (try? store.editionDiff(act: id, from: from, to: to, oldRootIsGap: rows.rootIsGap)) ?? nil,
            let changes = try? store.appliedChanges(act: id, after: min(from, to), through: max(from, to))
        else { return nil }
        var labels: [String: String] = [:]
        func actLabel(_ act: String) -> String {
            if let known = labels[act] { return known }
            let label = EditorialNote.actLabel(act, metadata: store.metadata(id: act))
            labels[act] = label
            return label
        }
        // As DiffReport.attributions reads the timeline: the changes that touch each entry's unit, or lie under it.
        var attributions: [ClauseID: [DiffReport.Attribution]] = [:]
        for entry in diff.entries {
            var matching = changes.filter { entry.id.isDescendant(ofOrEqualTo: $0.target) }
            if matching.isEmpty { matching = changes.filter { $0.target.isDescendant(ofOrEqualTo: entry.id) } }
            attributions[entry.id] = matching.map { change in
                DiffReport.Attribution(
                    act: change.act, actLabel: actLabel(change.act), instruction: change.instruction, instructionText: change.instructionText,
                    operation: change.operation, effective: change.effective.date, isEstimated: change.effective.isEstimated)
            }
        }
        let entry = Corpus.Entry(metadata: rows.metadata, parsed: nil, textPath: nil)
        let report = DiffReport(
            diff: diff, title: EditionRenderer.title(of: entry), from: from.description, to: to.description, attributions: attributions,
            labels: DocumentLabels(documents: rows.metadata.documents ?? []))
        return (diff, report, id)
    }
}
