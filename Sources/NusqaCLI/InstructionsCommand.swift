import NusqaKit

/// `nusqa instructions FILE|ACT|- [--format table|json] [--explain] [--strict-dates]`.
enum InstructionsCommand {
    static let command = Command(
        name: "instructions", usage: "nusqa instructions <file>|<act>|- [--format table|json] [--explain] [--strict-dates]",
        summary: "Read an amending order's instructions as typed patches.",
        discussion: """
            ARGUMENTS:
              <file>|<act>|-          A text file, a corpus act (id or number), or - for stdin. On stdin a
                                      bare fragment (a scope line and one instruction) is accepted too.

            OPTIONS:
              --format table|json     One row per patch (default) or JSON.
              --explain               Show the recognised pieces and, for unparsed text, why.
              --strict-dates          Treat an estimated entry-into-force date as an error.
            """,
        options: ["format"], flags: ["explain", "strict-dates"], run: run)

    static func run(_ context: inout Context) throws -> Int32 {
        guard let argument = context.arguments.positionals.first else { throw UsageError("missing <file>|<act>|-") }
        guard context.arguments.positionals.count == 1 else { throw UsageError("unexpected argument '\(context.arguments.positionals[1])'") }
        let format = try context.format(["table", "json"], default: "table")
        let (act, reading, name) = try ActResolver.amendments(argument, context: context)
        // A bare fragment is no act: what the structure parser says about it as an act is noise, except errors of the text itself.
        let actDiagnostics = reading.isFragment ? act.diagnostics.filter { $0.isError && ["empty-document", "line-too-long"].contains($0.code) || $0.code.hasPrefix("not-") || $0.code.hasPrefix("invalid") } : act.diagnostics
        for diagnostic in actDiagnostics where diagnostic.severity >= .warning {
            context.stderr += diagnostic.formatted(file: name, source: act.source) + "\n"
        }
        for diagnostic in reading.diagnostics {
            context.stderr += diagnostic.formatted(file: name, source: act.source) + "\n"
        }
        var failed = actDiagnostics.contains(where: \.isError) || reading.diagnostics.contains(where: \.isError) || !reading.unparsed.isEmpty
        for item in reading.unparsed {
            context.stderr += Diagnostic(.error, "unparsed-instruction", "\(item.reason): \(item.text.prefix(80))", at: item.span.start).formatted(file: name) + "\n"
        }
        if context.arguments.flags.contains("strict-dates"), let estimated = reading.patches.first(where: { $0.effective?.isEstimated == true }),
            let date = estimated.effective?.date
        {
            context.stderr += Diagnostic(
                .error, "estimated-date",
                "the entry-into-force date \(date) is estimated (publication date unknown); add it to the act's metadata",
                at: estimated.span.start).formatted(file: name) + "\n"
            failed = true
        }
        if format == "json" {
            context.stdout += JSONOutput.render(JSONOutput.instructions(reading, file: name))
        } else {
            context.stdout += InstructionsTable.render(reading, explain: context.arguments.flags.contains("explain"))
        }
        return failed ? 1 : 0
    }
}
