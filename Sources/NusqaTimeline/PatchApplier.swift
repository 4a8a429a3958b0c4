import Foundation
import NusqaAmend
import NusqaCore
import NusqaLanguage

/// Applies one change to a clause tree (өзгерісті қолдану), gap-aware.
///
/// Where the base text is present, every operation applies for real. Where a unit is *not in corpus*,
/// a whole-unit replacement or insertion makes that unit known and keeps the rest of its parent a gap;
/// a word-level change to unknown text fails with "base text not in corpus". A failure is returned as
/// an ``ApplyFailure``, never thrown away.
enum PatchApplier {
    /// Applies `change` to `root`; returns why when it cannot be applied (an undated change never is).
    /// - Complexity: O(d · w) for a path of depth d with w siblings per level, plus the payload size.
    static func apply(_ change: Change, to root: inout Clause) -> ApplyFailure? {
        var change = change
        var position: Int?
        // A sub-item located through a part stands in the part, which the tree lays out in the unit that holds it.
        var placed = false
        if change.effective != nil, change.deferredTarget == nil, change.patch.error == nil, change.patch.unapplied == nil,
            change.patch.target.steps.contains(where: { $0.kind == .part })
        {
            // "30-баптың бірінші бөлігі 3) тармақшасы": the part is no node of the tree; its sub-item is.
            let inserting = [.insert, .insertRows, .insertFromAnnex].contains(change.patch.operation) && change.patch.part == nil
            switch PartLocator.locate(change.patch.target, in: root, inserting: inserting) {
            case .failure(let failure): return failure
            case .located(let id, let index):
                placed = change.patch.target.last?.kind != .part
                change.patch.target = id
                position = index
            }
        }
        let patch = change.patch
        guard let effective = change.effective else { return .undated }
        let provenance = Provenance(
            act: change.act, operation: change.deferredTarget == nil ? patch.operation : .replace,
            effective: effective.date, isEstimated: effective.isEstimated, unit: change.target)
        if let deferred = change.deferredTarget {
            // A part of a payload the patch could not apply is not applied either.
            if let payload = patch.payload, let broken = payloadFailure(payload, at: patch.target, in: root) { return broken }
            guard let part = subtree(of: patch.payload, at: deferred, under: patch.target) else {
                return .deferredPartMissing(deferred)
            }
            return replace(at: deferred, with: part, provenance: provenance, in: &root)
        }
        if let error = patch.error { return .notApplicable("the patch cannot be completed: \(error)") }
        if let reason = patch.unapplied { return .notApplicable(reason) }
        if let unnumbered = unnumberedUnit(on: patch.target, in: root) { return .unnumberedUnit(unnumbered) }
        if let conflict = groupingConflict(on: patch.target, in: root) { return conflict }
        if let part = patch.part {
            return UnitPartEditor.apply(change, part: part, provenance: provenance, to: &root) { apply($0, to: &$1) }
        }
        switch patch.operation {
        case .suspend, .noOp:
            return .notApplicable("a \(patch.operation.rawValue) patch changes no text")
        case .replace, .replaceFromAnnex:
            guard let payload = patch.payload else { return .missingPayload }
            if let broken = payloadFailure(payload, at: patch.target, in: root, placed: placed) { return broken }
            return replace(at: patch.target, with: deferring(patch, payload, in: root), provenance: provenance, in: &root)
        case .insert, .insertRows, .insertFromAnnex:
            guard let payload = patch.payload else { return .missingPayload }
            if let broken = payloadFailure(payload, at: patch.target, in: root, placed: placed) { return broken }
            return insert(at: patch.target, deferring(patch, payload, in: root), position: position, provenance: provenance, in: &root)
        case .delete, .repeal:
            if !placed, let target = patch.target.last, let misplaced = placementFailure(target.kind, at: patch.target, in: root) { return misplaced }
            return remove(at: patch.target, status: patch.operation == .delete ? .deleted : .repealed, provenance: provenance, in: &root)
        case .replaceWords, .insertWords, .deleteWords:
            guard let words = patch.words else { return .missingWords }
            return changeWords(at: patch.target, words, provenance: provenance, in: &root)
        }
    }

    /// The first unit on the path to `target` that must have a number, has none, and is not in the text:
    /// the patch would make it, and where is unknown. Nil when every such unit is numbered or present.
    private static func unnumberedUnit(on target: ClauseID, in root: Clause) -> ClauseID? {
        for (index, step) in target.steps.enumerated() where step.number == nil && EditionValidator.needsNumber(step.kind) {
            let prefix = ClauseID(Array(target.steps[...index]))
            if node(at: prefix, in: root) == nil { return prefix }
        }
        return nil
    }

