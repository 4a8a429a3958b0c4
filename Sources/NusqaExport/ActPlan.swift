import NusqaCore
import NusqaLanguage
import NusqaAmend
import NusqaParse
import NusqaCorpus
import NusqaTimeline
import NusqaDiff
import NusqaRender

/// What an export needs about one act (экспорт жоспары): its safe folder name, timeline, AKN names,
/// and for each edition a file label and the date its page is shown as of.
public struct ActPlan: Sendable {
    /// One edition and how it is named in files.
    public struct EditionFile: Sendable {
        /// The edition's position on the timeline.
        public var index: Int
        /// `original` or the edition's first day, `2026-01-01`: the file name without extension.
        public var label: SafeName
        /// The date its page is shown as of: the first day, or for the original text the day before
        /// the first change (the signing date when there is no change).
        public var asOf: CivilDate
    }

    /// The corpus entry.
    public var entry: Corpus.Entry
    /// The folder name.
    public var name: SafeName
    /// The timeline.
    public var timeline: Timeline
    /// AKN names.
    public var naming: AKNNaming
    /// The editions in date order.
    public var editions: [EditionFile]

    /// Plans the export of `entry`.
    /// - Throws: ``ExportError`` `unsafe-id` for a hostile id.
    public init(entry: Corpus.Entry, consolidation: Consolidation) throws(ExportError) {
        self.entry = entry
        name = try SafeName(id: entry.metadata.id, file: entry.textPath ?? "sidecar of '\(entry.metadata.id)'")
        timeline = consolidation.timeline(for: entry)
        naming = AKNNaming(metadata: entry.metadata)
        var editions: [EditionFile] = []
        let fallback = entry.metadata.signedDate ?? entry.metadata.publishedDate ?? entry.metadata.registrationDate
            ?? CivilDate(year: 1, month: 1, day: 1)!
        var used = Set<String>()
        for (index, edition) in timeline.editions.enumerated() {
            var label = edition.date?.description ?? "original"
            // Two editions never share a date, but keep names unique whatever the timeline holds.
            while used.contains(label) { label += "-\(index)" }
            used.insert(label)
            let asOf: CivilDate
            if let date = edition.date {
                asOf = date
            } else if let next = timeline.editions.dropFirst().first?.date {
                asOf = min(fallback, next.adding(days: -1))
            } else {
                asOf = fallback
            }
            editions.append(EditionFile(index: index, label: SafeName(trusted: label), asOf: asOf))
        }
        self.editions = editions
    }

    /// The changes not yet in force on an edition's date.
    public func coming(after file: EditionFile) -> [Change] { timeline.comingChanges(after: file.asOf) }
}
