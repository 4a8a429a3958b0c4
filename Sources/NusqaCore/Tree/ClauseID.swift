import Foundation

/// A stable clause address (сілтеме идентификаторы) in the Akoma Ntoso eId style: `att_1__para_2__subpara_11`.
///
/// Steps are kind + number, joined by `__`. Singleton kinds (`preamble`, `title`) carry no number.
/// Ids are semantic, never positional, except for abzacs, which the law itself addresses by ordinal.
public struct ClauseID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// One step of the path: a kind and, except for singletons, a number.
    public struct Step: Sendable, Hashable {
        /// The unit kind.
        public var kind: ClauseKind
        /// The unit number; nil for singletons.
        public var number: UnitNumber?

        /// Creates a step.
        public init(_ kind: ClauseKind, _ number: UnitNumber? = nil) {
            self.kind = kind
            self.number = number
        }

        /// The step as written in an id: `para_26-1`, `preamble`.
        public var text: String {
            guard let number else { return kind.idPrefix }
            return "\(kind.idPrefix)_\(number)"
        }
    }

    /// The steps from the document root down.
    public var steps: [Step]

    /// Creates an id from steps.
    public init(_ steps: [Step]) {
        self.steps = steps
    }

    /// The id of the document root (no steps).
    public static let root = ClauseID([])

    /// Parses `att_1__para_2__subpara_11`; nil for unknown prefixes or malformed numbers.
    /// - Complexity: O(n) in the length of `text`.
    public init?(_ text: some StringProtocol) {
        if text.isEmpty {
            self.steps = []
            return
        }
        var steps: [Step] = []
        for part in String(text).components(separatedBy: "__") {
            if let underscore = part.firstIndex(of: "_") {
                guard let kind = ClauseKind(idPrefix: part[..<underscore]),
                    let number = UnitNumber(part[part.index(after: underscore)...])
                else { return nil }
                steps.append(Step(kind, number))
            } else {
                guard let kind = ClauseKind(idPrefix: part) else { return nil }
                steps.append(Step(kind))
            }
        }
        self.steps = steps
    }

    /// The id extended by one step.
    public func appending(_ step: Step) -> ClauseID {
        var extended = steps
        extended.reserveCapacity(steps.count + 1)
        extended.append(step)
        return ClauseID(extended)
    }

    /// The id of the parent unit, or nil for the root.
    public var parent: ClauseID? {
        steps.isEmpty ? nil : ClauseID(Array(steps.dropLast()))
    }

    /// The last step.
    public var last: Step? { steps.last }

    /// Whether `self` is `other` or lies inside it.
    public func isDescendant(ofOrEqualTo other: ClauseID) -> Bool {
        steps.count >= other.steps.count && Array(steps.prefix(other.steps.count)) == other.steps
    }

    /// Document order: a unit before the units inside it, siblings of one kind by number
    /// (`para_2 < para_10 < para_10-1 < para_11`), siblings of different kinds in the order a document
    /// lays them out (preamble, body units, signature, then annexes).
    /// - Complexity: O(d) in the depth of the shorter id.
    public static func < (lhs: ClauseID, rhs: ClauseID) -> Bool {
        for (left, right) in zip(lhs.steps, rhs.steps) where left != right {
            if left.kind != right.kind { return left.kind.documentRank < right.kind.documentRank }
            switch (left.number, right.number) {
            case (nil, _): return true
            case (_, nil): return false
            case (let a?, let b?): return a < b
            }
        }
        return lhs.steps.count < rhs.steps.count
    }

    /// The id as text: `att_1__para_2__subpara_11`; empty for the root.
    public var description: String { steps.map(\.text).joined(separator: "__") }
}

extension ClauseKind {
    /// Where units of this kind stand among their siblings when a document is read top to bottom.
    fileprivate var documentRank: Int {
        switch self {
        case .document: 0
        case .header: 1
        case .title: 2
        case .editorialNote: 3
        case .preamble: 4
        case .section: 5
        case .chapter: 6
        case .subsection: 7
        case .article: 8
        case .item: 9
        case .abzac, .part: 10
        case .subItem: 11
        case .caption: 12
        case .table: 13
        case .row: 14
        case .text: 15
        case .preformatted: 16
        case .signature: 17
        case .annex: 18
        }
    }
}
