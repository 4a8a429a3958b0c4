import Foundation
import NusqaKit
import Testing
@testable import NusqaCore
@testable import NusqaParse

/// Seeds and fixtures for the parsing tests, and the golden-file switch.
///
/// Goldens live under `Tests/NusqaKitTests/Fixtures/<case>/`, found from this file's path.
/// `RECORD_GOLDENS=1 swift test` rewrites them and fails the run, so a recording is never
/// mistaken for a pass.
enum ParsingFixtures {
    /// `Tests/NusqaKitTests/Fixtures/`.
    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures")
    }

    /// Seed `id` parsed under its repo-relative name, so goldens hold no absolute paths.
    static func seed(_ id: String) throws -> Act {
        let url = Seeds.root.appendingPathComponent("Corpus/acts/\(id).txt")
        return ActParser.parse(bytes: Array(try Data(contentsOf: url)), name: "Corpus/acts/\(id).txt")
    }

    /// The fixture at `path` under `Fixtures/`, parsed under that relative name.
    static func fixture(_ path: String) throws -> Act {
        let url = fixtures.appendingPathComponent(path)
        return ActParser.parse(bytes: Array(try Data(contentsOf: url)), name: "Fixtures/\(path)")
    }

    /// Compares `actual` with the golden file `path`, or rewrites it under `RECORD_GOLDENS=1`.
    static func expectGolden(_ actual: String, at path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = fixtures.appendingPathComponent(path)
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            Issue.record("recorded golden \(path); run again without RECORD_GOLDENS", sourceLocation: sourceLocation)
            return
        }
        guard let data = try? Data(contentsOf: url), let expected = String(data: data, encoding: .utf8) else {
            Issue.record("missing golden \(path); record it with RECORD_GOLDENS=1 swift test", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            let want = line < a.count ? String(a[line]) : "<end of file>"
            let got = line < b.count ? String(b[line]) : "<end of file>"
            Issue.record("golden \(path) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)", sourceLocation: sourceLocation)
        }
    }
}

extension Clause {
    /// The child whose id step is `step` (e.g. `para_2`), looking through chapters.
    func child(_ step: String) -> Clause? {
        for child in children {
            if child.idStep.text == step { return child }
            if child.kind.isTransparentInIDs, let inner = child.child(step) { return inner }
        }
        return nil
    }

    /// The node at `id` below this one.
    func node(_ id: String) -> Clause? {
        var node: Clause? = self
        for step in id.components(separatedBy: "__") { node = node?.child(step) }
        return node
    }
}
