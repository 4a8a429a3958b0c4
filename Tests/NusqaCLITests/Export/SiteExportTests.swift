import Foundation
import NusqaExport
import Testing

/// `nusqa export site`: layout, same bytes as `show` and `diff`, relative links, deterministic output.
@Suite struct SiteExportTests {
    let corpus = Repo.corpus

    func exportSite(into out: String) -> CLIResult {
        nusqa(["export", "site", "--out", out, "--corpus", corpus])
    }

    @Test func editionAndDiffPagesAreTheCommandsOwnOutput() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let out = folder.sub("site")
        let result = exportSite(into: out)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.hasPrefix("export site: 8/8 acts, "))
        func read(_ path: String) -> String { (try? String(contentsOfFile: out + "/" + path, encoding: .utf8)) ?? "<missing \(path)>" }
        let show = nusqa(["show", "V2000021844", "--as-of", "2026-01-01", "--format", "html", "--corpus", corpus])
        #expect(read("acts/V2000021844/2026-01-01.html") == show.stdout)
        let json = nusqa(["show", "V2000021844", "--as-of", "2026-01-01", "--format", "json", "--corpus", corpus])
        #expect(read("acts/V2000021844/2026-01-01.json") == json.stdout)
        let diff = nusqa(["diff", "V2000021844", "--from", "2026-01-01", "--to", "2027-01-01", "--format", "html", "--corpus", corpus])
        #expect(read("acts/V2000021844/diff-2026-01-01--2027-01-01.html") == diff.stdout)
        let versions = nusqa(["versions", "V2000021844", "--format", "json", "--corpus", corpus])
        #expect(read("acts/V2000021844/versions.json") == versions.stdout)
        let acts = nusqa(["acts", "--format", "json", "--corpus", corpus])
        #expect(read("acts.json") == acts.stdout)
        #expect(read("index.html").contains("<a href=\"acts/V2000021844/index.html\">V2000021844</a>"))
        #expect(read("search-index.js").hasPrefix("var NUSQA_INDEX = [{"))
        #expect(read("acts/V2000021844/index.html").contains("<a href=\"2026-01-01.akn.xml\">AKN</a>"))
    }

    /// Every href and src in every page points to a file of the export (relative, never absolute or external).
    @Test func everyLinkIsRelativeAndResolves() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let out = folder.sub("site")
        #expect(exportSite(into: out).status == 0)
        let files = TempFolder.files(under: out)
        var checked = 0
        for file in files where file.hasSuffix(".html") {
            let text = try String(contentsOfFile: out + "/" + file, encoding: .utf8)
            for match in text.matches(of: /(?:href|src)="([^"]*)"/) {
                let link = String(match.1)
                if link.hasPrefix("#") || link.hasPrefix("data:") { continue }
                #expect(!link.contains("://") && !link.hasPrefix("/"), "\(file): \(link)")
                let path = String(link.split(separator: "#", maxSplits: 1).first ?? "")
                let resolved = (((out + "/" + file) as NSString).deletingLastPathComponent as NSString).appendingPathComponent(path)
                #expect(FileManager.default.fileExists(atPath: (resolved as NSString).standardizingPath), "\(file): broken link \(link)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    /// The same corpus twice gives the same bytes; a second export replaces the first in place.
    @Test func identicalBytesTwice() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let a = folder.sub("a")
        let b = folder.sub("b")
        #expect(exportSite(into: a).status == 0)
        #expect(exportSite(into: b).status == 0)
        let filesA = TempFolder.files(under: a)
        #expect(filesA == TempFolder.files(under: b))
        #expect(filesA.count > 60)
        for file in filesA {
            let left = FileManager.default.contents(atPath: a + "/" + file)
            let right = FileManager.default.contents(atPath: b + "/" + file)
            #expect(left != nil && left == right, "\(file) differs")
        }
        // Exporting again over an earlier export replaces it, leaving no temporary folder behind.
        #expect(exportSite(into: a).status == 0)
        #expect(TempFolder.files(under: a) == filesA)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a", "b"])
    }

    @Test func refusesToReplaceAFolderThatIsNotAnExport() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let out = folder.sub("mine")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: URL(fileURLWithPath: out + "/notes.txt"))
        let result = exportSite(into: out)
        #expect(result.status == 1)
        #expect(result.stderr.contains("[output-exists]"))
        #expect(TempFolder.files(under: out) == ["notes.txt"])
    }
}
