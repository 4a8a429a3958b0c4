import NusqaCore
import NusqaLanguage

/// Finds what a part (бөлік; часть) of an article, item or sub-item holds, in a tree where a part is no
/// node: its lead paragraph (the unit's own text, or an abzac) and the sub-items after it stand side by side.
///
/// A unit's parts are read off its children in order: the first part opens with the unit's own text (when
/// it has one) or its first abzac; each later abzac opens the next part; a sub-item belongs to the part
/// before it. A target through a part (`art_30__part_1__subpara_3`) is located as the tree's own id
/// (`art_30__subpara_3`), which names the first sub-item of that number: a sub-item of a later part that
/// shares its number with an earlier one cannot be named that way and is reported, never guessed.
enum PartLocator {
    /// Where a target through a part stands in the tree.
    enum Location: Equatable {
        /// The tree's id for the target; for an insertion, the child index of the holder the new unit takes.
        case located(ClauseID, insertAt: Int?)
        /// Why it cannot be located.
        case failure(ApplyFailure)
    }

    /// One part of a unit: the child index of its lead abzac (nil: the unit's own text, or no lead) and of
    /// its sub-items.
    struct Part: Equatable {
        var lead: Int?
        var subItems: [Int] = []
    }

    /// The location of `target`, whose first part step is resolved in `root`.
    /// - Parameter inserting: whether the target is a new unit (its place is found, its number must be new).
    /// - Complexity: O(n) in the children of the unit that holds the part, plus the path to it.
    static func locate(_ target: ClauseID, in root: Clause, inserting: Bool) -> Location {
        guard let index = target.steps.firstIndex(where: { $0.kind == .part }) else { return .located(target, insertAt: nil) }
        let holderID = ClauseID(Array(target.steps[..<index]))
        let partStep = target.steps[index]
        let rest = Array(target.steps[(index + 1)...])
        guard let ordinal = partStep.number, ordinal.parts.count == 1 else { return .failure(.targetMissing(target)) }
        guard let holder = PatchApplier.node(at: holderID, in: root), holder.content == .known else {
            // The unit is not in the corpus (a gap): its parts cannot be told apart, so the target is the one the
            // tree would name without them, a part itself its abzac, as where a change makes a gap's unit known.
            let step = rest.isEmpty ? [ClauseID.Step(.abzac, ordinal)] : []
            return .located(ClauseID(holderID.steps + step + rest), insertAt: nil)
        }
        let parts = parts(of: holder)
        guard ordinal.parts[0] >= 1, ordinal.parts[0] <= parts.count else {
            // "73-бабының 1-бөлігі": a part printed with its number ("1.") is an item of the tree.
            let item = ClauseID.Step(.item, ordinal)
            if holder.children.contains(where: { $0.kind == .item && $0.number == ordinal }) {
                return locate(ClauseID(holderID.steps + [item] + rest), in: root, inserting: inserting)
            }
            return .failure(.targetMissing(target))
        }
        let part = parts[ordinal.parts[0] - 1]
        guard let first = rest.first else {
            // The part itself: its lead paragraph, when no sub-item hangs from it.
            guard part.subItems.isEmpty else {
                return .failure(.notApplicable("\(target.kazakhReference) holds sub-items: a part changed as a whole is not applied"))
            }
            guard let lead = part.lead, let number = holder.children[lead].number else {
                return .located(ClauseID(holderID.steps + [ClauseID.Step(.abzac, UnitNumber(1))]), insertAt: nil)
            }
            return .located(ClauseID(holderID.steps + [ClauseID.Step(.abzac, number)]), insertAt: nil)
        }
        guard first.kind == .subItem, let number = first.number else { return .failure(.targetMissing(target)) }
        let resolved = ClauseID(holderID.steps + rest)
        let firstOfNumber = holder.children.firstIndex { $0.kind == .subItem && $0.number == number }
        let inPart = part.subItems.first { holder.children[$0].number == number }
        let shared = ApplyFailure.notApplicable(
            "\(target.kazakhReference): a sub-item of another part of \(holderID.kazakhReference) has the same number, and the text names only the first")
        if inserting, rest.count == 1 {
            if inPart != nil { return .failure(.numberExists(target)) }
            if firstOfNumber != nil { return .failure(shared) }
            // After the part's last sub-item numbered below the new one, else before its first, else after its lead.
            let below = part.subItems.last { holder.children[$0].number.map { $0 < number } ?? false }
            let position = below.map { $0 + 1 } ?? part.subItems.first ?? part.lead.map { $0 + 1 } ?? 0
            return .located(resolved, insertAt: position)
        }
        guard let inPart else { return .failure(.targetMissing(target)) }
        guard firstOfNumber == inPart else { return .failure(shared) }
        return .located(resolved, insertAt: nil)
    }

    /// The parts of `unit`, in order.
    static func parts(of unit: Clause) -> [Part] {
        var parts: [Part] = unit.text.isEmpty ? [] : [Part(lead: nil)]
        for (index, child) in unit.children.enumerated() {
            switch child.kind {
            case .abzac:
                parts.append(Part(lead: index))
            case .subItem:
                if parts.isEmpty { parts.append(Part(lead: nil)) }
                parts[parts.count - 1].subItems.append(index)
            default:
                continue
            }
        }
        return parts
    }
}
