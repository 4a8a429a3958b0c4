import Foundation
import Testing

/// Every command's JSON on the seeds equals its golden file. `RECORD_GOLDENS=1 swift test`
/// rewrites the goldens (and fails, so a recording run is never mistaken for a passing one).
@Suite struct JSONGoldenTests {
    static let recording = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"

    @Test(arguments: JSONCase.all)
    func matchesGolden(_ jsonCase: JSONCase) throws {
        let (status, output) = jsonCase.run()
        #expect(status == 0, "exit status of \(jsonCase.fullArguments)")
        #expect(!output.isEmpty)
        #expect(output.hasSuffix("\n") && !output.hasSuffix("\n\n"), "one trailing newline")
        #expect(!output.contains(Repo.root.path), "no absolute paths")
        if Self.recording {
            try Data(output.utf8).write(to: jsonCase.golden)
            Issue.record("recorded \(jsonCase.golden.lastPathComponent); run again without RECORD_GOLDENS")
            return
        }
        guard let data = FileManager.default.contents(atPath: jsonCase.golden.path) else {
            Issue.record("missing golden \(jsonCase.golden.path); run RECORD_GOLDENS=1 swift test")
            return
        }
        let golden = String(decoding: data, as: UTF8.self)
        if output != golden {
            let outLines = output.split(separator: "\n", omittingEmptySubsequences: false)
            let goldenLines = golden.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(outLines, goldenLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(outLines.count, goldenLines.count)
            let got = first < outLines.count ? String(outLines[first]) : "<end>"
            let want = first < goldenLines.count ? String(goldenLines[first]) : "<end>"
            Issue.record("\(jsonCase.testDescription): differs from the golden at line \(first + 1):\n  got:  \(got)\n  want: \(want)")
        }
    }

    /// Running twice gives the same bytes (sorted keys, nothing from the clock).
    @Test func deterministic() {
        for jsonCase in JSONCase.all {
            #expect(jsonCase.run().output == jsonCase.run().output, "\(jsonCase.testDescription)")
        }
    }
}
