import Foundation

/// The command line of `nusqa-corpus-gen`.
package enum GeneratorCommand {
    static let usage = "Usage: nusqa-corpus-gen --acts N --amendments M --seed S --out DIR [--items K] [--chapters auto|always|never]"

    package static func run(_ arguments: [String]) -> Int32 {
        if arguments.contains("--help") || arguments.contains("-h") {
            print(usage)
            print("Writes DIR/acts/<id>.txt and <id>.json: N base orders approving Rules, each with M amending orders.")
            return 0
        }
        var values: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            guard argument.hasPrefix("--") else { return usageError("unexpected argument '\(argument)'") }
            if let eq = argument.firstIndex(of: "=") {
                values[String(argument[argument.index(argument.startIndex, offsetBy: 2)..<eq])] = String(argument[argument.index(after: eq)...])
                index += 1
            } else {
                guard index + 1 < arguments.count else { return usageError("missing value for \(argument)") }
                values[String(argument.dropFirst(2))] = arguments[index + 1]
                index += 2
            }
        }
        var options = CorpusGenerator.Options()
        for (key, value) in values {
            switch key {
            case "acts": guard let n = Int(value), n >= 0 else { return usageError("--acts takes a count") }; options.acts = n
            case "amendments": guard let n = Int(value), n >= 0 else { return usageError("--amendments takes a count") }; options.amendments = n
            case "seed": guard let n = UInt64(value) else { return usageError("--seed takes an unsigned integer") }; options.seed = n
            case "items": guard let n = Int(value), n >= 5 else { return usageError("--items takes a count ≥ 5") }; options.items = n
            case "chapters": guard let mode = CorpusGenerator.ChapterMode(rawValue: value) else { return usageError("--chapters is auto, always or never") }; options.chapters = mode
            case "out": break
            default: return usageError("unknown option --\(key)")
            }
        }
        guard let out = values["out"] else { return usageError("missing --out DIR") }
        do {
            let count = try CorpusGenerator(options).write(to: out)
            FileHandle.standardError.write(Data("wrote \(count) acts to \(out)/acts\n".utf8))
            return 0
        } catch {
            FileHandle.standardError.write(Data("nusqa-corpus-gen: error: \(error)\n".utf8))
            return 1
        }
    }

    private static func usageError(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data("Error: \(message)\n\(usage)\n".utf8))
        return 64
    }
}
