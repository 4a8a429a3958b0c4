import NusqaCore
import NusqaLanguage
import NusqaAmend
import NusqaParse
import NusqaCorpus
import NusqaTimeline
import NusqaDiff
import NusqaRender

/// Progress of a long export (экспорт барысы): acts, files and megabytes, reported through a callback
/// the command line turns into a line on stderr (updated in place on a terminal, once at the end otherwise).
public struct ExportProgress: Sendable {
    /// Acts finished.
    public var acts: Int
    /// Acts in the export.
    public var totalActs: Int
    /// Files written.
    public var files: Int
    /// Bytes written.
    public var bytes: Int

    /// Creates a progress value.
    public init(acts: Int, totalActs: Int, files: Int, bytes: Int) {
        self.acts = acts
        self.totalActs = totalActs
        self.files = files
        self.bytes = bytes
    }

    /// "12/40 acts, 230 files, 4.1 MB".
    public var summary: String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(acts)/\(totalActs) acts, \(files) files, \(tenths / 10).\(tenths % 10) MB"
    }
}
