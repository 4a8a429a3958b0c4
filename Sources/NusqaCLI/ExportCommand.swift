import Foundation
import NusqaExport
import NusqaKit

/// `nusqa export akn ACT…|--all --out DIR` and `nusqa export site --out DIR`.
enum ExportCommand {
    static let command = Command(
        name: "export", usage: "nusqa export akn (<act>…|--all) --out DIR\n       nusqa export site --out DIR",
        summary: "Export Akoma Ntoso 3.0 documents, or a static site of the corpus.",
        discussion: """
            ARGUMENTS:
              akn <act>…              One AKN 3.0 XML document per edition of each act: <act>/<edition>.akn.xml.
              akn --all               The same for every act of the corpus.
              site                    A static site: index.html (searchable), acts/<act>/index.html (editions),
                                      <edition>.html|.json|.akn.xml, diff-<a>--<b>.html|.json.

            OPTIONS:
              --out DIR               The folder to write (replaced atomically; must be empty, absent, or an
                                      earlier Nusqa export).
              --all                   Every act (akn).
              --quiet                 No progress on stderr.
            """,
        options: ["out"], flags: ["all", "quiet"], run: run)

    static func run(_ context: inout Context) throws -> Int32 {
        var positionals = context.arguments.positionals
        guard !positionals.isEmpty else { throw UsageError("missing what to export: akn or site") }
        let what = positionals.removeFirst()
        guard let out = context.arguments.options["out"], !out.isEmpty else { throw UsageError("missing --out DIR") }
        let all = context.arguments.flags.contains("all")
        let kind: Export.Kind
        switch what {
        case "akn":
            if all && !positionals.isEmpty { throw UsageError("give acts or --all, not both") }
            if !all && positionals.isEmpty { throw UsageError("missing <act> (or --all)") }
            kind = .akn(acts: all ? nil : positionals)
        case "site":
            if !positionals.isEmpty { throw UsageError("unexpected argument '\(positionals[0])'") }
            if all { throw UsageError("--all is for akn; a site always holds every act") }
            kind = .site
        default:
            throw UsageError("unknown export '\(what)'; expected akn or site")
        }
        let corpus = try context.loadCorpus()
        for (file, diagnostic) in corpus.diagnostics { context.stderr += diagnostic.formatted(file: file) + "\n" }
        let consolidation = Consolidation(corpus: corpus)
        let quiet = context.arguments.flags.contains("quiet")
        // On a terminal the line is redrawn as acts finish; otherwise one summary line at the end.
        let live = !quiet && isatty(2) == 1
        do {
            let result = try Export.run(kind, consolidation: consolidation, destination: out) { progress in
                if live { FileHandle.standardError.write(Data("\rexport: \(progress.summary)\u{1B}[K".utf8)) }
            }
            if live { FileHandle.standardError.write(Data("\n".utf8)) }
            if !quiet { context.stderr += "export \(what): \(result.summary) → \(out)\n" }
        } catch {
            if live { FileHandle.standardError.write(Data("\n".utf8)) }
            throw RuntimeError(error.description)
        }
        return 0
    }
}
