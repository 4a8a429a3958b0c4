import NusqaKit

/// Loads the corpus and the timeline of the act a command names.
struct TimelineContext {
    var consolidation: Consolidation
    var entry: Corpus.Entry
    var timeline: Timeline

    init(_ name: String, context: Context) throws {
        let corpus = try context.loadCorpus()
        guard let entry = corpus.entry(named: name) else {
            if corpus.wasRejected(name) {
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
