import Foundation
import NusqaKit

/// The acts of the corpus by order number and by every tail of it after a space or hyphen (нөмір индексі):
/// the candidates a publisher's note naming "№ 290/2020" could mean, as ``EditorialHistoryCheck`` matches them.
///
/// Built on first use, from `load`: a re-index whose families have no publisher's note naming a number never
/// reads the numbers of the whole corpus (210,000 acts at the large size). Safe to ask from several threads.
final class NumberIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var byKey: [String: [ActMetadata]]?
    private var load: (() throws -> [ActMetadata])?
    /// The error `load` threw, if it did: the index is then empty, and the caller rethrows it.
    private(set) var failure: Error?

    /// An index of `acts` (id, kind, number, signed).
    convenience init(_ acts: [ActMetadata]) { self.init(load: { acts }) }

    /// An index of the acts `load` gives, called at most once, on the first question.
    init(load: @escaping () throws -> [ActMetadata]) { self.load = load }

    /// Whether the acts were loaded (a question was asked).
    var isBuilt: Bool { lock.withLock { byKey != nil } }

    /// Every act whose number is `number` or ends in " number" or "-number".
    func candidates(_ number: String) -> [ActMetadata] {
        lock.withLock {
            if byKey == nil { build() }
            return byKey?[number] ?? []
        }
    }

    /// Metadata-only entries for every act a publisher's note in `act` could name.
    func candidates(for act: Act) -> [Corpus.Entry] {
        var numbers: [String] = []
        for visit in act.body.descendants() where visit.clause.kind == .editorialNote {
            for note in EditorialHistoryReader.read(visit.clause.text, under: visit.id.parent ?? .root) {
                numbers += note.acts.compactMap(\.number)
            }
        }
        guard !numbers.isEmpty else { return [] }
        var out: [String: ActMetadata] = [:]
        for number in numbers {
            for metadata in candidates(number) { out[metadata.id] = metadata }
        }
        return out.values.map { Corpus.Entry(metadata: $0, parsed: nil, textPath: nil) }
    }

    /// Reads the acts and indexes them; call under the lock.
    private func build() {
        var index: [String: [ActMetadata]] = [:]
        do {
            for metadata in try load?() ?? [] {
                guard let number = metadata.number else { continue }
                var keys: Set<String> = [number]
                for position in number.indices where number[position] == " " || number[position] == "-" {
                    keys.insert(String(number[number.index(after: position)...]))
                }
                for key in keys { index[key, default: []].append(metadata) }
            }
        } catch {
            failure = error
        }
        byKey = index
        load = nil
    }
}
