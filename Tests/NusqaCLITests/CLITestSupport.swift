import Foundation
import Testing
import NusqaCLI

/// What one in-process run of `nusqa` produced.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The lines written to stderr.
    var stderrLines: [String] { stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }
}

/// Runs `nusqa` in process with `arguments` (no program name).
func nusqa(_ arguments: String...) -> CLIResult {
    nusqa(arguments)
}

/// Runs `nusqa` in process with `arguments` (no program name).
func nusqa(_ arguments: [String]) -> CLIResult {
    var out = ""
    var err = ""
    let status = CLI.run(arguments, stdout: &out, stderr: &err)
    return CLIResult(status: status, stdout: out, stderr: err)
}

/// Paths inside the repository, found from this file: Tests/NusqaCLITests/X.swift → three dirs up.
enum Repo {
    /// The repository root.
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// The bundled `Corpus/` folder.
    static var corpus: String { root.appendingPathComponent("Corpus").path }

    /// A file of the bundled corpus, e.g. `V2500037290.txt`.
    static func act(_ file: String) -> String {
        root.appendingPathComponent("Corpus/acts").appendingPathComponent(file).path
    }
}

/// A uniquely named file under the temporary directory, removed by ``remove()``.
struct TempFile {
    let path: String

    /// Writes `bytes` to a fresh temporary file whose name ends in `suffix`.
    init(_ bytes: [UInt8], suffix: String = ".txt") throws {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("nusqa-cli-test-\(UUID().uuidString)\(suffix)")
        try Data(bytes).write(to: url)
        path = url.path
    }

    /// Deletes the file.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Whether `line` is a diagnostic for `path`: `<path>:<line>:<col>: error: <message> [<code>]`.
func isErrorDiagnostic(_ line: String, for path: String) -> Bool {
    guard line.hasPrefix(path + ":") else { return false }
    let rest = line.dropFirst(path.count + 1)
    return rest.wholeMatch(of: /\d+:\d+: error: .+ \[[a-z0-9-]+\]/) != nil
}

/// Expects a usage error: exit 64, `Error: ` and `Usage: ` on stderr, nothing on stdout.
func expectUsageError(_ result: CLIResult, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(result.status == 64, "exit status", sourceLocation: sourceLocation)
    #expect(result.stderr.contains("Error: "), "stderr: \(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stderr.contains("Usage: "), "stderr: \(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stdout.isEmpty, "stdout: \(result.stdout)", sourceLocation: sourceLocation)
}
