import Foundation
import NusqaCore
import NusqaLanguage
import NusqaAmend
import NusqaParse
import NusqaCorpus
import NusqaTimeline
import NusqaDiff
import NusqaRender

extension AKNDocument {
    /// The amending item (өзгерістер енгізетін тармақ): its lead sentence and abzacs as paragraphs, each
    /// instruction a `<mod>` holding its payloads as `<quotedStructure>` (units) or `<quotedText>` (words).
    static func amendingItem(_ item: Clause, id: ClauseID, layout: AmendingLayout, targetWork: String?, into body: inout AKNBodyWriter) {
        let eId = body.uniqueEId(AKNNaming.eId(id))
        body.xml.open("paragraph", ["eId": eId])
        if let num = AKNBodyWriter.num(item) { body.xml.leaf("num", text: num) }
        body.xml.open("content")
        // Abzac ordinals as the amendment reader counts them: 1 is the lead, k + 1 the k-th child.
        var texts = [item.text]
        var extra: [Int: [Clause]] = [:]
        for (index, child) in item.children.enumerated() {
            texts.append(child.kind == .row ? child.cells.joined(separator: " | ") : child.text)
            if !child.children.isEmpty { extra[index + 2] = child.children }
        }
        var ordinal = 1
        var modIndex = 0
        while ordinal <= texts.count {
            if modIndex < layout.mods.count, layout.mods[modIndex].abzacs.lowerBound == ordinal {
                let mod = layout.mods[modIndex]
                modBlock(mod, instruction: texts[ordinal - 1], targetWork: targetWork, into: &body)
                // Abzacs inside the mod that no payload accounts for stay as text.
                if mod.patches.allSatisfy({ $0.payload == nil && $0.words == nil }), mod.abzacs.count > 1 {
                    for inner in (ordinal + 1)...min(mod.abzacs.upperBound, texts.count) { body.xml.leaf("p", text: texts[inner - 1]) }
                }
                ordinal = max(ordinal + 1, mod.abzacs.upperBound + 1)
                modIndex += 1
                continue
            }
            if !texts[ordinal - 1].isEmpty { body.xml.leaf("p", text: texts[ordinal - 1]) }
            for child in extra[ordinal] ?? [] { nestedLines(child, into: &body) }
            ordinal += 1
        }
        // Mods whose abzacs lie past the item's children (never expected): still written.
        while modIndex < layout.mods.count {
            modBlock(layout.mods[modIndex], instruction: layout.mods[modIndex].patches[0].instruction, targetWork: targetWork, into: &body)
            modIndex += 1
        }
        body.xml.close()
        body.xml.close()
    }

    private static func nestedLines(_ node: Clause, into body: inout AKNBodyWriter) {
        let text = node.kind == .row ? node.cells.joined(separator: " | ") : node.text
        if !text.isEmpty { body.xml.leaf("p", text: text) }
        for child in node.children { nestedLines(child, into: &body) }
    }

    /// `<p><mod>instruction <quotedStructure>…</quotedStructure></mod></p>`.
    private static func modBlock(_ mod: AmendingLayout.Mod, instruction: String, targetWork: String?, into body: inout AKNBodyWriter) {
        var line = XMLWriter.Inline()
        line.open("p")
        line.open("mod", ["eId": mod.eId])
        var text = instruction
        var quotedWords: [(String, Int)] = []
        for (index, patch) in mod.patches.enumerated() where patch.words != nil { quotedWords.append((patch.words?.new ?? "", index + 1)) }
        // Words changes: the new words inside the sentence become a <quotedText>.
        var written = false
        if let (words, ordinal) = quotedWords.first, !words.isEmpty, let range = text.range(of: "«" + words + "»") {
            line.text(String(text[..<range.lowerBound]))
            line.open("quotedText", ["eId": AmendingLayout.quoteEId(mod: mod.eId, ordinal: ordinal), "startQuote": "«", "endQuote": "»"])
            line.text(words)
            line.close("quotedText")
            line.text(String(text[range.upperBound...]))
            written = true
            text = ""
        }
        if !written { line.text(text) }
        let structures = mod.patches.enumerated().filter { $0.element.payload != nil }
        if structures.isEmpty {
            line.close("mod")
            line.close("p")
            body.xml.inline(line)
            return
        }
        body.xml.beginRaw(line, closing: ["p", "mod"])
        for (index, patch) in structures {
            guard let payload = patch.payload else { continue }
            let quoteEId = AmendingLayout.quoteEId(mod: mod.eId, ordinal: index + 1)
            let target = AKNNaming.eId(patch.target)
            body.xml.open("quotedStructure", ["eId": quoteEId, "startQuote": "«", "endQuote": "»", "for": targetWork.map { $0 + "/~" + target }])
            // The payload's units take the quote's eId as prefix and their id in the amended act as wId.
            let base = patch.target.parent ?? .root
            var quoted = AKNBodyWriter(xml: body.xml, eIdOf: { id in
                let relative = ClauseID(Array(id.steps.dropFirst(min(base.steps.count, id.steps.count))))
                return quoteEId + "__" + AKNNaming.eId(relative)
            })
            quoted.wIdOf = { AKNNaming.eId($0) }
            if payload.kind == .document {
                quoted.children(of: payload, id: base)
                if payload.children.isEmpty { quoted.xml.leaf("p") }
            } else {
                quoted.unit(payload, id: patch.target)
            }
            body.xml = quoted.xml
            body.xml.close()
        }
        body.xml.endRaw()
    }
}
