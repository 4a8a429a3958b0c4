import NusqaKit
import NusqaStore

/// Loads the timeline of the act a command names: from the store, only the act's family; else the whole corpus.
struct TimelineContext {
    /// The corpus the act's notes name acts from: the whole corpus, or the act's family from the store.
    var corpus: Corpus
    var entry: Corpus.Entry
    var timeline: Timeline

    init(_ name: String, context: Context) throws {
        let corpus: Corpus
        let found: Corpus.Entry?
        let rejected: Bool
        if let store = context.store {
            // The store's exact lookup first, then the same forgiving lookup the whole corpus gets (ActLookup).
            var id = store.lookUpID(name)
            if let found = id {
                // The family's own files are checked (Freshness); a change re-reads them, and the name is looked up again.
                if StoreAccess.refresh(store, act: found) { id = store.lookUpID(name) }
            }
            // The changes the indexer stored, when it did: no amending act is read.
            if let id, let stored = store.timelineInputs(named: id) {
                self.corpus = stored.corpus
                self.entry = stored.entry
                self.timeline = Timeline(actID: stored.entry.metadata.id, base: Consolidation.base(of: stored.entry), changes: stored.changes)
                return
            }
            corpus = id.flatMap { store.family(named: $0) } ?? Corpus(entries: [])
            found = id.flatMap { corpus.entry(named: $0) }
            rejected = found == nil && store.wasRejected(name)
            if found == nil && !rejected { throw store.notFound(name) }
        } else {
            corpus = try context.loadCorpus()
            found = ActLookup.entry(name, in: corpus)
            rejected = found == nil && corpus.wasRejected(name)
        }
        guard let entry = found else {
            if rejected {
                throw RuntimeError("\(name): error: this act could not be loaded (its sidecar or text is bad); see 'nusqa check' [act-unreadable]")
            }
            throw ActLookup.notFound(name, in: corpus)
        }
        self.entry = entry
        self.corpus = corpus
        self.timeline = Consolidation(corpus: corpus).timeline(for: entry)
    }

    var title: String { EditionRenderer.title(of: entry) }

    /// Fails when `date` is before the act existed: before it was signed (or registered, when the
    /// signing date is unknown), the act has no text to show.
    func check(_ date: CivilDate, option: String) throws(RuntimeError) {
        try Self.check(entry.metadata, date, option: option)
    }

    /// Fails when `date` is before the act of `m` existed.
    static func check(_ m: ActMetadata, _ date: CivilDate, option: String) throws(RuntimeError) {
        guard let start = m.signedDate ?? m.registrationDate else { return }
        if date < start {
            let what = m.signedDate != nil ? "signed" : "registered"
            throw RuntimeError(
                "\(m.id): error: \(option) \(date) is before the order \(m.number.map { "№ \($0) " } ?? "")was \(what) (\(start)); it had no text on that date [date-before-act]")
        }
    }

    /// Labels that name the act's approved documents ("Қағидалардың 2-тармағы").
    var labels: DocumentLabels { DocumentLabels(documents: entry.metadata.documents ?? []) }

    /// An amending act as a reader names it: "№ 127 (V2500037290)".
    func actLabel(_ actID: String) -> String {
        EditorialNote.actLabel(actID, metadata: corpus.entry(named: actID)?.metadata)
    }

    func info(_ actID: String) -> EditorialNote.ActInfo? {
        EditorialNote.ActInfo(actID: actID, in: corpus)
    }
}
