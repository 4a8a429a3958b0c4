import Foundation
import NusqaKit

extension CorpusStore {
    /// The act `name` names (id, order number or registration number), as ``Corpus/entry(named:)`` finds it.
    /// - Returns: the act's sidecar and id.
    public func act(named name: String) -> (sidecar: String, id: String)? {
        let candidates = reader.candidates(named: name)
        guard let found = Corpus(entries: candidates).entry(named: name) else { return nil }
        guard let sidecar = reader.sidecar(id: found.metadata.id) else { return nil }
        return (sidecar, found.metadata.id)
    }

    /// The family of the act `name` names, as a small corpus: the act and its amending acts, parsed, and the acts
    /// their readings cite, metadata only. Consolidating it gives the act's timeline exactly as the whole corpus does.
    /// - Complexity: O(size of the family's texts).
    public func family(named name: String) -> Corpus? {
        guard let (sidecar, id) = act(named: name) else { return nil }
        var sidecars = [sidecar]
        var cited = Set<String>()
        let amenders = (try? database.prepare("SELECT sidecar, id FROM acts WHERE target = ?1 AND is_amending = 1 AND \(StoreReader.isEntry) ORDER BY sidecar")
            .rows([.text(id)]) { ($0.text(0) ?? "", $0.text(1) ?? "") }) ?? []
        let citedBy = try? database.prepare("SELECT DISTINCT result FROM lookups WHERE act = ?1 AND result IS NOT NULL")
        for askingID in [id] + amenders.map(\.1) {
            for result in (try? citedBy?.rows([.text(askingID)], { $0.text(0) ?? "" })) ?? [] { cited.insert(result) }
        }
        sidecars += amenders.map(\.0)
        let corpusDirectory = self.corpusDirectory
        let parsed = ParallelMap.map(sidecars) { sidecar -> Corpus.Entry? in
            guard case .loaded(let entry)? = Corpus.loadSidecar(named: sidecar, in: corpusDirectory, parse: true) else { return nil }
            return entry
        }
        var entries = parsed.compactMap { $0 }
        let present = Set(entries.map { $0.metadata.id })
        for citedID in cited.sorted() where !present.contains(citedID) {
            if let row = reader.sidecar(id: citedID), let entry = reader.entry(sidecar: row) { entries.append(entry) }
        }
        return Corpus(entries: entries)
    }

    /// Resolves citations and approved documents as the whole corpus would, from the store.
    public func resolver() -> (resolve: (Citation) -> String?, documents: (String) -> [ActMetadata.Document]) {
        let recording = RecordingResolver(store: reader)
        return (recording.resolve, recording.documents)
    }

    /// Every act, in the order a loaded corpus lists them (by id).
    public func acts() throws -> [ActSummary] {
        let rows = try database.prepare(
            "SELECT id, kind, number, signed, title, text_title, has_text, published, registration FROM acts WHERE \(StoreReader.isEntry)"
        ).rows {
            ActSummary(
                id: $0.text(0) ?? "", kind: $0.text(1) ?? "", number: $0.text(2), signed: $0.text(3), title: $0.text(4), textTitle: $0.text(5),
                hasText: $0.int(6) != 0, published: $0.text(7), registrationNumber: $0.text(8))
        }
        return rows.sorted { $0.id < $1.id }
    }

    /// Whether the act `id` was left out of the corpus because its sidecar or text could not be read
    /// (``Corpus/wasRejected(_:)``).
    public func wasRejected(_ id: String) -> Bool {
        ((try? loadProblems()) ?? []).contains { ($0.file as NSString).lastPathComponent == id + ".json" }
    }

    /// The problems of loading the sidecars, in the order ``Corpus/load(from:)`` meets them.
    public func loadProblems() throws -> [CorpusCheck.Problem] {
        try findings("part = 0").sorted { $0.sidecar < $1.sidecar }.flatMap(\.problems)
    }

    /// What `nusqa check` reports, from the store: the same ``CorpusCheck`` the whole corpus gives.
    public func check() throws -> CorpusCheck {
        let load = try loadProblems()
        let ids = try database.prepare("SELECT sidecar, id, patch_count FROM acts WHERE \(StoreReader.isEntry)").rows {
            ($0.text(0) ?? "", $0.text(1) ?? "", $0.int(2))
        }
        var byAct: [String: [Int: [CorpusCheck.Problem]]] = [:]
        for group in try findings("part > 0") { byAct[group.sidecar, default: [:]][group.part] = group.problems }
        var problems = load
        for (sidecar, _, _) in ids.sorted(by: { $0.1 < $1.1 }) {
            problems += byAct[sidecar]?[1] ?? []
            problems += byAct[sidecar]?[2] ?? []
        }
        return CorpusCheck(problems: problems, loadProblemCount: load.count, actCount: ids.count, patchCount: ids.reduce(0) { $0 + $1.2 })
    }

    private func findings(_ condition: String) throws -> [(sidecar: String, part: Int, problems: [CorpusCheck.Problem])] {
        let rows = try database.prepare(
            "SELECT sidecar, part, file, in_acts, severity, code, message, line, col, with_location FROM findings WHERE \(condition) ORDER BY sidecar, part, seq"
        ).rows { row -> (String, Int, CorpusCheck.Problem) in
            let file = row.int(3) != 0 ? (actsDirectory as NSString).appendingPathComponent(row.text(2) ?? "") : row.text(2) ?? ""
            let location = row.isNull(7) ? nil : SourceLocation(line: row.int(7), column: row.int(8))
            let severity = Diagnostic.Severity(rawValue: row.text(4) ?? "") ?? .error
            let diagnostic = Diagnostic(severity, row.text(5) ?? "", row.text(6) ?? "", at: location)
            return (row.text(0) ?? "", row.int(1), CorpusCheck.Problem(file: file, diagnostic: diagnostic, withLocation: row.int(9) != 0))
        }
        var out: [(sidecar: String, part: Int, problems: [CorpusCheck.Problem])] = []
        for (sidecar, part, problem) in rows {
            if let last = out.last, last.sidecar == sidecar, last.part == part {
                out[out.count - 1].problems.append(problem)
            } else {
                out.append((sidecar, part, [problem]))
            }
        }
        return out
    }
}

extension CorpusStore {
    /// One act of the corpus, parsed, as a loaded corpus holds it.
    /// - Complexity: O(size of its text).
    public func entry(sidecar: String) -> Corpus.Entry? { reader.parsedEntry(sidecar: sidecar) }
}
