import NusqaKit
import NusqaStore

/// Loads the timeline of the act a command names: from the store, only the act's family; else the whole corpus.
struct TimelineContext {
    var consolidation: Consolidation
    var entry: Corpus.Entry
    var timeline: Timeline

    init(_ name: String, context: Context) throws {
        let corpus: Corpus
        let found: Corpus.Entry?
        let rejected: Bool
        if let store = context.store {
            let family = store.family(named: name)
            corpus = family ?? Corpus(entries: [])
            found = store.act(named: name).flatMap { corpus.entry(named: $0.id) }
            rejected = found == nil && store.wasRejected(name)
        } else {
            corpus = try context.loadCorpus()
            found = corpus.entry(named: name)
            rejected = found == nil && corpus.wasRejected(name)
        }
        guard let entry = found else {
            if rejected {
                throw RuntimeError("\(name): error: this act could not be loaded (its sidecar or text is bad); see 'nusqa check' [act-unreadable]")
            }
            throw RuntimeError("\(name): error: no act with this id or number in the corpus; see 'nusqa acts' [act-not-found]")
        }
        self.entry = entry
        self.consolidation = Consolidation(corpus: corpus)
        self.timeline = consolidation.timeline(for: entry)
    }

    var title: String { EditionRenderer.title(of: entry) }

    func info(_ actID: String) -> EditorialNote.ActInfo? {
        EditorialNote.ActInfo(actID: actID, in: consolidation.corpus)
    }
}
