import NusqaKit

/// Reads a clause argument: an id, or a Kazakh reference under the order or its first annex.
enum ClauseReference {
    static func ids(for text: String) -> [ClauseID] {
        if let id = ClauseID(text), !id.steps.isEmpty { return [id] }
        let references = KazakhReferenceReader.references(in: text)
        guard !references.isEmpty else { return [] }
        let relative = ClauseID(references)
        return [ClauseID([ClauseID.Step(.annex, UnitNumber(1))] + relative.steps), relative]
    }
}
