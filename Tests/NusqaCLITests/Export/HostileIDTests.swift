import Foundation
import NusqaExport
import Testing

/// A sidecar whose id would lead outside `--out` is refused, and nothing is written anywhere.
@Suite struct HostileIDTests {
    /// A corpus of one good act and one hostile sidecar, under `root/corpus`.
    func hostileCorpus(root: TempFolder, id: String) throws -> String {
        let acts = root.sub("corpus/acts")
        try FileManager.default.createDirectory(atPath: acts, withIntermediateDirectories: true)
        let good = #"{"id": "V2000000001", "kind": "base", "number": "1", "signed": "2020-01-01", "text": null}"#
        try Data(good.utf8).write(to: URL(fileURLWithPath: acts + "/V2000000001.json"))
        let escaped = id.unicodeScalars.map { $0.value < 0x20 ? String(format: "\\u%04x", $0.value) : String($0) }.joined()
        let hostile = #"{"id": ""# + escaped + #"", "kind": "base", "number": "2", "signed": "2020-01-02", "text": null}"#
        try Data(hostile.utf8).write(to: URL(fileURLWithPath: acts + "/evil.json"))
        return root.sub("corpus")
    }

    @Test(arguments: ["../../etc/x", "a/b", "..", "x\u{0A}y", "tab\u{09}", "\\\\server", ".hidden"])
    func refusedAndNothingWritten(id: String) throws {
        let root = try TempFolder()
        defer { root.remove() }
        let corpus = try hostileCorpus(root: root, id: id)
        let before = TempFolder.files(under: root.path)
        let out = root.sub("out/site")
        for arguments in [["export", "site"], ["export", "akn", "--all"]] {
            let result = nusqa(arguments + ["--out", out, "--corpus", corpus])
            #expect(result.status == 1, "\(arguments) with id \(id.debugDescription)")
            #expect(result.stderr.contains("[unsafe-id]"), "stderr: \(result.stderr)")
            #expect(result.stderr.contains("refusing to export it"))
        }
        // Nothing under the test folder changed, nothing at ../../etc/x from --out, no temporary folders left.
        #expect(TempFolder.files(under: root.path) == before)
        #expect(!FileManager.default.fileExists(atPath: root.sub("out")))
        #expect(!FileManager.default.fileExists(atPath: root.sub("etc/x")))
        #expect(!FileManager.default.fileExists(atPath: (out as NSString).appendingPathComponent("../../etc/x")))
    }

    @Test func safeNamesSpellOtherCharactersAsHex() throws {
        #expect(try SafeName(id: "V2000021844").value == "V2000021844")
        #expect(try SafeName(id: "dsm-65-2021-07-27").value == "dsm-65-2021-07-27")
        #expect(try SafeName(id: "a b_c").value == "a_20b_5Fc")
        #expect(try SafeName(id: "ҚР").value == "_D2_9A_D0_A0")
        #expect(throws: ExportError.self) { try SafeName(id: "") }
        #expect(throws: ExportError.self) { try SafeName(id: String(repeating: "x", count: 201)) }
    }
}
