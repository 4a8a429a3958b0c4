import Foundation
import NusqaKit

/// `nusqa diff ACT --from DATE --to DATE` and `nusqa diff FILE_A FILE_B`.
enum DiffCommand {
    static let command = Command(
        name: "diff", usage: "nusqa diff <act> --from DATE --to DATE [--format text|json|html] [--exit-code] [--color auto|always|never]\n       nusqa diff <file-a> <file-b> [options]",
        summary: "Show what changed between two editions, word by word.",
        discussion: """
            ARGUMENTS:
              <act>                   A corpus id or order number; with --from and --to.
              <file-a> <file-b>       Two editions of one text from elsewhere, aligned by clause.

            OPTIONS:
              --from DATE, --to DATE  The two dates (YYYY-MM-DD).
              --format text|json|html Text with [-old-]{+new+} marks (default), JSON, or an HTML page.
              --exit-code             Exit 1 when there are differences, as git diff --exit-code.
              --color auto|always|never
                                      Colour the text marks (default: auto, on a terminal).
            """,
        options: ["from", "to", "format", "color"], flags: ["exit-code"], run: run)

    static func run(_ context: inout Context) throws -> Int32 {
        let format = try context.format(["text", "json", "html"], default: "text")
        let positionals = context.arguments.positionals
        let diff: EditionDiff
        let heading: String
        let act: String?
        let from: String
        let to: String
        if positionals.count == 2 {
            let a = try context.readInput(positionals[0])
            let b = try context.readInput(positionals[1])
            let (actA, actB) = parseBoth(a, b)
            for act in [actA, actB] {
                for diagnostic in act.diagnostics where diagnostic.isError { context.stderr += diagnostic.formatted(file: act.name) + "\n" }
            }
            if actA.hasErrors || actB.hasErrors { return 1 }
            diff = EditionDiff(from: actA.body, to: actB.body)
            heading = "diff \(a.name) → \(b.name)"
            (act, from, to) = (nil, a.name, b.name)
        } else if positionals.count == 1 {
            guard let fromDate = try DateOption.parse(context.arguments.options["from"]),
                let toDate = try DateOption.parse(context.arguments.options["to"])
            else { throw UsageError("diff of an act needs --from DATE and --to DATE") }
            let loaded = try TimelineContext(positionals[0], context: context)
            diff = EditionDiff(from: loaded.timeline.edition(asOf: fromDate).body, to: loaded.timeline.edition(asOf: toDate).body)
            heading = "diff \(loaded.entry.metadata.id) \(fromDate) → \(toDate)"
            (act, from, to) = (loaded.entry.metadata.id, fromDate.description, toDate.description)
        } else {
            throw UsageError("expected <act> --from DATE --to DATE, or <file-a> <file-b>")
        }
        let colorOption = context.arguments.options["color"] ?? "auto"
        guard ["auto", "always", "never"].contains(colorOption) else { throw UsageError("--color takes auto, always or never") }
        let color = colorOption == "always" || (colorOption == "auto" && context.isTerminal)
        switch format {
        case "json":
            context.stdout += JSONOutput.diff(diff, act: act, from: from, to: to).rendered()
        case "html":
            context.stdout += DiffRenderer.html(diff, heading: heading)
        default:
            context.stdout += DiffRenderer.text(diff, heading: heading, color: color)
        }
        return context.arguments.flags.contains("exit-code") && !diff.isEmpty ? 1 : 0
    }

    /// Parses the two files side by side: for large texts the parse is most of a two-file diff.
    private static func parseBoth(_ a: (name: String, bytes: [UInt8]), _ b: (name: String, bytes: [UInt8])) -> (Act, Act) {
        let results = ParsedPair()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let input = index == 0 ? a : b
            results.set(index, ActParser.parse(bytes: input.bytes, name: input.name))
        }
        return results.pair
    }
}

/// The two acts parsed on two threads.
private final class ParsedPair: @unchecked Sendable {
    private let lock = NSLock()
    private var acts: [Act?] = [nil, nil]

    func set(_ index: Int, _ act: Act) {
        lock.lock()
        acts[index] = act
        lock.unlock()
    }

    var pair: (Act, Act) {
        lock.lock()
        defer { lock.unlock() }
        // Both slots are filled once concurrentPerform returns.
        return (acts[0] ?? ActParser.parse(bytes: [], name: ""), acts[1] ?? ActParser.parse(bytes: [], name: ""))
    }
}