    /// A unit the target names inside a grouping that does not hold it, while the text has it (numbered
    /// through the groupings) elsewhere: "1-бөлімнің 1-тармағы" where item 1 stands outside section 1.
    private static func groupingConflict(on target: ClauseID, in root: Clause) -> ApplyFailure? {
        var grouping: ClauseID.Step?
        for (index, step) in target.steps.enumerated() {
            if groupings.contains(step.kind) {
                grouping = step
                continue
            }
            guard let named = grouping else { continue }
            grouping = nil
            let path = Array(target.steps[...index])
            if node(at: ClauseID(path), in: root) == nil, node(at: ClauseID(path.filter { !groupings.contains($0.kind) }), in: root) != nil {
                return .outsideGrouping(step, grouping: named)
            }
        }
        return nil
    }

    /// Why `payload` cannot stand at `target`: it numbers two units alike, numbers them out of order, holds
    /// a sub-item or row where none can stand, or is itself such a unit at a place new to the text. Applied,
    /// it would make an edition that fails ``EditionValidator``; the text is not rearranged to fit.
    /// - Parameter placed: the place is already found (a sub-item of a part): the container is not checked.
    /// - Complexity: O(n log n) in the units of the payload, plus the path to the target.
    private static func payloadFailure(_ payload: Clause, at target: ClauseID, in root: Clause, placed: Bool = false) -> ApplyFailure? {
        if let twice = duplicateID(in: payload, at: target) { return .duplicateNumbers(twice) }
        if !placed, let misplaced = placementFailure(payload.kind, at: target, in: root) { return misplaced }
        guard let problem = EditionValidator.validate(payload, at: target).first(where: \.isError) else { return nil }
        switch problem.code {
        case "orphan-sub-item", "orphan-row": return .misplacedUnit(problem.id, in: problem.container ?? payload.kind)
        case "duplicate-id": return .duplicateNumbers(problem.id)
        default: return .numberingOrder(problem.id)
        }
    }

    /// Why a unit of `kind` cannot be made at `target`: a sub-item or row whose container (the unit the
    /// target's path names before it, or the text itself) cannot hold it. A unit the text already has
    /// there stays where it is: replacing or deleting it changes nothing in the structure.
    private static func placementFailure(_ kind: ClauseKind, at target: ClauseID, in root: Clause) -> ApplyFailure? {
        let container = target.steps.count > 1 ? target.steps[target.steps.count - 2].kind : root.kind
        guard !EditionValidator.mayStand(kind, in: container), node(at: target, in: root) == nil else { return nil }
        return .misplacedUnit(target, in: container)
    }

    /// The first id that two numbered units of `payload` (articles, items, sub-items, rows) share.
    /// - Complexity: O(n · d) for n units at depth d.
    private static func duplicateID(in payload: Clause, at target: ClauseID) -> ClauseID? {
        var seen = Set<ClauseID>()
        for visit in payload.descendants(id: target) where [.article, .item, .subItem, .row].contains(visit.clause.kind) && visit.clause.number != nil {
            if !seen.insert(visit.id).inserted { return visit.id }
        }
        return nil
    }

    /// The payload with its deferred parts held back: each keeps the wording it has in `root`, if
    /// any, or stays an empty stub, marked pending until its own date.
    private static func deferring(_ patch: Patch, _ payload: Clause, in root: Clause) -> Clause {
        var payload = payload
        for part in patch.deferred {
            let previous = node(at: part.target, in: root)
            let kept = previous.flatMap { $0.isKnown && !$0.text.isEmpty ? $0 : nil }
            var stub = kept ?? Clause(part.target.last?.kind ?? .item, number: part.target.last?.number)
            stub.status = .pending(from: part.effective.date, keepsPreviousWording: kept != nil)
            let relative = ClauseID(Array(part.target.steps.dropFirst(patch.target.steps.count)))
            replaceInside(&payload, steps: relative.steps[...], with: stub)
        }
        return payload
    }

    // MARK: Operations

