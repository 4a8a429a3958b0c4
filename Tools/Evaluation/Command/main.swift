import Foundation
import NusqaEvaluation

// nusqa-eval [--dir Tests/Evaluation] [--lang kk|ru] [--misses]
// Scores the release build, in process, on the project's copy of the development set.
let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, default value: String, in arguments: [String] = arguments) -> String {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return value }
    return arguments[index + 1]
}
if arguments.contains("--help") || arguments.contains("-h") {
    print("usage: nusqa-eval [--dir DIR] [--lang kk|ru] [--misses]\n  Scores operation, target, entry into force, silently dropped and no-ops on DIR (default Tests/Evaluation).")
    exit(0)
}
let directory = URL(fileURLWithPath: option("--dir", default: "Tests/Evaluation"))
let language = option("--lang", default: "kk")
do {
    let instructionFile = language == "ru" ? "russian.jsonl" : "instructions.jsonl"
    var evaluation = Evaluation()
    evaluation.scoreInstructions(try Evaluation.records(at: directory.appendingPathComponent(instructionFile)))
    let seed = try String(contentsOf: directory.appendingPathComponent("seed-000.txt"), encoding: .utf8)
    evaluation.scoreEntryIntoForce(
        try Evaluation.records(at: directory.appendingPathComponent("entry_into_force.jsonl")), language: language, seed: seed)
    if arguments.contains("--misses") {
        for miss in evaluation.misses { print("\(miss.id): \(miss.reason)") }
    }
    print(evaluation.summary, terminator: "")
} catch {
    FileHandle.standardError.write(Data("nusqa-eval: error: \(error.localizedDescription)\n".utf8))
    exit(1)
}
