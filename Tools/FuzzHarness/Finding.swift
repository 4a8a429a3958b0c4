import Foundation

/// One broken invariant found by the fuzz harness (табылған ақау): which check, and what it saw.
public struct Finding: Sendable, Hashable, CustomStringConvertible {
    /// The invariant, e.g. `diagnostic-out-of-range`, `edition-invalid`, `json-unparsable`.
    public var invariant: String
    /// What was seen, in one line.
    public var detail: String

    /// Creates a finding.
    public init(_ invariant: String, _ detail: String) {
        self.invariant = invariant
        self.detail = detail.replacingOccurrences(of: "\n", with: "⏎")
    }

    /// `invariant: detail`.
    public var description: String { "\(invariant): \(detail)" }
}