    private static func replace(at target: ClauseID, with payload: Clause, provenance: Provenance, in root: inout Clause) -> ApplyFailure? {
        guard let last = target.last else { return .wholeAct(.replace) }
        return withParent(of: target, in: &root) { parent in
            if last.kind == .abzac, last.number == UnitNumber(1), [.item, .subItem].contains(parent.kind) {
                parent.text = payload.text
                parent.provenance.append(provenance)
                return nil
            }
            if last.kind == .title, parent.kind != .document, parent.heading != nil || child(last, in: parent) == nil {
                // The title (тақырыбы) of a chapter, section, article or annex is its heading.
                parent.heading = payload.text
                parent.provenance.append(provenance)
                return nil
            }
            if last.kind == .preamble || last.kind == .title {
                var new = payload
                new.provenance = (child(last, in: parent).map { parent.children[$0].provenance } ?? []) + [provenance]
                if let index = child(last, in: parent) { parent.children[index] = new } else { parent.children.insert(new, at: 0) }
                return nil
            }
            var new = payload
            new.number = last.number
            if let index = child(last, in: parent) {
                new.provenance = parent.children[index].provenance + [provenance]
                parent.children[index] = new
                return nil
            }
            guard parent.content == .notInCorpus else { return .targetMissing(target) }
            new.provenance = [provenance]
            insertSorted(new, into: &parent)
            return nil
        }
    }

    /// - Parameter position: the child index the new unit takes in its parent (a sub-item of a part), else its number decides.
    private static func insert(
        at target: ClauseID, _ payload: Clause, position: Int? = nil, provenance: Provenance, in root: inout Clause
    ) -> ApplyFailure? {
        guard let last = target.last else { return .wholeAct(.insert) }
        return withParent(of: target, in: &root) { parent in
            var new = payload
            new.number = last.number
            new.provenance = [provenance]
            if let index = child(last, in: parent) {
                let existing = parent.children[index]
                guard existing.content == .notInCorpus && existing.text.isEmpty && existing.children.isEmpty else {
                    return .numberExists(target)
                }
                parent.children[index] = new
                return nil
            }
            if let position, position <= parent.children.count {
                parent.children.insert(new, at: position)
            } else {
                insertSorted(new, into: &parent)
            }
            return nil
        }
    }

    private static func remove(at target: ClauseID, status: ClauseStatus, provenance: Provenance, in root: inout Clause) -> ApplyFailure? {
        guard let last = target.last else {
            root.status = status
            root.provenance.append(provenance)
            return nil
        }
        return withParent(of: target, in: &root) { parent in
            var gone = Clause(last.kind, number: last.number)
            gone.status = status
            if let index = child(last, in: parent) {
                guard parent.children[index].status != .deleted else { return .alreadyDeleted(target) }
                gone.provenance = parent.children[index].provenance + [provenance]
                parent.children[index] = gone
                return nil
            }
            guard parent.content == .notInCorpus else { return .deletedUnitMissing(target) }
            gone.provenance = [provenance]
            insertSorted(gone, into: &parent)
            return nil
        }
    }

    private static func changeWords(at target: ClauseID, _ words: WordChange, provenance: Provenance, in root: inout Clause) -> ApplyFailure? {
        if words.old.isEmpty {
            // No anchor: a sentence added at the end of the unit's own wording ("… сөйлеммен толықтырылсын",
            // "дополнить предложением"). Bare words with no anchor, or a unit whose end lies in its sub-units,
            // leave the place undecided.
            guard words.position == .after, !words.isGlobal, isSentence(words.new) else { return .missingWords }
            return withNode(at: target, in: &root, create: false) { node in
                guard isFullyKnown(node) else { return .baseTextNotInCorpus(target) }
                guard !node.text.isEmpty, node.children.allSatisfy({ $0.kind == .editorialNote }) else {
                    return .notApplicable("the end of \(target) lies in its sub-units: where the sentence goes is not decided")
                }
                node.text += " " + words.new
                node.provenance.append(provenance)
                return nil
            }
        }
        var found = 0
        var unknown = false
        let failure = withNode(at: target, in: &root, create: false) { node in
            if !isFullyKnown(node) { unknown = true; return nil }
            found = rewrite(&node, words)
            if found > 0 { node.provenance.append(provenance) }
            return nil
        }
        if let failure { return failure }
        if unknown { return .baseTextNotInCorpus(target) }
        if found == 0 { return .wordsNotFound(words.old, in: target) }
        return nil
    }

    private static func rewrite(_ node: inout Clause, _ words: WordChange) -> Int {
        var count = 0
        if node.status == .inForce, node.text.contains(words.old) {
            count += node.text.components(separatedBy: words.old).count - 1
            let replacement: String
            switch words.position {
            case .replace: replacement = words.new
            case .after: replacement = words.old + " " + words.new
            case .before: replacement = words.new + " " + words.old
            }
            if words.position == .after, isSentence(words.new) {
                node.text = inserting(sentence: words.new, after: words.old, in: node.text)
            } else {
                node.text = node.text.replacingOccurrences(of: words.old, with: replacement)
            }
        }
        for index in node.children.indices { count += rewrite(&node.children[index], words) }
        return count
    }

