import Foundation
import Testing

/// A corpus holding bad acts (issue 14): each bad act is reported once, with its file and the reason
/// in plain words, and every other act still works.
@Suite struct CLICorpusRobustnessTests {
    /// A copy of the bundled corpus in a temporary folder, with extra files.
    struct TempCorpus {
        let root: String
        var acts: String { root + "/acts" }

        init(files: [String: String] = [:]) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("nusqa-corpus-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: acts, withIntermediateDirectories: true)
            for name in try FileManager.default.contentsOfDirectory(atPath: Repo.root.path + "/Corpus/acts") {
                try FileManager.default.copyItem(atPath: Repo.act(name), toPath: acts + "/" + name)
            }
            for (name, text) in files { try write(name, text) }
        }

        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: acts + "/" + name))
        }

        func run(_ arguments: String...) -> CLIResult { nusqa(arguments + ["--corpus", root]) }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    /// The ids listed by `acts`.
    static func listed(_ stdout: String) -> Set<String> {
        Set(stdout.split(separator: "\n").dropFirst().map { String($0.prefix { !$0.isWhitespace }) })
    }

    /// A sidecar with the usual fields and `extra` lines replacing them.
    static func sidecar(id: String, _ fields: [String: String]) -> String {
        var all = ["\"id\"": "\"\(id)\"", "\"kind\"": "\"other\"", "\"title\"": "\"Сынақ\""]
        for (key, value) in fields { all["\"\(key)\""] = value }
        return "{\n" + all.sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value)" }.joined(separator: ",\n") + "\n}\n"
    }

    @Test("A bad sidecar: one plain line naming the file and the field", arguments: [
        ("wrong-type", sidecar(id: "wrong-type", ["registration": "{\"number\": 5}"]), "registration.number", "expected a string, found a number (5)"),
        ("missing-kind", "{\"id\": \"missing-kind\"}", "kind", "missing; expected one of \"base\", \"amending\", \"other\""),
        ("bad-kind", sidecar(id: "bad-kind", ["kind": "\"law\""]), "kind", "found the string \"law\""),
        ("invalid-json", "{\"id\": \"invalid-json\",\n  \"kind\": base\n}", nil, "not valid JSON"),
        ("bad-signed", sidecar(id: "bad-signed", ["signed": "\"2025-02-30\""]), "signed", "found \"2025-02-30\", which is not a day of the calendar"),
        ("bad-published", sidecar(id: "bad-published", ["published": "\"2025-13-01\""]), "published", "which is not a day of the calendar"),
        ("bad-registration", sidecar(id: "bad-registration", ["registration": "{\"number\": \"1\", \"date\": \"2025-02-30\"}"]), "registration.date", "not a day of the calendar"),
        ("not-a-date", sidecar(id: "not-a-date", ["signed": "\"30.10.2025\""]), "signed", "expected a date YYYY-MM-DD, found \"30.10.2025\""),
        ("bad-dialect", sidecar(id: "bad-dialect", ["dialect": "true"]), "dialect", "found true"),
        ("unknown-field", sidecar(id: "unknown-field", ["publisehd": "\"2025-01-01\""]), "publisehd", "unknown field"),
    ] as [(String, String, String?, String)])
    func badSidecar(name: String, json: String, field: String?, expected: String) throws {
        let corpus = try TempCorpus(files: [name + ".json": json])
        defer { corpus.remove() }
        let result = corpus.run("acts")
        #expect(result.status == 1)
        #expect(Self.listed(result.stdout) == Set(CLIActsTests.ids), "every other act is listed")
        let lines = result.stderrLines
        #expect(lines.count == 1, "one line: \(lines)")
        let line = lines.first ?? ""
        #expect(isErrorDiagnostic(line, for: corpus.acts + "/" + name + ".json"), "\(line)")
        if let field { #expect(line.contains(": \(field): "), "\(line)") }
        #expect(line.contains(expected), "\(line)")
        #expect(!line.contains("DecodingError") && !line.contains("Swift."), "\(line)")
        // The bad act is listed by check with its file and reason; the others still answer.
        let check = corpus.run("check")
        #expect(check.status == 1)
        #expect(check.stdout.contains(name + ".json:") && check.stdout.contains("[bad-metadata]"), "\(check.stdout)")
        let show = corpus.run("show", "V2000021844", "--as-of", "2027-01-01")
        #expect(show.status == 0 && show.stdout.contains("26-1. ТМККК шеңберінде"), "\(show.stderr)")
    }

    @Test func theFieldLineIsPointedAt() throws {
        let json = "{\n  \"id\": \"pointed\",\n  \"kind\": \"other\",\n  \"signed\": \"2025-02-30\"\n}\n"
        let corpus = try TempCorpus(files: ["pointed.json": json])
        defer { corpus.remove() }
        let line = corpus.run("acts").stderrLines.first ?? ""
        #expect(line.hasPrefix(corpus.acts + "/pointed.json:4:3: error: "), "\(line)")
    }

    @Test func everyOtherActAnswersEveryTimelineCommand() throws {
        let corpus = try TempCorpus(files: ["broken.json": "{\"id\": 7}", "broken.txt": "1. Мәтін."])
        defer { corpus.remove() }
        for arguments in [
            ["show", "V2000021844", "--as-of", "2027-01-01"], ["versions", "V2000021844"],
            ["history", "V2000021844", "att_1__para_2"], ["diff", "V2000021844", "--from", "2025-01-01", "--to", "2027-01-01"],
        ] {
            let result = nusqa(arguments + ["--corpus", corpus.root])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(!result.stdout.isEmpty)
        }
        let named = corpus.run("show", "broken")
        #expect(named.status == 1 && named.stderr.contains("[act-unreadable]"), "\(named.stderr)")
    }

    @Test func aTextOutsideTheCorpusFolderIsRefused() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("nusqa-secret-\(UUID().uuidString).txt").path
        try Data("1. Құпия мәтін.\n".utf8).write(to: URL(fileURLWithPath: outside))
        defer { try? FileManager.default.removeItem(atPath: outside) }
        let corpus = try TempCorpus(files: [
            "escape.json": Self.sidecar(id: "escape", ["text": "\"../../../../../../../../etc/hostname\""]),
            "absolute.json": Self.sidecar(id: "absolute", ["text": "\"\(outside)\""]),
            "linked.json": Self.sidecar(id: "linked", ["text": "\"linked.txt\""]),
        ])
        defer { corpus.remove() }
        try FileManager.default.createSymbolicLink(atPath: corpus.acts + "/linked.txt", withDestinationPath: outside)
        let result = corpus.run("acts")
        #expect(result.status == 1)
        #expect(Self.listed(result.stdout) == Set(CLIActsTests.ids))
        for name in ["escape", "absolute", "linked"] {
            let line = result.stderrLines.first { $0.hasPrefix(corpus.acts + "/" + name + ".json:") } ?? ""
            #expect(line.contains("outside the corpus folder; refused [text-refused]"), "\(name): \(line)")
        }
        #expect(!result.stdout.contains("Құпия") && !corpus.run("show", "linked").stdout.contains("Құпия"))
    }

    @Test func aTextInsideTheFolderThroughALinkIsRead() throws {
        let corpus = try TempCorpus(files: ["inside.json": Self.sidecar(id: "inside", ["text": "\"inside.txt\""]), "real.txt": "Нұсқаулық\n\n1. Бірінші тармақ.\n"])
        defer { corpus.remove() }
        try FileManager.default.createSymbolicLink(atPath: corpus.acts + "/inside.txt", withDestinationPath: corpus.acts + "/real.txt")
        let result = corpus.run("acts")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.listed(result.stdout).contains("inside"))
    }

    @Test func controlCharactersAreEscapedInEveryHumanReadableOutput() throws {
        let text = "Нұсқаулық \u{1B}[31mқызыл\u{1B}[0m\n\n1. Бірінші\u{85}тармақ\u{2028}мен \u{202E}бидистен.\n"
        let corpus = try TempCorpus(files: ["esc.json": Self.sidecar(id: "esc", ["text": "\"esc.txt\""]), "esc.txt": text])
        defer { corpus.remove() }
        let file = try TempFile(Array(text.utf8))
        defer { file.remove() }
        let outputs = [
            nusqa("parse", file.path), corpus.run("show", "esc", "--as-of", "2025-01-01"),
            corpus.run("show", "esc", "--as-of", "2025-01-01", "--format", "md"), corpus.run("instructions", file.path),
        ]
        for result in outputs {
            for output in [result.stdout, result.stderr] {
                #expect(!output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{202E}" }, "\(output.prefix(300))")
            }
        }
        #expect(outputs[0].stdout.contains("\\u{1B}[31mқызыл"), "\(outputs[0].stdout)")
        #expect(outputs[1].stdout.contains("Бірінші\\u{85}тармақ\\u{2028}мен"), "\(outputs[1].stdout)")
        // A diagnostic that quotes the file name escapes it too.
        let named = nusqa("parse", "/nonexistent/\u{1B}[2J.txt")
        #expect(named.status == 1 && named.stderr.contains("\\u{1B}[2J") && !named.stderr.contains("\u{1B}"), "\(named.stderr)")
        // JSON keeps its own escaping, still parses, and holds no raw control character either.
        let json = nusqa("parse", file.path, "--format", "json")
        #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) != nil)
        #expect(!json.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{85}" || $0 == "\u{2028}" }, "\(json.stdout.prefix(300))")
        #expect(json.stdout.contains("\\u001b[31m"), "\(json.stdout.prefix(300))")
    }

    @Test func markdownOutputEscapesTheLegalText() throws {
        let text = "Нұсқаулық <b>қалың</b>\n\n<script>alert(1)</script> кіріспе *жұлдыз* [сілтеме](http://x) `код` & | # ~\n"
        let corpus = try TempCorpus(files: ["md.json": Self.sidecar(id: "md", ["text": "\"md.txt\"", "title": "\"<b>Тақырып</b>\""]), "md.txt": text])
        defer { corpus.remove() }
        let result = corpus.run("show", "md", "--as-of", "2025-01-01", "--format", "md")
        #expect(result.status == 0, "\(result.stderr)")
        let md = result.stdout
        for live in ["<b>", "<script>", "[сілтеме](http", "*жұлдыз*", "`код`"] {
            #expect(!md.contains(live), "\(live) is live in: \(md)")
        }
        #expect(md.contains("\\<script\\>alert(1)\\</script\\>"), "\(md)")
        #expect(md.contains("\\*жұлдыз\\* \\[сілтеме\\](http://x) \\`код\\` \\& \\| \\# \\~"), "\(md)")
    }
}

