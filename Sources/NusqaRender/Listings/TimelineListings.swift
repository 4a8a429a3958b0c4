import NusqaAmend
import NusqaCore
import NusqaLanguage
import NusqaTimeline

/// The plain-text listings of `nusqa versions`, `history` and `check`.
package enum TimelineListings {
    /// Every edition with the changes that made it, then the unapplied changes.
    package static func versions(title: String, timeline: Timeline, hasText: Bool) -> String {
        var out = title + "\n\n"
        for edition in timeline.editions {
            guard let date = edition.date else {
                out += "original text\(hasText ? "" : " (not in corpus)")\n"
                continue
            }
            out += "\(date)\(edition.isEstimated ? " (estimated)" : "")\n"
            for change in edition.changes {
                out += "  \(change.act): \(change.target.kazakhReference) — \(operation(change))\n"
            }
        }
        if !timeline.unapplied.isEmpty {
            out += "\nunapplied:\n"
            for item in timeline.unapplied { out += "  \(item.change.act): \(item.change.target.kazakhReference) — \(item.reason)\n" }
        }
        return out
    }

    /// One clause through time: a line per change.
    package static func history(title: String, clause: ClauseID, changes: [Change]) -> String {
        var out = "\(title)\n\(clause) — \(clause.kazakhReference)\n\n"
        if changes.isEmpty { out += "no changes in the corpus\n" }
        for change in changes {
            out += "\(change.effectiveText)  \(change.act)  \(operation(change))  \(change.target.kazakhReference)\n"
        }
        return out
    }

    /// One line per problem, then the counts.
    package static func check(_ check: CorpusCheck) -> String {
        var out = check.problems.map { $0.formatted + "\n" }.joined()
        out += "\n\(check.actCount) acts, \(check.patchCount) patches, \(check.errorCount) errors, \(check.warningCount) warnings\n"
        return out
    }

    private static func operation(_ change: Change) -> String {
        change.deferredTarget == nil ? change.patch.operation.rawValue : "deferred part in force"
    }
}
