import NusqaParse
import NusqaCore
import NusqaCorpus

extension EditionRenderer {
    /// The heading of an act's pages (тақырып): "№ ҚР ДСМ-290/2020 — Title (V2000021844)".
    public static func title(of entry: Corpus.Entry) -> String {
        let m = entry.metadata
        return "\(m.number.map { "№ \($0)" } ?? m.id) — \(m.title ?? entry.act?.title ?? m.id) (\(m.id))"
    }
}

extension EditorialNote.ActInfo {
    /// What a note says about the amending act `actID`, from its sidecar; nil when the corpus lacks it.
    public init?(actID: String, in corpus: Corpus) {
        guard let m = corpus.entry(named: actID)?.metadata else { return nil }
        self.init(number: m.number ?? actID, signed: m.signedDate, issuer: m.issuer)
    }
}
