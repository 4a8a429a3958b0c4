import NusqaCore
import NusqaLanguage
import NusqaAmend
import NusqaParse
import NusqaCorpus
import NusqaTimeline
import NusqaDiff
import NusqaRender

/// `nusqa export akn`: one Akoma Ntoso 3.0 document per edition of each act (AKN экспорты).
///
/// Layout under the output folder: `<act>/<edition>.akn.xml`, where `<act>` is the act's id made safe
/// (``SafeName``) and `<edition>` is `original` or the edition's first day (`2026-01-01`). An amending
/// order's `original.akn.xml` holds its instructions as `<mod>` with `<quotedStructure>`.
public enum AKNExport {
    /// Plans every act named in `ids` (nil: the whole corpus), refusing hostile ids before anything is written.
    /// - Throws: ``ExportError`` `unsafe-id`, `id-clash` or `act-not-found`.
    public static func plans(_ consolidation: Consolidation, ids: [String]?) throws(ExportError) -> [ActPlan] {
        let entries: [Corpus.Entry]
        if let ids {
            var found: [Corpus.Entry] = []
            for id in ids {
                guard let entry = consolidation.corpus.entry(named: id) else {
                    throw ExportError("act-not-found", "\(id): error: no act with this id or number in the corpus; see 'nusqa acts'")
                }
                found.append(entry)
            }
            entries = found
        } else {
            entries = consolidation.corpus.entries
        }
        // Every id is checked first, so a hostile sidecar anywhere stops the export before any file.
        var names: [String: String] = [:]
        for entry in entries {
            let name = try SafeName(id: entry.metadata.id, file: entry.textPath ?? "sidecar of '\(entry.metadata.id)'")
            if let other = names[name.value.lowercased()], other != entry.metadata.id {
                throw ExportError("id-clash", "error: the act ids '\(other)' and '\(entry.metadata.id)' give the same file name '\(name)'")
            }
            names[name.value.lowercased()] = entry.metadata.id
        }
        var plans: [ActPlan] = []
        for entry in entries where !plans.contains(where: { $0.entry.metadata.id == entry.metadata.id }) {
            plans.append(try ActPlan(entry: entry, consolidation: consolidation))
        }
        return plans
    }

    /// The file name of an edition's AKN document.
    static func fileName(_ file: ActPlan.EditionFile) -> SafeName { SafeName(trusted: file.label.value + ".akn.xml") }

    /// Writes the documents of `plans` under `writer` (prefix: folders above each act's folder).
    /// - Throws: ``ExportError`` when a file cannot be written.
    public static func write(
        _ plans: [ActPlan], context: AKNDocument.Context, to writer: ExportWriter, under prefix: [SafeName] = [],
        progress: (ExportProgress) -> Void = { _ in }
    ) throws(ExportError) {
        for (index, plan) in plans.enumerated() {
            for file in plan.editions {
                try writer.write(AKNDocument.render(plan, edition: file, context: context), at: prefix + [plan.name, fileName(file)])
            }
            progress(ExportProgress(acts: index + 1, totalActs: plans.count, files: writer.fileCount, bytes: writer.byteCount))
        }
    }
}
