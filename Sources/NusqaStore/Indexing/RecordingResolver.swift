import NusqaKit

/// Resolves an amending act's citations against the store and remembers every question and answer
/// (сілтеме шешу), so that a change to another act's number or registration re-reads exactly the acts that asked.
///
/// Each answer is what ``Corpus/resolve(_:)`` or ``Corpus/documents(of:)`` gives on the whole corpus: the
/// candidates sharing the key are loaded as a small corpus and asked the same question. A subset holding the
/// answer cannot answer otherwise (the first writer of a key in id order is also first in the subset).
///
/// Several resolvers may ask one store from several threads at once: ``SharedStoreReader`` serialises the questions.
final class RecordingResolver {
    private let store: SharedStoreReader
    /// (key, answer id) in the order asked, without repeats.
    private(set) var lookups: [(key: String, result: String?)] = []
    private var asked = Set<String>()

    init(store: StoreReader) { self.store = SharedStoreReader(store) }

    init(shared store: SharedStoreReader) { self.store = store }

    func resolve(_ citation: Citation) -> String? {
        var keys: [String] = []
        if let registration = citation.registrationNumber { keys.append("registration:" + registration) }
        if let number = citation.number { keys.append("number:" + number) }
        let candidates = store.candidates(registration: citation.registrationNumber, number: citation.number)
        let result = Corpus(entries: candidates).resolve(citation)
        for key in keys { record(key, result) }
        return result
    }

    func documents(of name: String) -> [ActMetadata.Document] {
        let candidates = store.candidates(named: name)
        let corpus = Corpus(entries: candidates)
        let found = corpus.entry(named: name)
        for key in StoreReader.namedKeys(name) { record(key, found?.metadata.id) }
        return found?.metadata.documents ?? []
    }

    private func record(_ key: String, _ result: String?) {
        let tag = key + "\u{0}" + (result ?? "")
        guard !asked.contains(tag) else { return }
        asked.insert(tag)
        lookups.append((key, result))
    }
}
