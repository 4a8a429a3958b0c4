import NusqaCore
import NusqaParse
import NusqaAmend

extension Corpus {
    /// The corpus id of a cited act: by registration number first, then by order number and date.
    public func resolve(_ citation: Citation) -> String? {
        if let registration = citation.registrationNumber, let entry = entry(registration: registration) {
            return entry.metadata.id
        }
        guard let number = citation.number else { return nil }
        let key = citation.date.map { "number:\(number)@\($0)" } ?? "number:" + number
        return index[key].map { entries[$0].metadata.id }
    }

    /// The amendment reading of an entry, when it is an amending act with text.
    public func amendments(of entry: Entry) -> AmendmentReading? {
        guard let act = entry.act, act.kind == .amendingOrder else { return nil }
        return AmendmentReader.read(act, metadata: entry.metadata, resolveTarget: resolve, documentsOf: documents)
    }

    /// The documents an act approves, from its sidecar; empty when unknown.
    public func documents(of id: String) -> [ActMetadata.Document] {
        entry(named: id)?.metadata.documents ?? []
    }
}