    /// Whether `text` is a whole sentence: a capital first, a full stop, "!" or "?" last.
    static func isSentence(_ text: String) -> Bool {
        guard let first = text.first, first.isUppercase, let last = text.last else { return false }
        return ".!?".contains(last)
    }

    /// `text` with `sentence` after each `anchor`, past the punctuation that closes the anchor's own sentence
    /// ("… тіркеледі." + "Тіркеу тегін." → "… тіркеледі. Тіркеу тегін.").
    static func inserting(sentence: String, after anchor: String, in text: String) -> String {
        var out = ""
        var rest = text[...]
        while let range = rest.range(of: anchor) {
            var end = range.upperBound
            while end < rest.endIndex, ".!?;»".contains(rest[end]) { end = rest.index(after: end) }
            out += rest[..<end]
            out += " " + sentence
            rest = rest[end...]
        }
        return out + rest
    }

    /// Runs `edit` on the unit at `target`, which must exist (a sentence edit changes the unit's own wording).
    static func editText(at target: ClauseID, in root: inout Clause, _ edit: (inout Clause) -> Void) -> ApplyFailure? {
        withNode(at: target, in: &root, create: false) { node in
            edit(&node)
            return nil
        }
    }

    // MARK: Navigation

    /// Whether a subtree is known all the way down.
    static func isFullyKnown(_ node: Clause) -> Bool {
        node.content == .known && node.children.allSatisfy(isFullyKnown)
    }

    /// The node at `id`, looking through chapters, sections and paragraphs for the units they group.
    static func node(at id: ClauseID, in root: Clause) -> Clause? {
        var current = root
        for step in id.steps {
            if let index = child(step, in: current) {
                current = current.children[index]
                continue
            }
            guard let path = holderPath(of: step, in: current) else { return nil }
            for index in path { current = current.children[index] }
            guard let index = child(step, in: current) else { return nil }
            current = current.children[index]
        }
        return current
    }

    /// Kinds that group units without entering their ids: items and articles are numbered through them.
    static let groupings: Set<ClauseKind> = [.chapter, .section, .subsection]

    /// The child indices, through groupings only, of the grouping that holds `step`; nil when none does.
    /// - Complexity: O(n) in the grouping nodes under `node`.
    static func holderPath(of step: ClauseID.Step, in node: Clause) -> [Int]? {
        for (index, grouping) in node.children.enumerated() where groupings.contains(grouping.kind) {
            if child(step, in: grouping) != nil { return [index] }
            if let inner = holderPath(of: step, in: grouping) { return [index] + inner }
        }
        return nil
    }

    /// The paths of the groupings under `node` that hold units of `kind`, in document order.
    static func holderPaths(of kind: ClauseKind, in node: Clause, prefix: [Int] = []) -> [[Int]] {
        var out: [[Int]] = []
        for (index, grouping) in node.children.enumerated() where groupings.contains(grouping.kind) {
            if grouping.children.contains(where: { $0.kind == kind }) { out.append(prefix + [index]) }
            out += holderPaths(of: kind, in: grouping, prefix: prefix + [index])
        }
        return out
    }

    /// Runs `body` on the descendant of `node` at `path` (child indices).
    static func at(_ path: ArraySlice<Int>, in node: inout Clause, _ body: (inout Clause) -> ApplyFailure?) -> ApplyFailure? {
        guard let first = path.first else { return body(&node) }
        return at(path.dropFirst(), in: &node.children[first], body)
    }

    /// The node at `path` (child indices) under `node`.
    static func node(at path: [Int], in node: Clause) -> Clause {
        path.reduce(node) { $0.children[$1] }
    }

    private static func child(_ step: ClauseID.Step, in node: Clause) -> Int? {
        node.children.firstIndex { $0.kind == step.kind && ($0.kind.isSingleton || $0.number == step.number) }
    }

    private static func withParent(of target: ClauseID, in root: inout Clause, _ body: (inout Clause) -> ApplyFailure?) -> ApplyFailure? {
        guard let parent = target.parent else { return inChapter(of: target, in: &root, body) }
        return withNode(at: parent, in: &root, create: true) { inChapter(of: target, in: &$0, body) }
    }

