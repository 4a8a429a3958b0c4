import Foundation
import Testing

/// Bad input (issue 2): each case gives exit 1 and a clear `file:line:col: error: … [code]`
/// diagnostic on stderr — never a crash, a hang or a silent success.
@Suite struct CLIBadInputTests {
    /// Parses `bytes` from a temporary file and checks exit 1 plus an error diagnostic naming the file.
    /// - Returns: the result, for further checks.
    @discardableResult
    private func expectRejected(
        _ bytes: [UInt8], suffix: String = ".txt", code: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> CLIResult {
        let file = try TempFile(bytes, suffix: suffix)
        defer { file.remove() }
        let result = nusqa("parse", file.path)
        #expect(result.status == 1, "exit status; stderr: \(result.stderr.prefix(500))", sourceLocation: sourceLocation)
        let diagnostics = result.stderrLines.filter { isErrorDiagnostic($0, for: file.path) }
        #expect(!diagnostics.isEmpty, "no error diagnostic; stderr: \(result.stderr.prefix(500))", sourceLocation: sourceLocation)
        if let code {
            #expect(diagnostics.contains { $0.hasSuffix("[\(code)]") }, "expected [\(code)]: \(diagnostics)", sourceLocation: sourceLocation)
        }
        return result
    }

    @Test func emptyFile() throws {
        try expectRejected([], code: "empty-document")
    }

    @Test func whitespaceOnlyFile() throws {
        try expectRejected(Array("   \n\t\n \u{00A0} \r\n\n".utf8), code: "empty-document")
    }

    @Test func binaryFile() throws {
        // A PNG signature and the start of its IHDR chunk: NUL bytes from offset 8.
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
                            0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00]
        try expectRejected(png, suffix: ".png", code: "binary-file")
    }

    @Test func invalidUTF8NamesTheByteOffset() throws {
        let head = Array("Бұйрық\nБірінші жол ".utf8)
        let bytes = head + [0xD0, 0x28] + Array(" мәтін\n".utf8)
        let result = try expectRejected(bytes, code: "invalid-utf8")
        // The bad sequence starts at `head.count` (0xD0); its second byte (0x28) is the one that breaks it.
        let named = result.stderr.contains("byte offset \(head.count)") || result.stderr.contains("byte offset \(head.count + 1)")
        #expect(named, "stderr: \(result.stderr)")
    }

    @Test func truncatedUTF8AtEndOfFile() throws {
        let bytes = Array("Бұйрық".utf8) + [0xD2]
        let result = try expectRejected(bytes, code: "invalid-utf8")
        #expect(result.stderr.contains("byte offset \(bytes.count - 1)"), "stderr: \(result.stderr)")
    }

    /// About 5 MB of Kazakh words on one line, no line feed, no structure.
    private static func fiveMegabyteLine() -> [UInt8] {
        let words = ["денсаулық", "сақтау", "министрі", "бұйрық", "қағидалары", "медициналық", "көмек", "тегін"]
        var bytes: [UInt8] = []
        bytes.reserveCapacity(5_000_100)
        var index = 0
        while bytes.count < 5_000_000 {
            bytes += words[index % words.count].utf8
            bytes.append(0x20)
            index += 1
        }
        return bytes
    }

    @Test
    func fiveMegabyteLineIsRejected() throws {
        try expectRejected(Self.fiveMegabyteLine())
    }

    @Test func orderCutOffInsideAQuotedBlock() throws {
        let url = URL(fileURLWithPath: Repo.act("V2500037290.txt"))
        let text = try String(contentsOf: url, encoding: .utf8)
        let head = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(30).joined(separator: "\n") + "\n"
        #expect(head.contains("1. "), "item 1 starts in the first 30 lines")
        try expectRejected(Array(head.utf8), code: "unterminated-quote")
    }
}
