import Foundation
import Testing

/// One `--format json` (or `ndjson`) run of a command on the bundled corpus, with its golden file
/// `Fixtures/json/<name>.<format>` (`.json`, or `.ndjson` for the clause stream).
struct JSONCase: Sendable, CustomTestStringConvertible {
    /// The golden file name, without `.json`.
    var name: String
    /// The root `kind` the output must carry (the command name).
    var kind: String
    /// The arguments, without `--format` and `--corpus` (added by ``arguments``).
    var arguments: [String]
    /// `json` or `ndjson`.
    var format = "json"

    var testDescription: String { name + "." + format }

    /// Every command on the seeds. Outputs are kept small: the smallest acts, dates always given.
    static let all: [JSONCase] = [
        JSONCase(name: "acts", kind: "acts", arguments: ["acts"]),
        JSONCase(name: "parse-V2500037327", kind: "parse", arguments: ["parse", Repo.act("V2500037327.txt")]),
        JSONCase(name: "instructions-V2500037327", kind: "instructions", arguments: ["instructions", "V2500037327"]),
        JSONCase(name: "show-V2200027833", kind: "show", arguments: ["show", "V2200027833", "--as-of", "2026-01-01"]),
        JSONCase(
            name: "show-V2200027833", kind: "show", arguments: ["show", "V2200027833", "--as-of", "2026-01-01"], format: "ndjson"),
        JSONCase(name: "versions-V2200027833", kind: "versions", arguments: ["versions", "V2200027833"]),
        JSONCase(name: "history-V2000021844", kind: "history", arguments: ["history", "V2000021844", "2-тармақтың 11) тармақшасы"]),
        JSONCase(name: "diff-V2000021844", kind: "diff", arguments: ["diff", "V2000021844", "--from", "2025-12-31", "--to", "2026-01-01"]),
        JSONCase(
            name: "diff-files", kind: "diff",
            arguments: ["diff", Repo.act("V2500037327.txt"), Repo.act("V2500037327.txt")]),
        JSONCase(name: "check", kind: "check", arguments: ["check"]),
    ]

    /// The full argument list.
    var fullArguments: [String] { arguments + ["--format", format, "--corpus", Repo.corpus] }

    /// Runs the command in process; stdout with the repository path removed, so it reads the same
    /// on every machine (`Corpus/acts/…`).
    func run() -> (status: Int32, output: String) {
        let result = nusqa(fullArguments)
        return (result.status, result.stdout.replacingOccurrences(of: Repo.root.path + "/", with: ""))
    }

    /// The golden file.
    var golden: URL {
        Repo.root.appendingPathComponent("Tests/NusqaCLITests/Fixtures/json").appendingPathComponent(name + "." + format)
    }
}
