import NusqaKit

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
        let corpus = try context.loadCorpus()
        for (file, diagnostic) in corpus.diagnostics { context.stderr += diagnostic.formatted(file: file) + "\n" }
        // An act that could not be loaded is reported above; the others are listed, and the exit says so.
        let status: Int32 = corpus.diagnostics.contains { $0.diagnostic.isError } ? 1 : 0
        if format == "json" {
            context.stdout += JSONOutput.render(JSONOutput.acts(corpus))
            return status
        }
        context.stdout += TextListings.acts(corpus)
        return status
    }
}
