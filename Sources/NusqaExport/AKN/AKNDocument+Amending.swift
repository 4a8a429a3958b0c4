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

    /// The instruction sentence, its quoted old and new words marked as `<quotedText>` (`…__qtext_N`
    /// for the old words, `…__qstr_N` for the new, which `<new href>` points to).
    private static func quotedWords(_ instruction: String, mod: AmendingLayout.Mod, into line: inout XMLWriter.Inline) {
        let quotes: [(String, String)] = [("«", "»"), ("\"", "\""), ("“", "”"), ("„", "“")]
        var marks: [(range: Range<String.Index>, eId: String, open: String, close: String)] = []
        func find(_ words: String, from start: String.Index) -> (Range<String.Index>, String, String)? {
            guard !words.isEmpty else { return nil }
            for (open, close) in quotes {
                if let range = instruction.range(of: open + words + close, range: start..<instruction.endIndex) { return (range, open, close) }
            }
            return nil
        }
        for (index, patch) in mod.patches.enumerated() {
            guard let words = patch.words else { continue }
            var start = instruction.startIndex
            if let (range, open, close) = find(words.old, from: start) {
                marks.append((range, "\(mod.eId)__qtext_\(index + 1)", open, close))
                start = range.upperBound
            }
            if let (range, open, close) = find(words.new, from: start) {
                marks.append((range, AmendingLayout.quoteEId(mod: mod.eId, ordinal: index + 1), open, close))
            }
        }
        marks.sort { $0.range.lowerBound < $1.range.lowerBound }
        var cursor = instruction.startIndex
        for mark in marks where mark.range.lowerBound >= cursor {
            line.text(String(instruction[cursor..<mark.range.lowerBound]))
            let inner = instruction.index(mark.range.lowerBound, offsetBy: mark.open.count)..<instruction.index(mark.range.upperBound, offsetBy: -mark.close.count)
            line.open("quotedText", ["eId": mark.eId, "startQuote": mark.open, "endQuote": mark.close])
            line.text(String(instruction[inner]))
            line.close("quotedText")
            cursor = mark.range.upperBound
        }
        line.text(String(instruction[cursor...]))
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
        quotedWords(instruction, mod: mod, into: &line)
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
