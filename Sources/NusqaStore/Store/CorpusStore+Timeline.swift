import Foundation
import NusqaKit

extension CorpusStore {
    /// What the timeline of the act `name` names is built from, read from the store: the act, parsed; the changes
    /// aimed at it as the indexer stored them (``ChangeCodec``), so no amending act's instructions are read again;
    /// and a small corpus of the act, its amending acts and the acts their readings cite, metadata only but for the
    /// act, for the names and dates notes print. Nil when the store holds no changes for the act (then
    /// ``family(named:)`` gives the same timeline by consolidating).
    /// - Complexity: O(size of the act's text + size of the stored changes).
    public func timelineInputs(named name: String) -> (corpus: Corpus, entry: Corpus.Entry, changes: [Change])? {
        (try? database.reading { inputs(named: name) }) ?? nil
    }

    private func inputs(named name: String) -> (corpus: Corpus, entry: Corpus.Entry, changes: [Change])? {
        guard let (sidecar, id) = act(named: name) else { return nil }
        guard
            let blob = try? database.prepare("SELECT t.changes FROM timeline_changes t JOIN act_ids a ON a.key = t.act WHERE a.id = ?1")
                .rows([.text(id)], { $0.blob(0) }).first,
            let changes = ChangeCodec.decode(blob, lookups: lookups())
        else { return nil }
        guard case .loaded(let entry)? = Corpus.loadSidecar(named: sidecar, in: corpusDirectory, parse: true) else { return nil }
        var entries = [entry]
        let amenders = (try? database.prepare("SELECT sidecar, id FROM acts WHERE target = ?1 AND is_amending = 1 AND \(StoreReader.isEntry) ORDER BY sidecar")
            .rows([.text(id)]) { ($0.text(0) ?? "", $0.text(1) ?? "") }) ?? []
        var cited = Set<String>()
        let citedBy = try? database.prepare("SELECT DISTINCT result FROM lookups WHERE act = ?1 AND result IS NOT NULL")
        for askingID in [id] + amenders.map(\.1) {
            for result in (try? citedBy?.rows([.text(askingID)], { $0.text(0) ?? "" })) ?? [] { cited.insert(result) }
        }
        for (amender, _) in amenders {
            if let found = reader.entry(sidecar: amender) { entries.append(found) }
        }
        let present = Set(entries.map { $0.metadata.id })
        for citedID in cited.sorted() where !present.contains(citedID) {
            if let row = reader.sidecar(id: citedID), let found = reader.entry(sidecar: row) { entries.append(found) }
        }
        return (Corpus(entries: entries), entry, changes)
    }

    /// Finds the wordings and instructions a stored change list names, each read once.
    private func lookups() -> ChangeCodec.Lookups {
        let wording = try? database.prepare("SELECT heading, text FROM wordings WHERE id = ?1")
        let patches = try? database.prepare("SELECT seq, instruction FROM patches WHERE act = ?1")
        var wordings: [Int: ChangeCodec.Wording] = [:]
        var instructions: [String: [Int: String]] = [:]
        return ChangeCodec.Lookups(
            wording: { id in
                if let known = wordings[id] { return known }
                guard let row = try? wording?.rows([.int(id)], { ChangeCodec.Wording(heading: $0.isNull(0) ? nil : $0.text(0), text: $0.text(1) ?? "") }).first
                else { return nil }
                wordings[id] = row
                return row
            },
            instruction: { act, sequence in
                if instructions[act] == nil {
                    var found: [Int: String] = [:]
                    for (seq, text) in (try? patches?.rows([.text(act)], { ($0.int(0), $0.text(1) ?? "") })) ?? [] { found[seq] = text }
                    instructions[act] = found
                }
                return instructions[act]?[sequence]
            })
    }
}
