import Foundation
import NusqaKit

/// The `nusqa` command line: every command, testable in process through ``run(_:stdout:stderr:)``.
public enum CLI {
    /// The version printed by `--version`.
    public static let version = "0.1.0"

    /// Runs the command line with the process arguments and exits with its status.
    public static func main() {
        var out = ""
        var err = ""
        StoreAccess.drawsProgress = isatty(2) == 1
        let status = run(Array(CommandLine.arguments.dropFirst()), stdout: &out, stderr: &err, isTerminal: isatty(1) == 1)
        FileHandle.standardOutput.write(Data(out.utf8))
        FileHandle.standardError.write(Data(err.utf8))
        exit(status)
    }

    /// Runs `arguments` (without the program name), appending output to `stdout` and `stderr`.
    /// - Returns: the exit status: 0 ok, 1 runtime failure or problems found, 64 usage error.
    /// - Parameter isTerminal: whether stdout is a terminal, for `--color auto`.
    public static func run(_ arguments: [String], stdout: inout String, stderr: inout String, isTerminal: Bool = false) -> Int32 {
        var arguments = arguments
        if arguments.first == "--version" {
            stdout += "nusqa \(version)\n"
            return 0
        }
        if arguments.isEmpty || arguments.first == "--help" || arguments.first == "-h" {
            stdout += Help.overview
            return 0
        }
        if arguments.first == "help" {
            arguments.removeFirst()
            guard let name = arguments.first else {
                stdout += Help.overview
                return 0
            }
            guard let command = Command.named(name) else {
                stderr += "Error: unknown command '\(name)'\n" + Help.usageLine
                return 64
            }
            stdout += command.help
            return 0
        }
        let name = arguments.removeFirst()
        guard let command = Command.named(name) else {
            stderr += "Error: unknown command '\(name)'\n" + Help.usageLine
            return 64
        }
        let storeAccess = StoreAccess()
        defer { stderr = storeAccess.messages.map { $0 + "\n" }.joined() + stderr }
        do {
            let parsed = try Arguments(arguments, options: command.options.union(["corpus", "store"]), flags: command.flags.union(["no-store"]))
            if parsed.flags.contains("help") {
                stdout += command.help
                return 0
            }
            var context = Context(arguments: parsed, stdout: "", stderr: "", storeAccess: storeAccess)
            context.isTerminal = isTerminal
            var status: Int32
            do {
                status = try command.run(&context)
            } catch let error as RuntimeError {
                // Diagnostics written before the failure are kept; partial output is not.
                context.stdout = ""
                context.stderr += error.message.hasSuffix("\n") ? error.message : error.message + "\n"
                status = 1
            }
            // Human-readable output shows control characters escaped; JSON escapes its own strings.
            let isJSON = ["json", "ndjson"].contains(parsed.options["format"] ?? "")
            // A coloured diff escapes its texts itself, so its colour codes reach the terminal.
            stdout += isJSON || context.escapedOwnOutput ? context.stdout : TerminalText.escape(context.stdout)
            stderr += TerminalText.escape(context.stderr)
            return status
        } catch let error as UsageError {
            stderr += TerminalText.escape("Error: \(error.message)\nUsage: \(command.usage)\n  See 'nusqa help \(command.name)'.\n")
            return 64
        } catch let error as RuntimeError {
            stderr += TerminalText.escape(error.message.hasSuffix("\n") ? error.message : error.message + "\n")
            return 1
        } catch {
            stderr += TerminalText.escape("error: \(error)\n")
            return 1
        }
    }
}
