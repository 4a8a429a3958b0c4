import NusqaCore

/// Reads a Kazakh unit reference such as "2-тармақтың 11) тармақшасы" into id steps (сілтемені оқу).
public enum KazakhReferenceReader {
    /// The steps the reference names, outermost first; empty when nothing is recognised.
    public static func references(in text: String) -> [ClauseID.Step] {
        let phrase = TargetPhrase(text)
        var steps: [ClauseID.Step] = phrase.references.map { ClauseID.Step($0.kind, $0.numbers.first ?? UnitNumber(1)) }
        return steps
    }
}
