/// Command-line arguments split into positionals, options and flags, by the conventions of
/// swift-argument-parser: `--name value`, `--name=value`, `--flag`, and `--` ending the options.
struct Arguments {
    /// Arguments that are not options, in order.
    var positionals: [String] = []
    /// Options with values, by name without dashes.
    var options: [String: String] = [:]
    /// Flags given, by name without dashes.
    var flags: Set<String> = []

    /// Parses `arguments` given the option names that take values and the flag names.
    /// - Throws: ``UsageError`` for an unknown option or a missing value.
    init(_ arguments: [String], options known: Set<String>, flags knownFlags: Set<String>) throws(UsageError) {
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("--") || argument == "-" {
                if !onlyPositionals, argument.hasPrefix("-"), argument != "-", argument.count > 1 {
                    if argument == "-h" { flags.insert("help"); continue }
                    throw UsageError("unknown option '\(argument)'")
                }
                positionals.append(argument)
                continue
            }
            if argument == "--" { onlyPositionals = true; continue }
            var name = String(argument.dropFirst(2))
            var value: String?
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if knownFlags.contains(name) || name == "help" {
                guard value == nil else { throw UsageError("flag '--\(name)' takes no value") }
                flags.insert(name)
            } else if known.contains(name) {
                if value == nil {
                    guard index < arguments.count else { throw UsageError("missing value for '--\(name)'") }
                    value = arguments[index]
                    index += 1
                }
                options[name] = value
            } else {
                throw UsageError("unknown option '--\(name)'")
            }
        }
    }
}

/// A usage mistake: printed as `Error: …` and `Usage: …` on stderr, exit code 64.
struct UsageError: Error {
    /// What was wrong.
    var message: String

    init(_ message: String) {
        self.message = message
    }
}

/// A failure while running a command: printed on stderr, exit code 1.
struct RuntimeError: Error {
    /// What went wrong, already formatted (`file:line:col: error: message [code]` where it has a place).
    var message: String

    init(_ message: String) {
        self.message = message
    }
}
