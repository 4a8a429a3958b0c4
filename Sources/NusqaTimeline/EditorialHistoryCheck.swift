import NusqaCore
import NusqaCorpus
import NusqaParse
import NusqaText

/// Compares what an act's publisher's notes say happened (ескерту тарихы) with the timeline Nusqa
/// computes from the amending acts in the corpus (тексеру).
///
/// For every note entry that names a unit, an action that changes text (restated, amended, inserted,
/// deleted, repealed, suspended) and an amending act that is in the corpus (found by number and signing
/// date), the timeline must hold a change from that act to that unit, above it or inside it; when the
/// note states a date ("11.11.2025 бастап қолданысқа енгізіледі"), one of those changes must take effect
/// on it. Acts the corpus does not hold cannot be checked and are skipped. Disagreements are warnings:
/// either the note or the reading may be wrong, and a person decides.
public enum EditorialHistoryCheck {
    /// The actions a timeline change should show.
    static let checked: Set<EditorialHistoryEntry.Action> = [.restated, .amended, .inserted, .deleted, .repealed, .suspended]

    /// The disagreements between the notes of `entry`'s text and `timeline`, as warnings located at
    /// the notes: `editorial-note-disagrees` (no change from that act to that unit) and
    /// `editorial-note-date-disagrees` (changes, but none on the note's date).
    /// - Complexity: O(n + k · c) for n units, k note entries and c changes.
    public static func disagreements(of entry: Corpus.Entry, timeline: Timeline, corpus: Corpus) -> [Diagnostic] {
        guard let act = entry.act else { return [] }
        var out: [Diagnostic] = []
        act.body.forEachDescendant { clause, id in
            guard clause.kind == .editorialNote else { return }
            let location = act.spans[id]?.start
            for note in EditorialHistoryReader.read(clause.text, under: id.parent ?? .root) where checked.contains(note.action) {
                guard let unit = note.unit else { continue }
                for reference in note.acts {
                    guard let amending = amendingEntry(reference, in: corpus), amending.metadata.id != entry.metadata.id else { continue }
                    let changes = timeline.changes.filter { change in
                        change.act == amending.metadata.id
                            && (change.target.isDescendant(ofOrEqualTo: unit) || unit.isDescendant(ofOrEqualTo: change.target))
                    }
                    let named = "\(amending.metadata.id) (№ \(reference.number ?? "?") of \(reference.date?.description ?? "?"))"
                    let printed = note.unitText.isEmpty ? unit.description : "\(note.unitText) (\(unit))"
                    if changes.isEmpty {
                        let touched = Set(timeline.changes.filter { $0.act == amending.metadata.id }.map(\.target.description)).sorted()
                        let what = touched.isEmpty ? "it changes nothing in this act" : "it changes " + touched.prefix(6).joined(separator: ", ")
                        out.append(
                            Diagnostic(
                                .warning, "editorial-note-disagrees",
                                "the publisher's note says \(printed) was \(note.action.rawValue) by \(named), but the computed timeline has no change from that act to it; \(what)",
                                at: location))
                    } else if let effective = reference.effective, !changes.contains(where: { $0.effective?.date == effective }) {
                        let dates = Set(changes.compactMap { $0.effective?.date.description }).sorted().joined(separator: ", ")
                        out.append(
                            Diagnostic(
                                .warning, "editorial-note-date-disagrees",
                                "the publisher's note says the change to \(printed) by \(named) is in force from \(effective), but the computed timeline has it from \(dates)",
                                at: location))
                    }
                }
            }
        }
        return out
    }

    /// The corpus act a note names: by number and signing date, or by number alone when the note gives
    /// no date.
    static func amendingEntry(_ reference: EditorialActReference, in corpus: Corpus) -> Corpus.Entry? {
        guard let number = reference.number else { return nil }
        return corpus.entries.first { candidate in
            guard let candidateNumber = candidate.metadata.number else { return false }
            let same = candidateNumber == number || candidateNumber.hasSuffix(" " + number) || candidateNumber.hasSuffix("-" + number)
            guard same else { return false }
            guard let date = reference.date else { return true }
            return candidate.metadata.signed == date
        }
    }
}
