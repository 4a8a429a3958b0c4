import Foundation
import NusqaKit
import NusqaStore

/// Finds the act a command argument names: a file path, `-` for stdin, a corpus id or an order number.
enum ActResolver {
    /// The parsed act and its amendment reading for `instructions`.
    static func amendments(_ argument: String, context: Context) throws -> (Act, AmendmentReading, String) {
        let store = context.store
        if argument != "-", !FileManager.default.fileExists(atPath: argument), let store {
            if let id = store.lookUpID(argument) { _ = StoreAccess.refresh(store, act: id) }
            guard let found = store.lookUpID(argument).flatMap(store.act(named:)), let entry = store.entry(sidecar: found.sidecar) else {
                if store.wasRejected(argument) {
                    throw RuntimeError("\(argument): error: this act could not be loaded (its sidecar or text is bad); see 'nusqa check' [act-unreadable]")
                }
                throw store.notFound(argument)
            }
            guard let act = entry.act else {
                throw RuntimeError("\(entry.metadata.id): error: the text of this act is not in the corpus [text-not-in-corpus]")
            }
            let resolver = store.resolver()
            let reading = AmendmentReader.read(act, metadata: entry.metadata, resolveTarget: resolver.resolve, documentsOf: resolver.documents)
            return (act, reading, entry.textPath ?? entry.metadata.id)
        }
        if argument != "-", !FileManager.default.fileExists(atPath: argument) {
            let corpus = try context.loadCorpus()
            guard let entry = ActLookup.entry(argument, in: corpus) else {
                if corpus.wasRejected(argument) {
                    throw RuntimeError("\(argument): error: this act could not be loaded (its sidecar or text is bad); see 'nusqa check' [act-unreadable]")
                }
                throw ActLookup.notFound(argument, in: corpus)
            }
            guard let act = entry.act else {
                throw RuntimeError("\(entry.metadata.id): error: the text of this act is not in the corpus [text-not-in-corpus]")
            }
            let reading = AmendmentReader.read(act, metadata: entry.metadata, resolveTarget: corpus.resolve, documentsOf: corpus.documents)
            return (act, reading, entry.textPath ?? entry.metadata.id)
        }
        let input = try context.readInput(argument)
        let act = ActParser.parse(bytes: input.bytes, name: input.name)
        let resolve: (Citation) -> String?
        let documents: (String) -> [ActMetadata.Document]
        if let store {
            (resolve, documents) = store.resolver()
        } else {
            let corpus = try? Corpus.load(from: context.corpusDirectory)
            resolve = { corpus?.resolve($0) }
            documents = { corpus?.documents(of: $0) ?? [] }
        }
        // One entry point: the library decides from the text whether it is a whole act or a bare
        // fragment (scope lines and instructions); spans are in the input's own lines either way.
        let reading = AmendmentReader.read(act, metadata: nil, resolveTarget: resolve, documentsOf: documents)
        return (act, reading, input.name)
    }
}
