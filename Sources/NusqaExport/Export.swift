import NusqaCore
import NusqaLanguage
import NusqaAmend
import NusqaParse
import NusqaCorpus
import NusqaTimeline
import NusqaDiff
import NusqaRender

/// The exports of a corpus (экспорт), written into a temporary folder and renamed into place.
public enum Export {
    /// What to export.
    public enum Kind: Sendable {
        /// Akoma Ntoso documents of the named acts (nil: every act).
        case akn(acts: [String]?)
        /// The static site of the whole corpus.
        case site
    }

    /// Exports `kind` from `consolidation` into `destination`.
    /// - Returns: the final progress (acts, files, bytes).
    /// - Throws: ``ExportError``; then nothing is left at `destination` that was not there before.
    public static func run(
        _ kind: Kind, consolidation: Consolidation, destination: String, progress: (ExportProgress) -> Void = { _ in }
    ) throws(ExportError) -> ExportProgress {
        let ids: [String]?
        switch kind {
        case .akn(let acts): ids = acts
        case .site: ids = nil
        }
        let plans = try AKNExport.plans(consolidation, ids: ids)
        let context = AKNDocument.Context(consolidation: consolidation)
        let writer = try ExportWriter(destination: destination)
        var last = ExportProgress(acts: 0, totalActs: plans.count, files: 0, bytes: 0)
        let report: (ExportProgress) -> Void = { value in
            last = value
            progress(value)
        }
        do {
            switch kind {
            case .akn: try AKNExport.write(plans, context: context, to: writer, progress: report)
            case .site: try SiteExport.write(plans, context: context, to: writer, progress: report)
            }
            try writer.commit()
        } catch {
            writer.abandon()
            throw error
        }
        return last
    }
}
