import Foundation

/// A subcommand of `nusqa`: its name, usage, help text, options and the function that runs it.
struct Command: Sendable {
    var name: String
    var usage: String
    var summary: String
    var discussion: String
    var options: Set<String>
    var flags: Set<String>
    var run: @Sendable (inout Context) throws -> Int32

    /// Every command, in the order `nusqa --help` lists them.
    static let all: [Command] = [
        ActsCommand.command, ShowCommand.command, VersionsCommand.command, HistoryCommand.command, DiffCommand.command,
        InstructionsCommand.command, ParseCommand.command, CheckCommand.command, SearchCommand.command, IndexCommand.command,
        ExportCommand.command,
    ]

    /// Finds a command by name.
    static func named(_ name: String) -> Command? { all.first { $0.name == name } }

    /// The help text printed by `nusqa help NAME` and `nusqa NAME --help`.
    var help: String {
        """
        OVERVIEW: \(summary)

        USAGE: \(usage)

        \(discussion)
          --corpus DIR            The corpus folder (default: ./Corpus, else the bundled Corpus).
          --store PATH            The corpus store (default: <corpus>/.nusqa/store.sqlite, else a cache folder).
          --no-store              Read the whole corpus instead of the store.
          -h, --help              Show help information.

        """
    }
}

/// The top-level help texts.
enum Help {
    static var overview: String {
        var text = """
            OVERVIEW: Nusqa (нұсқа) — consolidated Kazakh normative orders as of any date.

            USAGE: nusqa <command> [options]

            COMMANDS:

            """
        for command in Command.all {
            text += "  " + command.name.padding(toLength: 14, withPad: " ", startingAt: 0) + command.summary + "\n"
        }
        text += """

              --corpus DIR  The corpus folder (default: ./Corpus, else the bundled Corpus).
              --store PATH  The corpus store (default: <corpus>/.nusqa/store.sqlite).
              --no-store    Read the whole corpus instead of the store.
              --version     Show the version.
              -h, --help    Show help information.

            See 'nusqa help <command>' for detailed help.

            """
        return text
    }

    static let usageLine = "Usage: nusqa <command> [options]\n  See 'nusqa --help'.\n"
}
