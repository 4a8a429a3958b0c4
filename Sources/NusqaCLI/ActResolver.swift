import Foundation
import NusqaKit

/// Finds the act a command argument names: a file path, `-` for stdin, a corpus id or an order number.
enum ActResolver {
    /// The parsed act and its amendment reading for `instructions`.
    static func amendments(_ argument: String, context: Context) throws -> (Act, AmendmentReading, String) {
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
        let corpus = try? Corpus.load(from: context.corpusDirectory)
        // One entry point: the library decides from the text whether it is a whole act or a bare
        // fragment (scope lines and instructions); spans are in the input's own lines either way.
        let reading = AmendmentReader.read(
            act, metadata: nil, resolveTarget: { corpus?.resolve($0) }, documentsOf: { corpus?.documents(of: $0) ?? [] })
        return (act, reading, input.name)
    }
}
