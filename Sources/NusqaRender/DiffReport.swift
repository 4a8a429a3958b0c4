import NusqaAmend
import NusqaCore
import NusqaDiff
import NusqaLanguage
import NusqaTimeline

/// A diff as a reviewer reads it (айырма есебі): the act's title, the two sides, a summary by kind and
/// amending act, and each change with the act, instruction and date that made it.
public struct DiffReport: Sendable {
    /// What made one change: the amending act, its instruction, and from when.
    public struct Attribution: Sendable, Hashable {
        /// The corpus id of the amending act.
        public var act: String
        /// How a reader names the act: "№ 127, 30.10.2025 (V2500037290)".
        public var actLabel: String
        /// The instruction's sequence in the amending act (1-based).
        public var instruction: Int
        /// The instruction's text, as the amending act words it.
        public var instructionText: String
        /// The operation.
        public var operation: PatchOperation
        /// The day the change takes effect.
        public var effective: CivilDate
        /// Whether that day is estimated.
        public var isEstimated: Bool

        /// Creates an attribution.
        public init(
            act: String, actLabel: String, instruction: Int, instructionText: String, operation: PatchOperation, effective: CivilDate,
            isEstimated: Bool
        ) {
            self.act = act
            self.actLabel = actLabel
            self.instruction = instruction
            self.instructionText = instructionText
            self.operation = operation
            self.effective = effective
            self.isEstimated = isEstimated
        }
    }

    /// The diff.
    public var diff: EditionDiff
    /// The act's title (or the two file names).
    public var title: String
    /// The earlier side: a date or a file name.
    public var from: String
    /// The later side.
    public var to: String
    /// What made each change, by clause id; empty for two files.
    public var attributions: [ClauseID: [Attribution]]
    /// Labels naming the approved documents.
    public var labels: DocumentLabels

    /// Creates a report.
    public init(
        diff: EditionDiff, title: String, from: String, to: String, attributions: [ClauseID: [Attribution]] = [:],
        labels: DocumentLabels = DocumentLabels(documents: [])
    ) {
        self.diff = diff
        self.title = title
        self.from = from
        self.to = to
        self.attributions = attributions
        self.labels = labels
    }

    /// Entries by kind, in a fixed order, with counts.
    public var counts: [(kind: EditionDiff.Entry.Kind, count: Int)] {
        let order: [EditionDiff.Entry.Kind] = [.changed, .added, .removed, .becameKnown, .cameIntoForce, .statusChanged]
        return order.compactMap { kind in
            let count = diff.entries.filter { $0.kind == kind }.count
            return count == 0 ? nil : (kind, count)
        }
    }

    /// The amending acts involved, with how many changes each made, in date order.
    public var acts: [(label: String, act: String, count: Int)] {
        // One change counts once for each act that made it, however many of the act's instructions or
        // dates touched it; the act is dated by its earliest effective date.
        var counts: [String: (label: String, count: Int, date: CivilDate)] = [:]
        for entry in diff.entries {
            var seen: Set<String> = []
            for attribution in attributions[entry.id] ?? [] {
                if let known = counts[attribution.act], attribution.effective < known.date { counts[attribution.act]?.date = attribution.effective }
                guard seen.insert(attribution.act).inserted else { continue }
                counts[attribution.act, default: (attribution.actLabel, 0, attribution.effective)].count += 1
            }
        }
        return counts.sorted { $0.value.date != $1.value.date ? $0.value.date < $1.value.date : $0.key < $1.key }.map { ($0.value.label, $0.key, $0.value.count) }
    }

    /// For each entry, whether it continues the entry before it that it lies inside: the same kind of
    /// change, made by the same instructions ("2-тармақ" became known, then its sub-items and abzacs). A
    /// continuation is shown under its unit without repeating what made it.
    /// - Complexity: O(e · d) for e entries of depth d.
    public var continuations: [Bool] {
        var head: EditionDiff.Entry?
        return diff.entries.map { entry in
            if let head, head.kind == entry.kind, entry.id != head.id, entry.id.isDescendant(ofOrEqualTo: head.id),
                (attributions[head.id] ?? []) == (attributions[entry.id] ?? [])
            {
                return true
            }
            head = entry
            return false
        }
    }

