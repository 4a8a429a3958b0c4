import NusqaCore
import NusqaLanguage
import NusqaAmend
import NusqaParse
import NusqaCorpus
import NusqaTimeline
import NusqaDiff
import NusqaRender

/// `nusqa export site`: a static site of the corpus (статикалық сайт) that any web server or `file://` serves.
///
/// Layout (every link relative):
/// ```
/// index.html                          acts, searchable in the page (search-index.js + search.js)
/// search-index.js, search.js          the search index built at export time, and the script that reads it
/// timeline.js                         marks editions in force / not yet in force by the reader's date
/// acts.json                           the `acts` document (nusqa/1)
/// acts/<act>/index.html               the act: editions, the changes that made each, unapplied changes
/// acts/<act>/versions.json            the `versions` document
/// acts/<act>/<edition>.html|.json     the edition as `show --format html|json` prints it
/// acts/<act>/<edition>.akn.xml        the edition in Akoma Ntoso 3.0
/// acts/<act>/diff-<a>--<b>.html|.json the change between consecutive editions, as `diff` prints it
/// ```
/// `<edition>` is `original` or the edition's first day; `<act>` is the act id made safe (``SafeName``).
public enum SiteExport {
    /// Writes the whole site for `plans` into `writer`.
    /// - Throws: ``ExportError`` when a file cannot be written.
    /// - Complexity: O(total size of every edition of every act).
    public static func write(
        _ plans: [ActPlan], context: AKNDocument.Context, to writer: ExportWriter, progress: (ExportProgress) -> Void = { _ in }
    ) throws(ExportError) {
        let corpus = context.consolidation.corpus
        try writer.write(SitePages.index(plans), at: [SafeName(trusted: "index.html")])
        try writer.write(SitePages.searchIndex(plans), at: [SafeName(trusted: "search-index.js")])
        try writer.write(SitePages.searchScript, at: [SafeName(trusted: "search.js")])
        try writer.write(SitePages.timelineScript, at: [SafeName(trusted: "timeline.js")])
        try writer.write(JSONOutput.acts(corpus).rendered(), at: [SafeName(trusted: "acts.json")])
        let acts = SafeName(trusted: "acts")
        let names = Dictionary(plans.map { ($0.entry.metadata.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        for (index, plan) in plans.enumerated() {
            let folder = [acts, plan.name]
            let id = plan.entry.metadata.id
            let title = EditionRenderer.title(of: plan.entry)
            try writer.write(SitePages.actPage(plan, context: context, names: names), at: folder + [SafeName(trusted: "index.html")])
            try writer.write(JSONOutput.versions(act: plan.entry.metadata.id, timeline: plan.timeline).rendered(), at: folder + [SafeName(trusted: "versions.json")])
            let labels = DocumentLabels(documents: plan.entry.metadata.documents ?? [])
            var previous: (ActPlan.EditionFile, Edition)?
            for file in plan.editions {
                let edition = plan.timeline.editions[file.index]
                let coming = plan.coming(after: file)
                let renderer = EditionRenderer(
                    title: title, asOf: file.asOf, edition: edition, coming: coming, unapplied: plan.timeline.unapplied,
                    labels: labels, info: { EditorialNote.ActInfo(actID: $0, in: corpus) })
                try writer.write(renderer.render(.html), at: folder + [SafeName(trusted: file.label.value + ".html")])
                try writer.write(
                    JSONOutput.show(act: id, asOf: file.asOf, edition: edition, coming: coming).rendered(),
                    at: folder + [SafeName(trusted: file.label.value + ".json")])
                try writer.write(AKNDocument.render(plan, edition: file, context: context), at: folder + [AKNExport.fileName(file)])
                if let (before, old) = previous {
                    let diff = EditionDiff(from: old.body, to: edition.body)
                    let stem = diffStem(before, file)
                    let report = DiffReport(
                        diff: diff, title: title, from: before.asOf.description, to: file.asOf.description,
                        attributions: DiffReport.attributions(
                            diff, timeline: plan.timeline, from: before.asOf, to: file.asOf,
                            actLabel: { EditorialNote.actLabel($0, metadata: corpus.entry(named: $0)?.metadata) }),
                        labels: labels)
                    try writer.write(
                        DiffRenderer.html(report),
                        at: folder + [SafeName(trusted: stem + ".html")])
                    try writer.write(
                        JSONOutput.diff(report, act: id).rendered(),
                        at: folder + [SafeName(trusted: stem + ".json")])
                }
                previous = (file, edition)
            }
            progress(ExportProgress(acts: index + 1, totalActs: plans.count, files: writer.fileCount, bytes: writer.byteCount))
        }
    }

    /// `diff-original--2025-11-11`.
    static func diffStem(_ a: ActPlan.EditionFile, _ b: ActPlan.EditionFile) -> String { "diff-\(a.label)--\(b.label)" }
}
