import Testing
import NusqaCLI

/// Help, version and usage errors: the conventions of swift-argument-parser (0 / 64).
@Suite struct CLIUsageTests {
    @Test func versionExitsZero() {
        let result = nusqa("--version")
        #expect(result.status == 0)
        #expect(result.stdout == "nusqa \(CLI.version)\n")
        #expect(result.stderr.isEmpty)
    }

    @Test("Help goes to stdout with exit 0", arguments: [
        ["--help"], ["-h"], [], ["help"], ["help", "parse"], ["parse", "--help"], ["help", "acts"], ["acts", "-h"],
    ])
    func helpExitsZero(arguments: [String]) {
        let result = nusqa(arguments)
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: "))
        #expect(result.stderr.isEmpty)
    }

    @Test func topLevelHelpListsCommands() {
        let help = nusqa("--help").stdout
        #expect(help.contains("acts"))
        #expect(help.contains("parse"))
        #expect(help.contains("--version"))
    }

    @Test func commandHelpDescribesItsOptions() {
        let help = nusqa("help", "parse").stdout
        #expect(help.contains("nusqa parse"))
        #expect(help.contains("--format tree|json"))
        #expect(help.contains("--repairs"))
        #expect(help.contains("--citations"))
        #expect(nusqa("parse", "--help").stdout == help)
    }

    @Test func unknownCommand() {
        expectUsageError(nusqa("frobnicate"))
    }

    @Test func helpForUnknownCommand() {
        let result = nusqa("help", "frobnicate")
        #expect(result.status == 64)
        #expect(result.stderr.contains("Error: "))
    }

    @Test func unknownOption() {
        let result = nusqa("acts", "--bogus")
        expectUsageError(result)
        #expect(result.stderr.contains("--bogus"))
    }

    @Test func unknownShortOption() {
        expectUsageError(nusqa("parse", "-x", Repo.act("V2500037290.txt")))
    }

    @Test func parseWithoutFile() {
        let result = nusqa("parse")
        expectUsageError(result)
        #expect(result.stderr.contains("nusqa parse"))
    }

    @Test func parseWithTwoFiles() {
        expectUsageError(nusqa("parse", Repo.act("V2500037290.txt"), Repo.act("V2500037327.txt")))
    }

    @Test("An unknown --format is a usage error", arguments: [
        ["acts", "--format", "bogus"], ["parse", "--format", "bogus", "FILE"], ["parse", "--format=bogus", "FILE"],
    ])
    func unknownFormat(arguments: [String]) {
        let args = arguments.map { $0 == "FILE" ? Repo.act("V2500037290.txt") : $0 } + ["--corpus", Repo.corpus]
        let result = nusqa(args)
        expectUsageError(result)
        #expect(result.stderr.contains("bogus"))
    }

    @Test func optionMissingItsValue() {
        expectUsageError(nusqa("acts", "--format"))
    }

    @Test func flagWithValue() {
        expectUsageError(nusqa("parse", "--repairs=yes", Repo.act("V2500037290.txt")))
    }

    @Test func unknownDialect() {
        expectUsageError(nusqa("parse", "--dialect", "latex", Repo.act("V2500037290.txt")))
    }

    @Test func missingFileIsARuntimeFailure() {
        let path = "/nonexistent/nusqa-no-such-file.txt"
        let result = nusqa("parse", path)
        #expect(result.status == 1)
        // A file that does not exist has no line or column: `<path>: error: no such file [file-not-found]`.
        #expect(result.stderr.hasPrefix(path + ": error: "), "stderr: \(result.stderr)")
        #expect(result.stderr.contains("[file-not-found]"))
    }
}