    /// Whether a change shows the marker ⟦?⟧, which the page then explains.
    /// - Complexity: O(n) in the text of the changes.
    public var showsUncertainText: Bool {
        diff.entries.contains { $0.edits.contains { $0.text.containsBytes(of: UncertainText.marker) } }
    }

    /// The Kazakh and English name of a kind of change.
    public static func name(_ kind: EditionDiff.Entry.Kind) -> String {
        switch kind {
        case .changed: "өзгертілді / changed"
        case .added: "қосылды / added"
        case .removed: "алынды / removed"
        case .becameKnown: "мәтіні белгілі болды / became known"
        case .cameIntoForce: "қолданысқа енгізілді / came into force"
        case .statusChanged: "күйі өзгерді / status changed"
        }
    }

    /// The name of an entry's change: a unit whose place became known but whose own text is still not
    /// in the corpus (a sub-unit was added to it) is not said to have become known.
    public static func name(of entry: EditionDiff.Entry) -> String {
        if entry.kind == .becameKnown, entry.new?.content == .notInCorpus, entry.edits.allSatisfy({ $0.text.isEmpty }) {
            return "бар екені белгілі болды, мәтіні корпуста жоқ / known to exist, text not in corpus"
        }
        return name(entry.kind)
    }

    /// The symbol a text diff prints before an entry.
    public static func symbol(_ kind: EditionDiff.Entry.Kind) -> String {
        switch kind {
        case .added: "+"
        case .removed: "-"
        case .changed: "~"
        case .becameKnown: "?"
        case .cameIntoForce: "»"
        case .statusChanged: "!"
        }
    }

    /// The legend, one line.
    public static let legend =
        "Белгілер / legend: [-…-] алынған сөздер / removed words; {+…+} қосылған сөздер / added words; ~ өзгертілді / changed; + қосылды / added; - алынды / removed; ? мәтіні белгілі болды: бірлік бұрын да болған, мәтіні корпуста болмаған / became known: the unit existed, its text was not in corpus; » қолданысқа енгізілді / came into force; ! күйі өзгерді / status changed"

    /// "№ 127, 30.10.2025 (V2500037290), 3-нұсқау / instruction 3 («1-тармақ … жазылсын»), 11.11.2025 бастап (күні болжамды)".
    public static func describe(_ attribution: Attribution) -> String {
        var instruction = attribution.instructionText
        if instruction.count > 90 { instruction = String(instruction.prefix(87)) + "…" }
        return "\(attribution.actLabel), \(attribution.instruction)-нұсқау / instruction \(attribution.instruction) («\(instruction)»), "
            + "\(attribution.effective.dotted) бастап / from \(attribution.effective)\(attribution.isEstimated ? " (күні болжамды / estimated)" : "")"
    }

    /// What made each change between `from` and `to`: the changes in force in that span whose target
    /// holds the clause, else those inside it.
    /// - Complexity: O(e · c) for e entries and c changes.
    public static func attributions(
        _ diff: EditionDiff, timeline: Timeline, from: CivilDate, to: CivilDate, actLabel: (String) -> String
    ) -> [ClauseID: [Attribution]] {
        let (low, high) = from <= to ? (from, to) : (to, from)
        let unapplied = Set(timeline.unapplied.map(\.change))
        let changes = timeline.changes.filter { change in
            guard let date = change.effective?.date else { return false }
            return date > low && date <= high && !unapplied.contains(change)
        }
        var out: [ClauseID: [Attribution]] = [:]
        for entry in diff.entries {
            var matching = changes.filter { entry.id.isDescendant(ofOrEqualTo: $0.target) }
            if matching.isEmpty { matching = changes.filter { $0.target.isDescendant(ofOrEqualTo: entry.id) } }
            out[entry.id] = matching.compactMap { change in
                guard let effective = change.effective else { return nil }
                return Attribution(
                    act: change.act, actLabel: actLabel(change.act), instruction: change.patch.sequence,
                    instructionText: change.patch.instruction, operation: change.patch.operation, effective: effective.date,
                    isEstimated: effective.isEstimated)
            }
        }
        return out
    }
}
