import NusqaKit

/// `nusqa check [--strict]`.
enum CheckCommand {
    static let command = Command(
        name: "check", usage: "nusqa check [--strict] [--format text|json]",
        summary: "Check the corpus: unparsed instructions, unapplied changes, estimated dates, publisher's notes that disagree with the timeline, warnings.",
        discussion: """
            OPTIONS:
              --strict                Treat warnings and estimated dates as problems too.
              --format text|json      Diagnostics as lines (default) or JSON.
            """,
        options: ["format"], flags: ["strict"], run: run)

    /// One problem found: a diagnostic and the file (or act id) it belongs to.
    struct Problem {
        var file: String
        var diagnostic: Diagnostic
        /// False for a problem of a whole act (an unapplied change): its text line has no `:1:1`.
        var withLocation = true

        /// The text line: `file:line:col: severity: message [code]`.
        var formatted: String {
            if diagnostic.location == nil && !withLocation {
                return "\(file): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code)]"
            }
            return diagnostic.formatted(file: file)
        }
    }

    static func run(_ context: inout Context) throws -> Int32 {
        let format = try context.format(["text", "json"], default: "text")
        let corpus = try context.loadCorpus()
        let consolidation = Consolidation(corpus: corpus)
        let strict = context.arguments.flags.contains("strict")
        var problems: [Problem] = []
        for (file, diagnostic) in corpus.diagnostics { problems.append(Problem(file: file, diagnostic: diagnostic)) }
        for entry in corpus.entries {
            let file = entry.textPath ?? entry.metadata.id
            for diagnostic in entry.act?.diagnostics ?? [] where diagnostic.severity >= .warning {
                problems.append(Problem(file: file, diagnostic: diagnostic))
            }
            if let reading = consolidation.readings[entry.metadata.id] {
                for diagnostic in reading.diagnostics { problems.append(Problem(file: file, diagnostic: diagnostic)) }
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
            }
            let timeline = consolidation.timeline(for: entry)
            for diagnostic in EditorialHistoryCheck.disagreements(of: entry, timeline: timeline, corpus: corpus) {
                problems.append(Problem(file: file, diagnostic: diagnostic))
            }
            for item in timeline.unapplied {
                let message = "unapplied change from \(item.change.act) to \(item.change.target): \(item.reason)"
                problems.append(Problem(file: entry.metadata.id, diagnostic: Diagnostic(.error, "unapplied-change", message), withLocation: false))
            }
        }
        // Corpus diagnostics count as errors whatever their severity, as they always have.
        let corpusCount = corpus.diagnostics.count
        let errors = corpusCount + problems.dropFirst(corpusCount).filter(\.diagnostic.isError).count
        let warnings = problems.count - errors
        let patches = consolidation.readings.values.reduce(0) { $0 + $1.patches.count }
        if format == "json" {
            context.stdout += JSONValue.object([
                "schema": JSONOutput.schema, "kind": "check", "acts": .int(corpus.entries.count), "patches": .int(patches),
                "errors": .int(errors), "warnings": .int(warnings),
                "problems": .array(problems.map { $0.diagnostic.json(file: $0.file) }),
            ]).rendered()
        } else {
            var out = problems.map { $0.formatted + "\n" }.joined()
            out += "\n\(corpus.entries.count) acts, \(patches) patches, \(errors) errors, \(warnings) warnings\n"
            context.stdout += out
        }
        return errors > 0 || (strict && warnings > 0) ? 1 : 0
    }
}
