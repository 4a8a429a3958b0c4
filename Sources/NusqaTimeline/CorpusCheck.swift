import NusqaAmend
import NusqaCore
import NusqaCorpus
import NusqaParse

/// The health of a corpus (корпусты тексеру): every diagnostic of loading, parsing and reading, every
/// unparsed instruction, estimated date and unapplied change, as `nusqa check` reports them.
public struct CorpusCheck: Sendable {
    /// One problem found: a diagnostic and the file (or act id) it belongs to.
    public struct Problem: Sendable, Hashable {
        /// The text file, or the act id for a problem of a whole act.
        public var file: String
        /// What is wrong, and where.
        public var diagnostic: Diagnostic
        /// False for a problem of a whole act (an unapplied change): its text line has no `:1:1`.
        public var withLocation = true

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
    }

    /// The problems, corpus loading first, then act by act.
    public var problems: [Problem]
    /// How many acts the corpus has.
    public var actCount: Int
    /// How many patches its amending acts carry.
    public var patchCount: Int
    /// Problems that are errors (corpus loading problems always count as errors).
    public var errorCount: Int
    /// The other problems.
    public var warningCount: Int { problems.count - errorCount }

    /// Checks every act of `consolidation`'s corpus.
    /// - Complexity: O(size of the corpus), plus building every act's timeline.
    public init(_ consolidation: Consolidation) {
        let corpus = consolidation.corpus
        var problems: [Problem] = []
        for (file, diagnostic) in corpus.diagnostics { problems.append(Problem(file: file, diagnostic: diagnostic)) }
        for entry in corpus.entries {
            problems += Self.own(entry, reading: consolidation.readings[entry.metadata.id])
            problems += Self.timeline(entry, consolidation.timeline(for: entry), corpus: corpus)
        }
        self.init(
            problems: problems, loadProblemCount: corpus.diagnostics.count, actCount: corpus.entries.count,
            patchCount: consolidation.readings.values.reduce(0) { $0 + $1.patches.count })
    }

    /// A check from problems already found (a corpus store keeps them act by act).
    /// - Parameters:
    ///   - problems: the problems, corpus loading problems first.
    ///   - loadProblemCount: how many of the first problems are corpus loading problems (always errors).
    ///   - actCount: how many acts were checked.
    ///   - patchCount: how many patches their readings hold.
    public init(problems: [Problem], loadProblemCount: Int, actCount: Int, patchCount: Int) {
        self.problems = problems
        // Corpus diagnostics count as errors whatever their severity, as they always have.
        self.errorCount = loadProblemCount + problems.dropFirst(loadProblemCount).filter(\.diagnostic.isError).count
        self.actCount = actCount
        self.patchCount = patchCount
    }

    /// The problems of an act's own text and, for an amending act, of its reading: parse warnings and errors,
    /// reading warnings and errors, unparsed instructions, estimated dates, a target outside the corpus.
    /// - Complexity: O(diagnostics + patches).
    public static func own(_ entry: Corpus.Entry, reading: AmendmentReading?) -> [Problem] {
        let file = entry.textPath ?? entry.metadata.id
        var problems: [Problem] = []
        for diagnostic in entry.act?.diagnostics ?? [] where diagnostic.severity >= .warning {
            problems.append(Problem(file: file, diagnostic: diagnostic))
        }
        guard let reading else { return problems }
        // Notes (a repair the reader reports) are listed by `instructions`, not counted as problems.
        for diagnostic in reading.diagnostics where diagnostic.severity >= .warning { problems.append(Problem(file: file, diagnostic: diagnostic)) }
        for item in reading.unparsed {
            problems.append(Problem(file: file, diagnostic: Diagnostic(.error, "unparsed-instruction", item.reason, at: item.span.start)))
        }
        if let estimated = reading.patches.first(where: { $0.effective?.isEstimated == true }), let date = estimated.effective?.date {
            let message = "entry-into-force dates are estimated (publication date unknown), e.g. \(date)"
            problems.append(Problem(file: file, diagnostic: Diagnostic(.warning, "estimated-date", message, at: estimated.span.start)))
        }
        if reading.targetID == nil {
            let diagnostic = Diagnostic(.warning, "target-not-in-corpus", "the amended act is not in the corpus", at: SourceLocation(line: 1, column: 1))
            problems.append(Problem(file: file, diagnostic: diagnostic))
        }
        return problems
    }

    /// The problems of an act's timeline: publisher's notes that disagree with it, then changes that could not apply.
    /// - Parameters:
    ///   - entry: the act.
    ///   - timeline: its computed timeline.
    ///   - corpus: a corpus holding every act the notes could name (the whole corpus, or the candidates).
    /// - Complexity: O(units + notes · changes).
    public static func timeline(_ entry: Corpus.Entry, _ timeline: Timeline, corpus: Corpus) -> [Problem] {
        let file = entry.textPath ?? entry.metadata.id
        var problems = EditorialHistoryCheck.disagreements(of: entry, timeline: timeline, corpus: corpus).map { Problem(file: file, diagnostic: $0) }
        for item in timeline.unapplied {
            let message = "unapplied change from \(item.change.act) (line \(item.location.line)) to \(item.change.target): \(item.reason)"
            problems.append(Problem(file: entry.metadata.id, diagnostic: Diagnostic(.error, "unapplied-change", message), withLocation: false))
        }
        return problems
    }
}
