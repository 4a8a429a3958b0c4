import NusqaKit

/// `nusqa parse FILE|- [--format tree|json] [--repairs] [--citations]`.
enum ParseCommand {
    static let command = Command(
        name: "parse", usage: "nusqa parse <file>|- [--format tree|json] [--repairs] [--citations]",
        summary: "Parse one text into its clause tree.",
        discussion: """
            ARGUMENTS:
              <file>                  A text file, or - for stdin.

            OPTIONS:
              --format tree|json      Box-drawing tree with clause ids (default) or JSON.
              --dialect NAME          adilet, signed-pdf, pipe-table or plain (default: detected).
              --repairs               List every repair the reader made (kind, line, before → after).
              --citations             List the acts the text cites.
            """,
        options: ["format", "dialect"], flags: ["repairs", "citations"], run: run)

    static func run(_ context: inout Context) throws -> Int32 {
        guard let path = context.arguments.positionals.first else { throw UsageError("missing <file>") }
        guard context.arguments.positionals.count == 1 else { throw UsageError("unexpected argument '\(context.arguments.positionals[1])'") }
        let format = try context.format(["tree", "json"], default: "tree")
        var dialect: Dialect?
        if let name = context.arguments.options["dialect"] {
            guard let value = Dialect(rawValue: name) else { throw UsageError("unknown dialect '\(name)'") }
            dialect = value
        }
        let input = try context.readInput(path)
        let act = ActParser.parse(bytes: input.bytes, name: input.name, dialect: dialect)
        for diagnostic in act.diagnostics {
            context.stderr += diagnostic.formatted(file: input.name, source: act.source) + "\n"
        }
        let showRepairs = context.arguments.flags.contains("repairs")
        let showCitations = context.arguments.flags.contains("citations")
        if format == "json" {
            context.stdout += JSONOutput.render(JSONOutput.parse(act, repairs: showRepairs, citations: showCitations))
        } else if showRepairs || showCitations {
            if showRepairs { context.stdout += TextListings.repairs(act) }
            if showCitations { context.stdout += TextListings.citations(act) }
        } else if act.source != nil {
            context.stdout += TreeDump.render(act)
        }
        return act.hasErrors ? 1 : 0
    }
}