    /// Runs `body` on the grouping (chapter, section, paragraph, at any depth) of `parent` that holds (or,
    /// for a new unit, should hold) the unit `target` names; on `parent` itself when no grouping holds units
    /// of that kind. Items are numbered through the chapters, so `att_1__para_3-1` lives in the chapter of item 3.
    private static func inChapter(of target: ClauseID, in parent: inout Clause, _ body: (inout Clause) -> ApplyFailure?) -> ApplyFailure? {
        guard let last = target.last, child(last, in: parent) == nil else { return body(&parent) }
        if let path = holderPath(of: last, in: parent) { return at(path[...], in: &parent, body) }
        let holders = holderPaths(of: last.kind, in: parent)
        guard let first = holders.first else { return body(&parent) }
        guard let number = last.number else { return at(first[...], in: &parent, body) }
        // A new unit goes where the unit it follows in number order stands (a grouping, or `parent` itself
        // when that unit stands outside the groupings), else where the unit it precedes stands.
        let units = numberedUnits(of: last.kind, in: parent)
        let below = units.filter { $0.number < number }.max { $0.number < $1.number }
        let above = units.filter { number < $0.number }.min { $0.number < $1.number }
        return at((below?.path ?? above?.path ?? first)[...], in: &parent, body)
    }

    /// The numbered units of `kind` directly under `node` and inside its groupings, with the child indices
    /// of the grouping that holds each (empty for `node` itself), in document order.
    /// - Complexity: O(n) in the children of `node` and of its groupings.
    static func numberedUnits(of kind: ClauseKind, in node: Clause, prefix: [Int] = []) -> [(path: [Int], number: UnitNumber)] {
        var out: [(path: [Int], number: UnitNumber)] = []
        for (index, child) in node.children.enumerated() {
            if child.kind == kind, let number = child.number { out.append((prefix, number)) }
            if groupings.contains(child.kind) { out += numberedUnits(of: kind, in: child, prefix: prefix + [index]) }
        }
        return out
    }

    /// Runs `body` on the node at `id`; creates missing units as gaps inside units that are not in corpus.
    private static func withNode(at id: ClauseID, in root: inout Clause, create: Bool, _ body: (inout Clause) -> ApplyFailure?) -> ApplyFailure? {
        walk(&root, id.steps[...], create: create, body)
    }

    private static func walk(_ node: inout Clause, _ steps: ArraySlice<ClauseID.Step>, create: Bool, _ body: (inout Clause) -> ApplyFailure?) -> ApplyFailure? {
        guard let step = steps.first else { return body(&node) }
        if let index = child(step, in: node) {
            return walk(&node.children[index], steps.dropFirst(), create: create, body)
        }
        if let path = holderPath(of: step, in: node) {
            return at(path[...], in: &node) { holder in
                guard let inner = child(step, in: holder) else { return .pathMissing(step) }
                return walk(&holder.children[inner], steps.dropFirst(), create: create, body)
            }
        }
        guard create, node.content == .notInCorpus else {
            return .pathMissing(step)
        }
        var gap = Clause(step.kind, number: step.number, content: .notInCorpus)
        let failure = walk(&gap, steps.dropFirst(), create: create, body)
        if failure == nil { insertSorted(gap, into: &node) }
        return failure
    }

    /// Inserts `new` among its siblings of the same kind in number order (3 < 3-1 < 3-2 < 4), before a
    /// grouping that holds a unit of its kind numbered after it (items are numbered through the groupings).
    static func insertSorted(_ new: Clause, into parent: inout Clause) {
        guard let number = new.number else { parent.children.append(new); return }
        func follows(_ sibling: Clause) -> Bool {
            if sibling.kind == new.kind { return sibling.number.map { $0 > number } ?? false }
            return groupings.contains(sibling.kind) && numberedUnits(of: new.kind, in: sibling).contains { $0.number > number }
        }
        if let index = parent.children.firstIndex(where: follows) {
            parent.children.insert(new, at: index)
        } else if let last = parent.children.lastIndex(where: { $0.kind == new.kind }) {
            parent.children.insert(new, at: last + 1)
        } else {
            parent.children.append(new)
        }
    }

    private static func subtree(of payload: Clause?, at id: ClauseID, under target: ClauseID) -> Clause? {
        guard var current = payload, id.isDescendant(ofOrEqualTo: target) else { return nil }
        for step in id.steps.dropFirst(target.steps.count) {
            guard let index = child(step, in: current) else { return nil }
            current = current.children[index]
        }
        return current
    }

    @discardableResult
    private static func replaceInside(_ node: inout Clause, steps: ArraySlice<ClauseID.Step>, with new: Clause) -> Bool {
        guard let step = steps.first, let index = child(step, in: node) else { return false }
        if steps.count == 1 {
            node.children[index] = new
            return true
        }
        return replaceInside(&node.children[index], steps: steps.dropFirst(), with: new)
    }
}
