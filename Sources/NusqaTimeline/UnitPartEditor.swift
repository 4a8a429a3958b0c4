import Foundation
import NusqaAmend
import NusqaCore
import NusqaLanguage

/// Applies a patch confined to a part of its unit (бірліктің бөлігі): a sentence (сөйлем) of the unit's
/// wording, its last abzac (соңғы абзац), or a new abzac after the last one.
///
/// The last abzac is resolved to its number in the edition the patch applies to and then applied as any
/// abzac patch. A sentence is found in the unit's own wording (``SentenceBoundaries``); the patch replaces,
/// deletes or inserts that sentence, or changes words inside it only. A part the wording does not have is
/// an ``ApplyFailure/partMissing(_:in:)``, never a change elsewhere.
enum UnitPartEditor {
    /// Applies `patch` (whose `part` is set) to `root`; `apply` applies a patch without a part.
    static func apply(
        _ change: Change, part: UnitPart, provenance: Provenance, to root: inout Clause,
        apply: (Change, inout Clause) -> ApplyFailure?
    ) -> ApplyFailure? {
        let target = change.patch.target
        guard let node = PatchApplier.node(at: target, in: root) else { return .targetMissing(target) }
        switch part {
        case .header:
            guard change.patch.operation == .replace, let payload = change.patch.payload else {
                return .notApplicable("only a new wording can address the header of an annex")
            }
            return PatchApplier.editText(at: target, in: &root) { node in
                node.text = payload.text
                node.provenance.append(provenance)
            }
        case .lastAbzac:
            guard let number = lastAbzac(of: node) else { return .partMissing(part, in: target) }
            var resolved = change
            resolved.patch.part = nil
            resolved.patch.target = target.appending(ClauseID.Step(.abzac, number))
            return apply(resolved, &root)
        case .newAbzac:
            guard [.insert, .insertFromAnnex].contains(change.patch.operation) else {
                return .notApplicable("only an insertion can add a new abzac to a unit")
            }
            guard PatchApplier.isFullyKnown(node) else { return .baseTextNotInCorpus(target) }
            guard let number = newAbzac(of: node) else {
                return .notApplicable("\(target) holds numbered units: where a new unnumbered part goes among them is not decided")
            }
            var resolved = change
            resolved.patch.part = nil
            resolved.patch.target = target.appending(ClauseID.Step(.abzac, number))
            return apply(resolved, &root)
        case .sentence, .lastSentence, .sentences:
            guard PatchApplier.isFullyKnown(node) || (node.content == .known && !node.text.isEmpty) else { return .baseTextNotInCorpus(target) }
            let sentences = SentenceBoundaries.ranges(in: node.text)
            let first: Int
            let last: Int
            switch part {
            case .sentence(let ordinal): (first, last) = (ordinal - 1, ordinal - 1)
            case .sentences(let from, let through): (first, last) = (from - 1, through - 1)
            default: (first, last) = (sentences.count - 1, sentences.count - 1)
            }
            let named = first >= 0 && first <= last && last < sentences.count
            var text = node.text
            switch change.patch.operation {
            case .replace, .replaceFromAnnex:
                guard named else { return .partMissing(part, in: target) }
                guard let payload = change.patch.payload, let new = sentence(of: payload) else { return .missingPayload }
                text.replaceSubrange(sentences[first].lowerBound..<sentences[last].upperBound, with: new)
            case .delete:
                guard named else { return .partMissing(part, in: target) }
                text.removeSubrange(removal(of: first...last, in: sentences))
            case .insert:
                guard let payload = change.patch.payload, let new = sentence(of: payload) else { return .missingPayload }
                // The new sentences take the position their ordinals name: after sentence n−1.
                guard first >= 0, first <= sentences.count, part != .lastSentence else { return .partMissing(part, in: target) }
                if first < sentences.count {
                    text.insert(contentsOf: new + " ", at: sentences[first].lowerBound)
                } else {
                    text += (text.isEmpty ? "" : " ") + new
                }
            case .replaceWords, .insertWords, .deleteWords:
                guard named else { return .partMissing(part, in: target) }
                guard let words = change.patch.words, !words.old.isEmpty else { return .missingWords }
                let range = sentences[first].lowerBound..<sentences[last].upperBound
                let sentence = String(text[range])
                guard sentence.contains(words.old) else { return .wordsNotFound(words.old, in: target) }
                let replacement: String
                switch words.position {
                case .replace: replacement = words.new
                case .after: replacement = words.old + " " + words.new
                case .before: replacement = words.new + " " + words.old
                }
                text.replaceSubrange(range, with: sentence.replacingOccurrences(of: words.old, with: replacement))
            default:
                return .notApplicable("a \(change.patch.operation.rawValue) patch cannot address the \(part.englishName) of a unit")
            }
            return PatchApplier.editText(at: target, in: &root) { node in
                node.text = text
                node.provenance.append(provenance)
            }
        }
    }

    /// The number of the last abzac of `node`: its last abzac child, or its own wording when it has no
    /// abzacs and no sub-items (a sub-item list leaves the last abzac undecided).
    static func lastAbzac(of node: Clause) -> UnitNumber? {
        if let last = node.children.last(where: { $0.kind == .abzac && $0.status == .inForce }) { return last.number }
        if node.children.contains(where: { $0.kind == .subItem || $0.kind == .item }) { return nil }
        return node.text.isEmpty ? nil : UnitNumber(1)
    }

    /// The number a new abzac of `node` takes, as the parser numbers abzacs (``ClauseBuilder``): every child but
    /// a publisher's note counts, sub-items and deleted abzacs too (a number is never given twice), after the
    /// unit's own wording. Nil when the unit holds numbered items or articles: an unnumbered part among them has
    /// no place the text decides.
    static func newAbzac(of node: Clause) -> UnitNumber? {
        let children = node.children.filter { $0.kind != .editorialNote }
        guard !children.contains(where: { [.item, .article].contains($0.kind) }) else { return nil }
        let leadCounts = !node.text.isEmpty || node.kind == .item || node.kind == .subItem
        var number = children.count + (leadCounts ? 2 : 1)
        if let last = children.last(where: { $0.kind == .abzac })?.number, last.parts.count == 1 { number = max(number, last.parts[0] + 1) }
        return number > 1 ? UnitNumber(number) : nil
    }

    /// The wording of a one-sentence payload: its text, with no sub-units.
    static func sentence(of payload: Clause) -> String? {
        let text = payload.text.trimmingWhiteSpace
        guard !text.isEmpty, payload.children.allSatisfy({ $0.kind == .editorialNote }) else { return nil }
        return text
    }

    /// The range to cut when sentences `indices` go: them and the space after them (before them, when they end the text).
    static func removal(of indices: ClosedRange<Int>, in sentences: [Range<String.Index>]) -> Range<String.Index> {
        if indices.upperBound + 1 < sentences.count { return sentences[indices.lowerBound].lowerBound..<sentences[indices.upperBound + 1].lowerBound }
        if indices.lowerBound > 0 { return sentences[indices.lowerBound - 1].upperBound..<sentences[indices.upperBound].upperBound }
        return sentences[indices.lowerBound].lowerBound..<sentences[indices.upperBound].upperBound
    }
}

extension String {
    /// The text with leading and trailing white space removed.
    fileprivate var trimmingWhiteSpace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

}
