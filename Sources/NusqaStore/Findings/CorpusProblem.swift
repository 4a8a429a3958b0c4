import NusqaKit

/// One problem `nusqa check` reports (ақау): a diagnostic and the file (or act id) it belongs to.
public struct CorpusProblem: Sendable, Hashable {
    /// The text path, the sidecar path, or the act id.
    public var file: String
    /// What is wrong.
    public var diagnostic: Diagnostic
    /// False for a problem of a whole act (an unapplied change): its text line has no `:1:1`.
    public var withLocation: Bool

    /// Creates a problem.
    public init(file: String, diagnostic: Diagnostic, withLocation: Bool = true) {
        self.file = file
        self.diagnostic = diagnostic
        self.withLocation = withLocation
    }

    /// The text line: `file:line:col: severity: message [code]`.
    public var formatted: String {
        if diagnostic.location == nil && !withLocation {
            return "\(file): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code)]"
        }
        return diagnostic.formatted(file: file)
    }

    /// The problems of an act's own text and, for an amending act, of its reading: parse warnings and errors,
    /// reading diagnostics, unparsed instructions, estimated dates, a target outside the corpus.
    /// - Complexity: O(diagnostics + patches).
    public static func own(_ entry: Corpus.Entry, reading: AmendmentReading?) -> [CorpusProblem] {
        let file = entry.textPath ?? entry.metadata.id
        var problems: [CorpusProblem] = []
        for diagnostic in entry.act?.diagnostics ?? [] where diagnostic.severity >= .warning {
            problems.append(CorpusProblem(file: file, diagnostic: diagnostic))
        }
        guard let reading else { return problems }
        for diagnostic in reading.diagnostics { problems.append(CorpusProblem(file: file, diagnostic: diagnostic)) }
        for item in reading.unparsed {
            problems.append(CorpusProblem(file: file, diagnostic: Diagnostic(.error, "unparsed-instruction", item.reason, at: item.span.start)))
        }
        if let estimated = reading.patches.first(where: { $0.effective?.isEstimated == true }), let date = estimated.effective?.date {
            let message = "entry-into-force dates are estimated (publication date unknown), e.g. \(date)"
            problems.append(CorpusProblem(file: file, diagnostic: Diagnostic(.warning, "estimated-date", message, at: estimated.span.start)))
        }
        if reading.targetID == nil {
            let diagnostic = Diagnostic(.warning, "target-not-in-corpus", "the amended act is not in the corpus", at: SourceLocation(line: 1, column: 1))
            problems.append(CorpusProblem(file: file, diagnostic: diagnostic))
        }
        return problems
    }

    /// The problems of an act's timeline: where its publisher's notes disagree with the timeline, then each change
    /// aimed at it that could not be applied.
    /// - Parameter corpus: a corpus holding every act the notes could name (the whole corpus, or the candidates).
    /// - Complexity: O(units + notes · changes).
    public static func timeline(_ entry: Corpus.Entry, _ timeline: Timeline, corpus: Corpus) -> [CorpusProblem] {
        let file = entry.textPath ?? entry.metadata.id
        let notes = EditorialHistoryCheck.disagreements(of: entry, timeline: timeline, corpus: corpus).map { CorpusProblem(file: file, diagnostic: $0) }
        return notes + unapplied(timeline)
    }

    /// The changes aimed at an act that could not be applied, one problem each.
    /// - Complexity: O(unapplied changes).
    public static func unapplied(_ timeline: Timeline) -> [CorpusProblem] {
        timeline.unapplied.map { item in
            let message = "unapplied change from \(item.change.act) to \(item.change.target): \(item.reason)"
            return CorpusProblem(file: timeline.actID, diagnostic: Diagnostic(.error, "unapplied-change", message), withLocation: false)
        }
    }
}