/// The overflow order of issue 14 in a corpus: its own instructions fail with `number-out-of-range`,
/// and every other act still answers every timeline command with exit 0.
@Suite struct CLIOverflowCorpusTests {
    @Test func aCorpusHoldingTheOverflowOrderStillAnswersForEveryOtherAct() throws {
        let original = try String(contentsOfFile: Repo.act("V2500037327.txt"), encoding: .utf8)
        let overflow = original.replacingOccurrences(of: "күнтізбелік он күн", with: "күнтізбелік 9223372036854775807 күн")
        #expect(overflow != original, "the entry-into-force sentence was found")
        let corpus = try CLICorpusRobustnessTests.TempCorpus(files: ["V2500037327.txt": overflow])
        defer { corpus.remove() }
        let instructions = corpus.run("instructions", "V2500037327")
        #expect(instructions.status == 1)
        #expect(instructions.stderr.contains("[number-out-of-range]"), "\(instructions.stderr)")
        for act in ["V2000021844", "V2200027833", "V2000021471"] {
            for arguments in [
                ["show", act, "--as-of", "2027-01-01"], ["versions", act], ["history", act, "att_1"],
                ["diff", act, "--from", "2020-01-01", "--to", "2027-01-01"],
            ] {
                let result = nusqa(arguments + ["--corpus", corpus.root])
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
                #expect(!result.stdout.isEmpty, "\(arguments)")
            }
        }
    }
}
