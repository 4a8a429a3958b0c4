import NusqaKit
import NusqaStore

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

    static func run(_ context: inout Context) throws -> Int32 {
        let format = try context.format(["text", "json"], default: "text")
        let strict = context.arguments.flags.contains("strict")
        let found = try problems(context)
        let problems = found.problems
        // Corpus diagnostics count as errors whatever their severity, as they always have.
        let corpusCount = found.loadProblems
        let errors = corpusCount + problems.dropFirst(corpusCount).filter(\.diagnostic.isError).count
        let warnings = problems.count - errors
        let patches = found.patches
        if format == "json" {
            context.stdout += JSONValue.object([
                "schema": JSONOutput.schema, "kind": "check", "acts": .int(found.acts), "patches": .int(patches),
                "errors": .int(errors), "warnings": .int(warnings),
                "problems": .array(problems.map { $0.diagnostic.json(file: $0.file) }),
            ]).rendered()
        } else {
            var out = problems.map { $0.formatted + "\n" }.joined()
            out += "\n\(found.acts) acts, \(patches) patches, \(errors) errors, \(warnings) warnings\n"
            context.stdout += out
        }
        return errors > 0 || (strict && warnings > 0) ? 1 : 0
    }

    /// The problems of the whole corpus: from the store, or by loading and consolidating every act.
    static func problems(_ context: Context) throws -> (problems: [CorpusProblem], loadProblems: Int, acts: Int, patches: Int) {
        if let store = context.store, let found = try? store.check() { return found }
        let corpus = try context.loadCorpus()
        let consolidation = Consolidation(corpus: corpus)
        var problems = corpus.diagnostics.map { CorpusProblem(file: $0.file, diagnostic: $0.diagnostic) }
        for entry in corpus.entries {
            problems += CorpusProblem.own(entry, reading: consolidation.readings[entry.metadata.id])
            problems += CorpusProblem.timeline(entry, consolidation.timeline(for: entry), corpus: corpus)
        }
        let patches = consolidation.readings.values.reduce(0) { $0 + $1.patches.count }
        return (problems, corpus.diagnostics.count, corpus.entries.count, patches)
    }
}
