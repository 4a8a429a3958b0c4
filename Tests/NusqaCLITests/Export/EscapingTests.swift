import Foundation
import Testing

/// Markup and control characters in a title or a text are escaped in every page and document.
@Suite struct EscapingTests {
    @Test func hostileTextIsEscapedEverywhere() throws {
        let root = try TempFolder()
        defer { root.remove() }
        let acts = root.sub("corpus/acts")
        try FileManager.default.createDirectory(atPath: acts, withIntermediateDirectories: true)
        let sidecar = #"{"id": "x-1", "kind": "other", "title": "<script>alert(1)</script> & \"q\" 'a' \u0001", "text": "x-1.txt"}"#
        try Data(sidecar.utf8).write(to: URL(fileURLWithPath: acts + "/x-1.json"))
        let text = "Нұсқаулық <b>қалың</b> & <img src=x onerror=alert(2)>\n\nЕкінші абзац \"«»\" ]]> <!-- -->\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: acts + "/x-1.txt"))
        let site = root.sub("site")
        let result = nusqa(["export", "site", "--out", site, "--corpus", root.sub("corpus")])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        for file in TempFolder.files(under: site) where file.hasSuffix(".html") {
            let page = try String(contentsOfFile: site + "/" + file, encoding: .utf8)
            #expect(!page.contains("<script>alert"), "\(file)")
            #expect(!page.contains("<img"), "\(file)")
            #expect(!page.contains("<b>"), "\(file)")
        }
        let index = try String(contentsOfFile: site + "/index.html", encoding: .utf8)
        #expect(index.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;a&#39;"))
        let akn = AKNReader(path: site + "/acts/x-1/original.akn.xml")
        #expect(akn.parsed, "\(akn.error ?? "")")
        let xml = try String(contentsOfFile: site + "/acts/x-1/original.akn.xml", encoding: .utf8)
        #expect(xml.contains("&lt;img src=x onerror=alert(2)&gt;"))
        #expect(xml.contains("]]&gt; &lt;!-- --&gt;"))
        #expect(xml.contains("\u{FFFD}"))
        #expect(!xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
    }
}
