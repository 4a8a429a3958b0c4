import NusqaCore

/// One step through a unit's children as a reader meets them (оқу реті): a child unit, or a gap the
/// corpus lacks. Text, Markdown, HTML and JSON all walk the same entries, so they show the same gaps.
public enum ReadingEntry: Sendable, Hashable {
    /// A child unit, its id, and where the numbering of items inside it continues from.
    case unit(Clause, ClauseID, ReadingContinuation)
    /// Missing units, or the missing rest of the parent.
    case gap(Gap)
}

/// Whether the items missing before a unit's first known item are named already (нөмірлеу жалғасы):
/// items of Rules and articles of a law are numbered in one run across their chapters and sections, so
/// the items missing before a chapter's first known item are counted from the last known item before
/// the chapter and named before it, not inside it.
public enum ReadingContinuation: Sendable, Hashable {
    /// Nothing is known before the unit: its numbering starts at 1.
    case start
    /// The units missing before the unit's first known item or article are already named outside it.
    case named
}

extension Clause {
    /// The children of this unit, with a `Gap` wherever the corpus lacks units: before the first known
    /// child, between children whose numbers do not follow, after the last one, or, for a unit known
    /// only by its first words, the rest of it. Units whose text is known have no gaps. Items (and
    /// articles) are counted in document order across chapters and sections: a range names only units
    /// really missing, at the place they are missing from.
    /// - Parameters:
    ///   - id: this unit's id.
    ///   - continuing: where the numbering of items inside this unit continues from (given with the
    ///     unit by its parent's entries).
    /// - Complexity: O(n) in the number of children, plus the items of the chapters among them.
    public func readingEntries(id: ClauseID, continuing: ReadingContinuation = .start) -> [ReadingEntry] {
        guard content == .notInCorpus else {
            return children.map { .unit($0, self.id(ofChild: $0, at: id), .start) }
        }
        if children.isEmpty {
            return text.isEmpty ? [] : [.gap(Gap(parent: id, extent: .rest))]
        }
        var entries: [ReadingEntry] = []
        entries.reserveCapacity(children.count + 2)
        // The last known number of each kind among the children met so far; items and articles also
        // count those inside chapters, and those before this unit.
        var last: [ClauseKind: UnitNumber] = [:]
        let named = continuing == .named
        var previous: (kind: ClauseKind, number: UnitNumber)?
        for (index, child) in children.enumerated() {
            var context = ReadingContinuation.start
            // Where one run of numbered units ends and another kind begins (the Rules' items, then their
            // annexes), the units after the last known one of the run are missing unless the run goes on later.
            // A chapter's run is not ended by an item: the item, placed by an amendment, may stand inside it.
            if let ended = previous, kind != .document, child.kind.isNumberedInSequence, child.kind != ended.kind,
                !(ended.kind.holdsContinuingNumbers && child.kind.continuesAcrossChapters),
                !children[(index + 1)...].contains(where: { $0.kind == ended.kind || ended.kind.continuesAcrossChapters && $0.kind.holdsContinuingNumbers && $0.firstNumber(of: ended.kind) != nil }),
                !(ended.kind.continuesAcrossChapters && child.kind.holdsContinuingNumbers && child.firstNumber(of: ended.kind) != nil)
            {
                entries.append(.gap(Gap(parent: id, extent: .after(ended.kind, ended.number))))
            }
            if let number = child.number, child.kind.isNumberedInSequence {
                let before = child.kind.continuesAcrossChapters || previous?.kind == child.kind ? last[child.kind] : nil
                let accounted = named && child.kind.continuesAcrossChapters && before == nil
                if !accounted, let extent = Self.missing(child.kind, after: before, upTo: number, parentKind: kind) {
                    entries.append(.gap(Gap(parent: id, extent: extent)))
                }
                last[child.kind] = number
                previous = (child.kind, number)
            }
            if child.kind.holdsContinuingNumbers {
                // Items missing before the chapter's first known one are named here, before the chapter.
                for sequenceKind in ClauseKind.continuing {
                    guard let first = child.firstNumber(of: sequenceKind) else { continue }
                    let before = last[sequenceKind]
                    if !(named && before == nil), let extent = Self.missing(sequenceKind, after: before, upTo: first, parentKind: kind) {
                        entries.append(.gap(Gap(parent: id, extent: extent)))
                    }
                    if let end = child.lastNumber(of: sequenceKind) { last[sequenceKind] = end }
                    context = .named
                }
            }
            entries.append(.unit(child, self.id(ofChild: child, at: id), context))
        }
        if let previous, kind != .document {
            entries.append(.gap(Gap(parent: id, extent: .after(previous.kind, previous.number))))
        }
        return entries
    }

    /// The number of the first unit of `kind` in document order, inside this unit's chapters and sections.
    /// - Complexity: O(n) in the units before it.
    func firstNumber(of kind: ClauseKind) -> UnitNumber? {
        for child in children {
            if child.kind == kind, let number = child.number { return number }
            if child.kind.holdsContinuingNumbers, let number = child.firstNumber(of: kind) { return number }
        }
        return nil
    }

    /// The number of the last unit of `kind` in document order, inside this unit's chapters and sections.
    /// - Complexity: O(n) in the units after it.
    func lastNumber(of kind: ClauseKind) -> UnitNumber? {
        for child in children.reversed() {
            if child.kind == kind, let number = child.number { return number }
            if child.kind.holdsContinuingNumbers, let number = child.lastNumber(of: kind) { return number }
        }
        return nil
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

extension ClauseKind {
    /// Kinds numbered in one run across the chapters and sections that hold them: items of Rules,
    /// articles of a law.
    static let continuing: [ClauseKind] = [.item, .article]

    /// Whether units of this kind are numbered in one run across chapters and sections.
    var continuesAcrossChapters: Bool { self == .item || self == .article }

    /// Whether this kind groups items or articles without restarting their numbering.
    var holdsContinuingNumbers: Bool { self == .chapter || self == .section || self == .subsection }
}
