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
        let check: CorpusCheck
        if let store = context.checkedStore, let stored = try? store.check() {
            check = stored
        } else {
            check = CorpusCheck(Consolidation(corpus: try context.loadCorpus()))
        }
        let strict = context.arguments.flags.contains("strict")
        if format == "json" {
            context.stdout += JSONOutput.check(check).rendered()
        } else {
            context.stdout += TimelineListings.check(check)
        }
        return check.errorCount > 0 || (strict && check.warningCount > 0) ? 1 : 0
    }
}
