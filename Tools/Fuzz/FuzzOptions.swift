import Foundation

/// The options of `nusqa-fuzz` (fuzz баптаулары).
struct FuzzOptions {
    var seed: UInt64 = 1
    /// Cases to run; nil runs until `seconds` pass.
    var runs: Int?
    var seconds: Double?
    /// The first case number.
    var start = 0
    /// Cases per child process.
    var batch = 2000
    /// Child processes run at once.
    var jobs = 1
    /// A case that uses this much CPU time (or ten times it in wall time) without finishing is a hang.
    var hangSeconds = 60.0
    /// A case slower than this is reported (milliseconds).
    var slowMilliseconds = 1000.0
    /// Where reproducers are written.
    var output = "fuzz-findings"
    /// Seed folders and corpora; the defaults when empty.
    var seedFolders: [String] = []
    var corpora: [String] = []
    /// The repository root, for the default folders.
    var root = FileManager.default.currentDirectoryPath
    /// Internal: run cases in this process (a child of the supervisor).
    var isWorker = false
    /// Whether the CLI checks run (they write a scratch file per case).
    var cli = true
    /// Files to check once each (a reproducer), instead of a run.
    var check: [String] = []
    /// Run the cases in this process and print the time of each harness stage.
    var profile = false
    /// Invariants whose failures are known (a test records them): reported, but the exit stays 0.
    var known: Set<String> = []

    static let usage = """
        Usage: nusqa-fuzz [--seed N] [--runs N | --seconds S] [--start N] [--batch N] [--jobs N] [--slow-ms N] [--hang-seconds S]
                          [--out DIR] [--seeds DIR]... [--corpus DIR]... [--root DIR] [--no-cli] [--known INVARIANT]...
                          [--profile]   (runs the cases in this process and prints the time of each stage)
               nusqa-fuzz --check FILE...   (runs the invariants on each file in process; exit 1 on a finding)
          A deterministic mutation fuzzer over parse, instructions, timeline, renderers and diff.
          Cases run in child processes of --batch cases, --jobs at once; a trap or a hang (--hang-seconds of
          CPU time in one case, default 60) is reported with its case number and its input written to --out.
          --slow-ms is CPU time. SIGTERM or SIGINT ends the run after the batches under way, with the
          summary and the case to resume from (--start). Exit 1 when anything was found.
        """

    init(_ arguments: [String]) throws {
        var index = 0
        func value() throws -> String {
            index += 1
            guard index < arguments.count else { throw UsageFailure("\(arguments[index - 1]) needs a value") }
            return arguments[index]
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--seed": seed = try UInt64(value()).orThrow("--seed takes a number")
            case "--runs": runs = try Int(value()).orThrow("--runs takes a number")
            case "--seconds": seconds = try Double(value()).orThrow("--seconds takes a number")
            case "--start": start = try Int(value()).orThrow("--start takes a number")
            case "--batch": batch = max(1, try Int(value()).orThrow("--batch takes a number"))
            case "--jobs": jobs = max(1, try Int(value()).orThrow("--jobs takes a number"))
            case "--hang-seconds": hangSeconds = max(1, try Double(value()).orThrow("--hang-seconds takes a number"))
            case "--slow-ms": slowMilliseconds = try Double(value()).orThrow("--slow-ms takes a number")
            case "--out": output = try value()
            case "--seeds": seedFolders.append(try value())
            case "--corpus": corpora.append(try value())
            case "--root": root = try value()
            case "--worker": isWorker = true
            case "--no-cli": cli = false
            case "--profile": profile = true
            case "--check": check.append(try value())
            case "--known": known.insert(try value())
            case "--help", "-h": throw UsageFailure(nil)
            default: throw UsageFailure("unknown argument '\(arguments[index])'")
            }
            index += 1
        }
        if runs == nil && seconds == nil { runs = 10_000 }
    }
}

/// A command-line mistake; nil message for `--help`.
struct UsageFailure: Error {
    var message: String?
    init(_ message: String?) { self.message = message }
}

extension Optional {
    func orThrow(_ message: String) throws -> Wrapped {
        guard let self else { throw UsageFailure(message) }
        return self
    }
}
