import Foundation
import NusqaKit

/// The timelines of one act's family (акт отбасы): the act, its amending acts, and the acts they cite,
/// consolidated exactly as the whole corpus would consolidate them.
struct FamilyJob: Sendable {
    /// The corpus folder.
    var corpusDirectory: String
    /// The sidecar of the act whose timeline is wanted.
    var targetSidecar: String
    /// The sidecars of the acts that amend it (their texts are read).
    var amenders: [String]
    /// Acts the amenders' readings resolved to: metadata only.
    var cited: [Corpus.Entry]
    /// Amending acts (ids) whose own timelines are wanted too: they have no amending acts of their own.
    var alsoFor: Set<String>
    /// Whether the target was read as an amending act (its own problems are then already written).
    var targetIsReadAmending: Bool
    /// Acts by number, for publishers' notes.
    var numbers: NumberIndex
    /// Readings pass 2 worked out, by sidecar, for the target and amenders that have one: not read again.
    var readings: [String: AmendmentReading] = [:]

    /// What the job found for one act.
    struct Result: Sendable {
        var sidecar: String
        var id: String
        var versions: [ClauseVersion]
        /// Whether every edition is its versions in order (``ClauseVersionBuilder/isExact(_:rowsOfEditions:in:)``).
        var isExact: Bool
        /// Whether the act's root is a gap (its text is not in corpus).
        var rootIsGap: Bool
        /// The dated changes applied to the act, in timeline order.
        var changes: [Change]
        /// Every change aimed at the act (``Consolidation/changes(for:)``): what its timeline is built from.
        var inputs: [Change]
        /// Publisher's notes that disagree, then unapplied changes.
        var timelineProblems: [CorpusCheck.Problem]
        /// Problems of the text, for an act not read as amending; nil otherwise.
        var own: [CorpusCheck.Problem]?
        var textTitle: String?
        var hasText: Bool
        /// The text parses as an amending order although it was not read as one.
        var isUnreadAmending: Bool
        var bytes: Int
        /// Texts read for this result.
        var texts: Int
    }

    /// Reads the texts and builds the timelines; nil results for acts that no longer load.
    /// - Complexity: O(size of the family's texts + the timelines' changes).
    func run() -> [Result] {
        var bytes = 0
        var texts = 0
        func load(_ sidecar: String) -> Corpus.Entry? {
            guard case .loaded(let entry)? = Corpus.loadSidecar(named: sidecar, in: corpusDirectory, parse: true) else { return nil }
            if let path = entry.textPath, entry.act != nil {
                bytes += fileStat(path)?.size ?? 0
                texts += 1
            }
            return entry
        }
        guard let target = load(targetSidecar) else { return [] }
        var entries = [target]
        var known: [String: AmendmentReading] = [:]
        if let reading = readings[targetSidecar] { known[target.metadata.id] = reading }
        var amenders: [(sidecar: String, entry: Corpus.Entry)] = []
        for sidecar in self.amenders {
            guard let read = load(sidecar) else { continue }
            amenders.append((sidecar, read))
            entries.append(read)
            if let reading = readings[sidecar] { known[read.metadata.id] = reading }
        }
        var present = Set(entries.map(\.metadata.id))
        for entry in cited where !present.contains(entry.metadata.id) {
            entries.append(entry)
            present.insert(entry.metadata.id)
        }
        for act in entries.compactMap(\.act) {
            for entry in numbers.candidates(for: act) where !present.contains(entry.metadata.id) {
                entries.append(entry)
                present.insert(entry.metadata.id)
            }
        }
        let corpus = Corpus(entries: entries)
        let consolidation = Consolidation(corpus: corpus, known: known)
        func result(_ entry: Corpus.Entry, sidecar: String, readAmending: Bool, bytes: Int, texts: Int) -> Result {
            let timeline = consolidation.timeline(for: entry)
            let isAmending = entry.act?.kind == .amendingOrder
            let built = ClauseVersionBuilder.build(timeline)
            let unapplied = Set(timeline.unapplied.map(\.change))
            return Result(
                sidecar: sidecar, id: entry.metadata.id, versions: built.versions, isExact: built.isExact, rootIsGap: built.rootIsGap,
                changes: timeline.changes.filter { !unapplied.contains($0) },
                inputs: consolidation.changes(for: entry.metadata.id),
                timelineProblems: CorpusCheck.timeline(entry, timeline, corpus: corpus),
                own: readAmending ? nil : CorpusCheck.own(entry, reading: nil),
                textTitle: entry.act?.title, hasText: entry.act != nil,
                isUnreadAmending: isAmending && !readAmending, bytes: bytes, texts: texts)
        }
        var results = [result(target, sidecar: targetSidecar, readAmending: targetIsReadAmending, bytes: bytes, texts: texts)]
        for (sidecar, entry) in amenders where alsoFor.contains(entry.metadata.id) {
            results.append(result(entry, sidecar: sidecar, readAmending: true, bytes: 0, texts: 0))
        }
        return results
    }
}
