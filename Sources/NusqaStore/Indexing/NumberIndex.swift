import NusqaKit

/// The acts of the corpus by order number and by every tail of it after a space or hyphen (нөмір индексі):
/// the candidates a publisher's note naming "№ 290/2020" could mean, as ``EditorialHistoryCheck`` matches them.
struct NumberIndex: Sendable {
    private var byKey: [String: [ActMetadata]] = [:]

    /// Indexes `acts` (id, kind, number, signed).
    init(_ acts: [ActMetadata]) {
        for metadata in acts {
            guard let number = metadata.number else { continue }
            var keys: Set<String> = [number]
            for index in number.indices where number[index] == " " || number[index] == "-" {
                keys.insert(String(number[number.index(after: index)...]))
            }
            for key in keys { byKey[key, default: []].append(metadata) }
        }
    }

    /// Every act whose number is `number` or ends in " number" or "-number".
    func candidates(_ number: String) -> [ActMetadata] { byKey[number] ?? [] }

    /// Metadata-only entries for every act a publisher's note in `act` could name.
    func candidates(for act: Act) -> [Corpus.Entry] {
        var out: [String: ActMetadata] = [:]
        for visit in act.body.descendants() where visit.clause.kind == .editorialNote {
            for note in EditorialHistoryReader.read(visit.clause.text, under: visit.id.parent ?? .root) {
                for reference in note.acts {
                    guard let number = reference.number else { continue }
                    for metadata in candidates(number) { out[metadata.id] = metadata }
                }
            }
        }
        return out.values.map { Corpus.Entry(metadata: $0, parsed: nil, textPath: nil) }
    }
}
