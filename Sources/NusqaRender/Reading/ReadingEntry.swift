import NusqaCore

/// One step through a unit's children as a reader meets them (оқу реті): a child unit, or a gap the
/// corpus lacks. Text, Markdown, HTML and JSON all walk the same entries, so they show the same gaps.
public enum ReadingEntry: Sendable, Hashable {
    /// A child unit and its id.
    case unit(Clause, ClauseID)
    /// Missing units, or the missing rest of the parent.
    case gap(Gap)
}

extension Clause {
    /// The children of this unit, with a `Gap` wherever the corpus lacks units: before the first known
    /// child, between children whose numbers do not follow, after the last one, or, for a unit known
    /// only by its first words, the rest of it. Units whose text is known have no gaps.
    /// - Parameter id: this unit's id.
    /// - Complexity: O(n) in the number of children.
    public func readingEntries(id: ClauseID) -> [ReadingEntry] {
        guard content == .notInCorpus else {
            return children.map { .unit($0, self.id(ofChild: $0, at: id)) }
        }
        if children.isEmpty {
            return text.isEmpty ? [] : [.gap(Gap(parent: id, extent: .rest))]
        }
        var entries: [ReadingEntry] = []
        entries.reserveCapacity(children.count + 2)
        var previous: (kind: ClauseKind, number: UnitNumber)?
        for child in children {
            if let number = child.number, child.kind.isNumberedInSequence {
                let before = previous?.kind == child.kind ? previous?.number : nil
                if let extent = Self.missing(child.kind, after: before, upTo: number, parentKind: kind) {
                    entries.append(.gap(Gap(parent: id, extent: extent)))
                }
                previous = (child.kind, number)
            }
            entries.append(.unit(child, self.id(ofChild: child, at: id)))
        }
        if let previous, kind != .document {
            entries.append(.gap(Gap(parent: id, extent: .after(previous.kind, previous.number))))
        }
        return entries
    }

    /// What is missing before `number` when `before` is the previous known number of the same kind.
    static func missing(_ kind: ClauseKind, after before: UnitNumber?, upTo number: UnitNumber, parentKind: ClauseKind) -> Gap.Extent? {
        // The first abzac of an item or sub-item is the unit's own text, so its abzacs start at 2.
        let first = kind == .abzac && [.item, .subItem, .abzac].contains(parentKind) ? 2 : 1
        guard let before else {
            guard number.parts.count == 1 else { return .before(kind, number) }
            let n = number.parts[0]
            return n > first ? .units(kind, first: UnitNumber(first), last: UnitNumber(n - 1)) : nil
        }
        if before.isFollowed(by: number) || number <= before { return nil }
        if before.parts.count == 1, number.parts.count == 1 {
            let (a, b) = (before.parts[0], number.parts[0])
            return .units(kind, first: UnitNumber(a + 1), last: UnitNumber(b - 1))
        }
        return .between(kind, before, number)
    }
}

extension ClauseKind {
    /// Kinds numbered in one run within their parent, whose missing numbers are gaps.
    var isNumberedInSequence: Bool {
        switch self {
        case .item, .subItem, .abzac, .annex, .chapter, .section, .subsection, .article, .table, .row: true
        default: false
        }
    }
}
