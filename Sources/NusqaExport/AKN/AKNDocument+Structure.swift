import NusqaCore
import NusqaLanguage
import NusqaAmend
import NusqaParse
import NusqaCorpus
import NusqaTimeline
import NusqaDiff
import NusqaRender

extension AKNDocument {
    /// Writes the document's structure: `<preface>` (title, header), `<preamble>`, `<body>` (or
    /// `<mainBody>`), `<conclusions>` (signature) and `<attachments>` (annexes, each a `<doc name="annex">`).
    static func writeStructure(
        _ root: Clause, naming: AKNNaming, expression: String, editionDate: CivilDate?, metadata: ActMetadata, layout: AmendingLayout?, targetWork: String?,
        into body: inout AKNBodyWriter
    ) {
        let children = root.children
        let prefaceKinds: Set<ClauseKind> = [.title, .header]
        let outside: Set<ClauseKind> = [.title, .header, .preamble, .signature, .annex]
        // Base-act headers and titles come first whatever the text's order; the rest keep theirs.
        let prefaceNodes = children.filter { prefaceKinds.contains($0.kind) }
        if !prefaceNodes.isEmpty || metadata.title != nil {
            body.xml.open("preface")
            if !children.contains(where: { $0.kind == .title }), let title = metadata.title {
                body.xml.open("longTitle", ["eId": "longTitle"])
                body.xml.leaf("p", text: title)
                body.xml.close()
            }
            for node in prefaceNodes {
                let eId = body.uniqueEId(AKNNaming.eId(ClauseID.root.appending(node.idStep)))
                if node.kind == .title {
                    body.xml.open("longTitle", ["eId": eId])
                } else {
                    body.xml.open("container", ["name": node.kind.rawValue, "eId": eId])
                }
                let lines = body.paragraphs(node)
                for line in lines { body.xml.inline(line) }
                if lines.isEmpty { body.xml.leaf("p") }
                body.xml.close()
            }
            body.xml.close()
        }
        for node in children where node.kind == .preamble {
            body.xml.open("preamble", ["eId": body.uniqueEId("preamble"), "status": node.content == .notInCorpus && node.text.isEmpty ? "incomplete" : nil])
            let lines = body.paragraphs(node)
            for line in lines { body.xml.inline(line) }
            if lines.isEmpty { body.xml.leaf("p") }
            for child in node.children { paragraphLines(child, into: &body) }
            body.xml.close()
        }
        body.xml.open(naming.documentType == "act" ? "body" : "mainBody")
        var wroteBody = false
        if root.content == .notInCorpus {
            body.gap(parent: "", ordinal: 0, text: "Бұйрықтың мәтіні корпуста жоқ / the text of the order is not in the corpus")
            wroteBody = true
        }
        for (index, node) in children.enumerated() where !outside.contains(node.kind) {
            let id = ClauseID.root.appending(node.idStep)
            if let layout, index == layout.itemIndex {
                amendingItem(node, id: id, layout: layout, targetWork: targetWork, into: &body)
            } else {
                body.unit(node, id: id)
            }
            wroteBody = true
        }
        if !wroteBody { body.gap(parent: "", ordinal: 1, text: "(бос / empty)") }
        body.xml.close()
        let signatures = children.filter { $0.kind == .signature }
        if !signatures.isEmpty {
            body.xml.open("conclusions")
            for node in signatures {
                body.xml.open("container", ["name": "signature", "eId": body.uniqueEId("signature")])
                let lines = body.paragraphs(node)
                for line in lines { body.xml.inline(line) }
                if lines.isEmpty { body.xml.leaf("p") }
                body.xml.close()
            }
            body.xml.close()
        }
        let annexes = children.filter { $0.kind == .annex }
        guard !annexes.isEmpty else { return }
        body.xml.open("attachments")
        for annex in annexes {
            let id = ClauseID.root.appending(annex.idStep)
            let eId = body.uniqueEId(AKNNaming.eId(id))
            body.xml.open("attachment", ["eId": eId, "status": annex.status == .deleted || annex.status == .repealed ? "removed" : nil, "period": body.periodOf(annex)])
            if let num = AKNBodyWriter.num(annex) { body.xml.leaf("num", text: num) }
            if let heading = annex.heading { body.xml.leaf("heading", text: heading) }
            body.xml.open("doc", ["name": "annex"])
            body.xml.open("meta")
            let component = "annex_\(annex.number?.description ?? "1")"
            identification(&body.xml, naming: naming, expression: expression, component: component, editionDate: editionDate, metadata: metadata)
            body.xml.close()
            let lines = body.paragraphs(Self.withoutGapMark(annex))
            if !lines.isEmpty {
                body.xml.open("preface")
                for line in lines { body.xml.inline(line) }
                body.xml.close()
            }
            body.xml.open("mainBody")
            body.children(of: annex, id: id)
            if annex.children.isEmpty {
                body.gap(parent: eId, ordinal: 1)
            }
            body.xml.close()
            body.xml.close()
            body.xml.close()
        }
        body.xml.close()
    }

    /// The annex header's own lines: its gap is shown in the main body, not in the preface.
    private static func withoutGapMark(_ annex: Clause) -> Clause {
        var copy = annex
        copy.content = .known
        copy.children = []
        return copy
    }

    /// A unit inside a block-only container (the preamble): its text as paragraphs.
    private static func paragraphLines(_ node: Clause, into body: inout AKNBodyWriter) {
        for line in body.paragraphs(node) { body.xml.inline(line) }
        for child in node.children { paragraphLines(child, into: &body) }
    }
}
