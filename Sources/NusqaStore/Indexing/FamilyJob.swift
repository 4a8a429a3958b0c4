import Foundation
import NusqaKit

/// The timelines of one act's family (акт отбасы): the act, its amending acts, and the acts they cite,
/// consolidated exactly as the whole corpus would consolidate them.
struct FamilyJob: Sendable {
    /// The act whose timeline is wanted.
    var target: Corpus.Entry
    var targetSidecar: String
    /// The acts that amend it (their texts are read).
    var amenders: [(sidecar: String, entry: Corpus.Entry)]
    /// Acts the amenders' readings resolved to: metadata only.
    var cited: [Corpus.Entry]
    /// Amending acts (ids) whose own timelines are wanted too: they have no amending acts of their own.
    var alsoFor: Set<String>
    /// Whether the target was read as an amending act (its own problems are then already written).
    var targetIsReadAmending: Bool

    /// What the job found for one act.
    struct Result: Sendable {
        var sidecar: String
        var id: String
        var versions: [ClauseVersion]
        var unapplied: [CorpusProblem]
        /// Problems of the text, for an act not read as amending; nil otherwise.
        var own: [CorpusProblem]?
        var textTitle: String?
        var hasText: Bool
        /// The text parses as an amending order although it was not read as one.
        var isUnreadAmending: Bool
        var bytes: Int
        /// Texts read for this result.
        var texts: Int
    }

    /// Reads the texts and builds the timelines.
    /// - Complexity: O(size of the family's texts + the timelines' changes).
    func run() -> [Result] {
        var bytes = 0
        var texts = 0
        func parsed(_ entry: Corpus.Entry) -> Corpus.Entry {
            var entry = entry
            guard let path = entry.textPath, let data = FileManager.default.contents(atPath: path) else {
                entry.textPath = nil
                return entry
            }
            bytes += data.count
            texts += 1
            entry.act = ActParser.parse(bytes: [UInt8](data), name: path, dialect: entry.metadata.dialect.flatMap(Dialect.init(rawValue:)))
            return entry
        }
        let target = parsed(self.target)
        var entries = [target]
        var amenders: [(sidecar: String, entry: Corpus.Entry)] = []
        for (sidecar, entry) in self.amenders {
            let read = parsed(entry)
            amenders.append((sidecar, read))
            entries.append(read)
        }
        let present = Set(entries.map(\.metadata.id))
        entries += cited.filter { !present.contains($0.metadata.id) }
        let consolidation = Consolidation(corpus: Corpus(entries: entries))
        var results: [Result] = []
        func result(_ entry: Corpus.Entry, sidecar: String, readAmending: Bool, bytes: Int, texts: Int) -> Result {
            let timeline = consolidation.timeline(for: entry)
            let isAmending = entry.act?.kind == .amendingOrder
            return Result(
                sidecar: sidecar, id: entry.metadata.id, versions: ClauseVersionBuilder.versions(of: timeline),
                unapplied: CorpusProblem.unapplied(timeline),
                own: readAmending ? nil : CorpusProblem.own(entry, reading: nil),
                textTitle: entry.act?.title, hasText: entry.act != nil,
                isUnreadAmending: isAmending && !readAmending, bytes: bytes, texts: texts)
        }
        results.append(result(target, sidecar: targetSidecar, readAmending: targetIsReadAmending, bytes: bytes, texts: texts))
        for (sidecar, entry) in amenders where alsoFor.contains(entry.metadata.id) {
            results.append(result(entry, sidecar: sidecar, readAmending: true, bytes: 0, texts: 0))
        }
        return results
    }
}
