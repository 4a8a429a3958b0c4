import NusqaCore

/// A visible warning on a unit (белгі; пометка): the text shown is doubtful, a table was flattened,
/// or a date is estimated. Every format shows the same flags; JSON carries them as `flags`. A flag is a
/// `Doubt` the reader sees: the doubts a reader found keep their code and message.
public typealias Flag = Doubt

extension Doubt {
    /// The flag on a table whose columns could not be rebuilt.
    public static let flattenedTable = Flag(
        code: "flattened-table",
        message: "Кесте бағандарға бөлінбеді: жолдар дереккөздегідей берілген / table flattened: its columns could not be rebuilt, the lines are shown as in the source")

    /// The flag on a unit whose wording is in force from an estimated date.
    public static func estimatedDate(_ date: CivilDate) -> Flag {
        Flag(code: "estimated-date", message: "Күшіне енген күні \(date.dotted) болжамды / in force from \(date) (estimated)")
    }

    /// How an estimated date is computed, said once per page.
    public static let estimatedDateExplanation =
        "Болжамды күн: түзетуші бұйрықтың жариялану күні корпуста жоқ, сондықтан жариялану күнінің орнына тіркелген күні алынып, бұйрықтың өз ережесі қолданылды (жариялағаннан кейін күнтізбелік он күн өткен соң: тіркелген күн + 11 күн) / Estimated date: the amending order's publication date is not in the corpus, so its registration date stands in for it and the order's own rule is applied (ten calendar days after publication: registration + 11 days)."
}

extension Clause {
    /// The flags a reader must see on this unit: its doubts, a flattened table, and estimated dates of
    /// the changes that gave it its wording.
    public var flags: [Flag] {
        var flags = doubts
        if kind == .preformatted { flags.append(.flattenedTable) }
        for provenance in provenance where provenance.isEstimated {
            let flag = Flag.estimatedDate(provenance.effective)
            if !flags.contains(flag) { flags.append(flag) }
        }
        return flags
    }

    /// Whether this unit or one inside it carries an estimated date.
    /// - Complexity: O(n) in the size of the subtree.
    public var containsEstimatedDate: Bool {
        provenance.contains { $0.isEstimated } || children.contains { $0.containsEstimatedDate }
    }

    /// Whether this unit or one inside it shows the marker ⟦?⟧ of words whose place is unknown.
    /// - Complexity: O(n) in the size of the subtree's text.
    public var containsUncertainText: Bool {
        text.containsBytes(of: UncertainText.marker) || children.contains { $0.containsUncertainText }
    }
}
