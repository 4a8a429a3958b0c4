import NusqaAmend
import NusqaCore
import NusqaCorpus
import NusqaParse

/// Links the corpus together (шоғырландыру): each amending act's patches to their target, and
/// the timeline of every act that is amended or has text.
public struct Consolidation: Sendable {
    /// The corpus.
    public let corpus: Corpus
    /// Amendment readings by amending act id.
    public let readings: [String: AmendmentReading]
    /// Amending act ids by the id of the act they amend, sorted.
    let amendingActs: [String: [String]]

    /// Reads every amending act of the corpus.
    /// - Complexity: O(total size of the amending texts).
    public init(corpus: Corpus) {
        self.init(corpus: corpus, known: [:])
    }

    /// Reads every amending act of the corpus, except those whose reading is already `known` (by act id):
    /// a reading worked out before against the same citations (the store's indexer keeps them between passes).
    /// The caller vouches that each known reading is what `Corpus.amendments(of:)` gives for that act here.
    /// - Complexity: O(total size of the amending texts not known).
    public init(corpus: Corpus, known: [String: AmendmentReading]) {
        self.corpus = corpus
        var readings: [String: AmendmentReading] = [:]
        for entry in corpus.entries {
            let kept = entry.act?.kind == .amendingOrder ? known[entry.metadata.id] : nil
            if let reading = kept ?? corpus.amendments(of: entry) { readings[entry.metadata.id] = reading }
        }
        self.readings = readings
        var byTarget: [String: [String]] = [:]
        for (amending, reading) in readings {
            if let target = reading.targetID { byTarget[target, default: []].append(amending) }
        }
        self.amendingActs = byTarget.mapValues { $0.sorted() }
    }

    /// Every change aimed at `actID`, from every amending act.
    public func changes(for actID: String) -> [Change] {
        var out: [Change] = []
        for amending in amendingActs[actID] ?? [] {
            guard let reading = readings[amending] else { continue }
            let actDate = corpus.entry(named: amending)?.metadata.signedDate
            for patch in reading.patches {
                out.append(Change(act: amending, actDate: actDate, patch: patch, effective: patch.effective, deferredTarget: nil))
                for part in patch.deferred {
                    out.append(Change(act: amending, actDate: actDate, patch: patch, effective: part.effective, deferredTarget: part.target))
                }
            }
        }
        return out
    }

    /// The starting tree of an act: its parsed text, or a skeleton of gaps from its metadata.
    public func base(for entry: Corpus.Entry) -> Clause { Self.base(of: entry) }

    /// The starting tree of an act (``base(for:)``), without a consolidation: it depends on the entry alone.
    public static func base(of entry: Corpus.Entry) -> Clause {
        if let act = entry.act { return act.body }
        var root = Clause(.document, content: .notInCorpus)
        root.children.append(Clause(.preamble, content: .notInCorpus))
        let documents = entry.metadata.documents ?? [ActMetadata.Document(annex: "1", kind: nil, title: nil)]
        for document in documents {
            var annex = Clause(.annex, number: UnitNumber(document.annex) ?? UnitNumber(1), content: .notInCorpus)
            annex.heading = document.title
            root.children.append(annex)
        }
        return root
    }

    /// The timeline of an act.
    public func timeline(for entry: Corpus.Entry) -> Timeline {
        Timeline(actID: entry.metadata.id, base: base(for: entry), changes: changes(for: entry.metadata.id))
    }
}
