import Foundation
import Testing

/// An entry-into-force period beyond the calendar (the fuzzer's overflow order): a clear error from
/// `instructions`, and the rest of the corpus still answers.
@Suite struct CLIEntryIntoForceTests {
    static let overflow = "күнтізбелік 9223372036854775807 күн өткен"

    /// The bundled corpus copied to a temporary folder, with order № 129's entry-into-force period made huge.
    private static func corpusWithOverflow() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nusqa-eif-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: Repo.corpus, toPath: folder.path)
        let order = folder.appendingPathComponent("acts/V2500037327.txt")
        let text = try String(contentsOf: order, encoding: .utf8)
        let changed = text.replacingOccurrences(of: "күнтізбелік он күн өткен", with: overflow)
        #expect(changed != text, "the fixture's clause was found")
        try changed.write(to: order, atomically: true, encoding: .utf8)
        return folder
    }

    @Test func overflowingPeriodIsNumberOutOfRangeWithItsSpan() throws {
        let folder = try Self.corpusWithOverflow()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("acts/V2500037327.txt").path
        let result = nusqa("instructions", file, "--format", "json")
        #expect(result.status == 1)
        let line = try #require(result.stderrLines.first { $0.hasSuffix("[number-out-of-range]") })
        #expect(isErrorDiagnostic(line, for: file))
        // The caret column points at the number itself.
        let source = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let place = line.dropFirst(file.count + 1).split(separator: ":")
        let (row, column) = (try #require(Int(place[0])), try #require(Int(place[1])))
        #expect(String(source[row - 1].dropFirst(column - 1)).hasPrefix("9223372036854775807"))
        #expect(result.stdout.contains("\"effective\": null"))
        #expect(!result.stdout.contains("\"effective\": \"0001-01-01\""))
    }

    @Test("A corpus holding the overflow order still answers for every act", arguments: ["V2000021471", "V2000021844", "V2200027833"])
    func corpusStillAnswers(act: String) throws {
        let folder = try Self.corpusWithOverflow()
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in [["show", act], ["versions", act], ["show", act, "--format", "json"], ["diff", act, "--from", "2020-01-01", "--to", "2026-12-31"]] {
            let result = nusqa(command + ["--corpus", folder.path])
            #expect(result.status == 0, "\(command): \(result.stderr.prefix(300))")
            #expect(!result.stdout.contains("0001-01-01"), "\(command)")
        }
    }
}
