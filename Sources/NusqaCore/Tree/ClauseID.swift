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

    public static func < (lhs: ClauseID, rhs: ClauseID) -> Bool { lhs.description < rhs.description }

    /// The id as text: `att_1__para_2__subpara_11`; empty for the root.
    public var description: String { steps.map(\.text).joined(separator: "__") }
}
