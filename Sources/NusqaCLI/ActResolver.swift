import Foundation
import NusqaKit

/// Finds the act a command argument names: a file path, `-` for stdin, a corpus id or an order number.
enum ActResolver {
    /// The parsed act and its amendment reading for `instructions`.
    static func amendments(_ argument: String, context: Context) throws -> (Act, AmendmentReading, String) {
        if argument != "-", !FileManager.default.fileExists(atPath: argument) {
            let corpus = try context.loadCorpus()
            guard let entry = corpus.entry(named: argument) else {
                throw RuntimeError("\(argument): error: no such file or corpus act [act-not-found]")
            }
            guard let act = entry.act else {
                throw RuntimeError("\(entry.metadata.id): error: the text of this act is not in the corpus [text-not-in-corpus]")
            }
            let reading = AmendmentReader.read(act, metadata: entry.metadata, resolveTarget: corpus.resolve)
            return (act, reading, entry.textPath ?? entry.metadata.id)
        }
        let input = try context.readInput(argument)
        var act = ActParser.parse(bytes: input.bytes, name: input.name)
        if act.kind != .amendingOrder, !act.hasErrors, let fragment = FragmentWrapper.wrap(input.bytes) {
            // A bare fragment: a scope line and an instruction, without the rest of an order.
            act = ActParser.parse(fragment, dialect: .plain == act.dialect ? nil : nil)
        }
        let corpus = try? Corpus.load(from: context.corpusDirectory)
        let reading = AmendmentReader.read(act, metadata: nil, resolveTarget: { corpus?.resolve($0) })
        return (act, reading, input.name)
    }
}

/// Wraps a bare instruction fragment in a minimal amending order so the reader can parse it.
enum FragmentWrapper {
    static func wrap(_ bytes: [UInt8]) -> SourceText? {
        guard let text = try? SourceText(decoding: bytes, name: "<stdin>") else { return nil }
        var lines = ["      БҰЙЫРАМЫН:", "      1. Бұйрыққа мынадай өзгерістер енгізілсін:"]
        for line in text.lines where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            lines.append("      " + line.trimmingCharacters(in: .whitespaces))
        }
        lines.append("      2. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.")
        return SourceText(string: lines.joined(separator: "\n"), name: "<stdin>")
    }
}
