import NusqaAmend
import NusqaCore
import NusqaDiff
import NusqaLanguage
import NusqaTimeline

/// The plain-text listings of `nusqa versions`, `history` and `check`.
package enum TimelineListings {
    /// Every edition with the changes that made it, then the unapplied changes, in Kazakh: the
    /// approved document named, the operation as adilet writes it, the amending act by number and date.
    package static func versions(
        title: String, timeline: Timeline, hasText: Bool, labels: DocumentLabels, actLabel: (String) -> String
    ) -> String {
        var out = title + "\n\n"
        if timeline.editions.contains(where: \.isEstimated) { out += Flag.estimatedDateExplanation + "\n\n" }
        for edition in timeline.editions {
            guard let date = edition.date else {
                out += "бастапқы мәтін / original text\(hasText ? "" : " (корпуста жоқ / not in corpus)")\n"
                continue
            }
            out += "\(date)\(edition.isEstimated ? " (күні болжамды / estimated)" : "")\n"
            for change in edition.changes {
                out += "  \(actLabel(change.act)): \(describe(change, labels))\n"
            }
        }
        if !timeline.unapplied.isEmpty {
            out += "\nҚолданылмаған өзгерістер / unapplied:\n"
            for item in timeline.unapplied { out += "  \(actLabel(item.change.act)): \(labels.reference(item.change.target)) — \(item.reason)\n" }
        }
        return out
    }

    /// One clause through time: each edition with the changes that made it, its wording, and a word
    /// diff to the wording before.
    package static func history(title: String, history: ClauseHistory, labels: DocumentLabels, actLabel: (String) -> String) -> String {
        let id = history.id
        var out = "\(title)\n\(labels.reference(id)) (\(id))\n"
        if history.versions.contains(where: \.isEstimated) { out += Flag.estimatedDateExplanation + "\n" }
        if history.versions.contains(where: { $0.wording?.containsBytes(of: UncertainText.marker) == true }) { out += UncertainText.explanation + "\n" }
        for (index, version) in history.versions.enumerated() {
            let date = version.date.map { "\($0.dotted)\(version.isEstimated ? " (күні болжамды / estimated)" : "") бастап / from \($0)" } ?? "бастапқы мәтін / original text"
            out += "\n\(index + 1). \(date)\n"
            for change in version.changes {
                out += "   \(describe(change, labels)) – \(actLabel(change.act))\n"
            }
            if let status = version.status, status != "in-force" { out += "   [\(statusName(status))]\n" }
            guard let wording = version.wording else {
                out += "   [жоқ / absent]\n"
                continue
            }
            for line in wording.split(separator: "\n") { out += "   │ \(line)\n" }
            if index > 0, version.edits.contains(where: { $0.operation != .equal }) {
                out += "   Алдыңғы редакциядан айырма / changes from the previous wording:\n   "
                for edit in version.edits {
                    switch edit.operation {
                    case .equal: out += edit.text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n   ")
                    case .delete: out += "[-\(edit.text)-]"
                    case .insert: out += "{+\(edit.text)+}"
                    }
                }
                out += "\n"
            }
        }
        return out
    }

    static func statusName(_ status: String) -> String {
        switch status {
        case "deleted": "алып тасталды / deleted"
        case "repealed": "күші жойылды / repealed"
        case "not-yet-in-force": "әлі қолданысқа енгізілмеген / not yet in force"
        case "not-in-corpus": "мәтіні корпуста жоқ / text not in corpus"
        default: status
        }
    }

    /// One line per problem, then the counts.
    package static func check(_ check: CorpusCheck) -> String {
        var out = check.problems.map { $0.formatted + "\n" }.joined()
        out += "\n\(check.actCount) acts, \(check.patchCount) patches, \(check.errorCount) errors, \(check.warningCount) warnings\n"
        return out
    }

    /// "Қағидалар 26-1-тармақпен толықтырылды"; a deferred wording that starts to apply "қолданысқа енгізілді".
    private static func describe(_ change: Change, _ labels: DocumentLabels) -> String {
        change.deferredTarget == nil
            ? labels.change(change.target, change.patch.operation) : "\(labels.reference(change.target)) қолданысқа енгізілді / came into force"
    }
}
