import NusqaKit
import NusqaStore

/// `nusqa acts`: the corpus, one act per line.
enum ActsCommand {
    static let command = Command(
        name: "acts", usage: "nusqa acts [--format text|json]",
        summary: "List the acts in the corpus.",
        discussion: """
            OPTIONS:
              --format text|json      A table (default) or JSON.
            """,
        options: ["format"], flags: [], run: run)

    static func run(_ context: inout Context) throws -> Int32 {
        guard context.arguments.positionals.isEmpty else { throw UsageError("unexpected argument '\(context.arguments.positionals[0])'") }
        let format = try context.format(["text", "json"], default: "text")
        let acts: [ActSummary]
        let problems: [CorpusCheck.Problem]
        if let store = context.store, let stored = try? store.acts(), let loadProblems = try? store.loadProblems() {
            acts = stored
            problems = loadProblems
        } else {
            let corpus = try context.loadCorpus()
            acts = corpus.entries.map(ActSummary.init)
            problems = corpus.diagnostics.map { CorpusCheck.Problem(file: $0.file, diagnostic: $0.diagnostic) }
        }
        for problem in problems { context.stderr += problem.diagnostic.formatted(file: problem.file) + "\n" }
        // An act that could not be loaded is reported above; the others are listed, and the exit says so.
        let status: Int32 = problems.contains { $0.diagnostic.isError } ? 1 : 0
        if format == "json" {
            context.stdout += JSONOutput.render(JSONOutput.acts(acts))
            return status
        }
        context.stdout += TextListings.acts(acts)
        return status
    }
}
