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
        if act.kind != .amendingOrder, !act.hasErrors, let fragment = FragmentWrapper.wrap(input.bytes) {
            // A bare fragment: a scope line and an instruction, without the rest of an order.
            let wrapped = ActParser.parse(fragment)
            var reading = AmendmentReader.read(
                wrapped, metadata: nil, resolveTarget: { corpus?.resolve($0) }, documentsOf: { corpus?.documents(of: $0) ?? [] })
            FragmentWrapper.unwrap(&reading)
            return (wrapped, reading, input.name)
        }
        let reading = AmendmentReader.read(
            act, metadata: nil, resolveTarget: { corpus?.resolve($0) }, documentsOf: { corpus?.documents(of: $0) ?? [] })
        return (act, reading, input.name)
    }
}

/// Wraps a bare instruction fragment in a minimal amending order so the reader can parse it.
enum FragmentWrapper {
    static func wrap(_ bytes: [UInt8]) -> SourceText? {
        guard let text = try? SourceText(decoding: bytes, name: "<stdin>") else { return nil }
        var lines = ["      БҰЙЫРАМЫН:", "      1. Бұйрыққа мынадай өзгерістер енгізілсін:"]
        for line in text.lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            lines.append(trimmed.isEmpty ? "" : "      " + trimmed)
        }
        lines.append("      2. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.")
        return SourceText(string: lines.joined(separator: "\n"), name: "<stdin>")
    }

    /// The lines the wrapper adds before the fragment.
    static let addedLines = 2

    /// Maps a reading of a wrapped fragment back to the fragment's own lines, and drops what only the
    /// wrapper causes: no cited target, no publication date (a fragment has neither).
    static func unwrap(_ reading: inout AmendmentReading) {
        func shift(_ span: SourceSpan) -> SourceSpan {
            SourceSpan(
                start: SourceLocation(line: max(1, span.start.line - addedLines), column: max(1, span.start.column - 6)),
                end: SourceLocation(line: max(1, span.end.line - addedLines), column: max(1, span.end.column - 6)))
        }
        for index in reading.patches.indices {
            reading.patches[index].span = shift(reading.patches[index].span)
            reading.patches[index].abzacs = (reading.patches[index].abzacs.lowerBound - 1)...(reading.patches[index].abzacs.upperBound - 1)
        }
        for index in reading.unparsed.indices {
            reading.unparsed[index].span = shift(reading.unparsed[index].span)
            reading.unparsed[index].abzac -= 1
        }
        reading.diagnostics = reading.diagnostics.filter { !["target-not-cited", "publication-date-unknown"].contains($0.code) }.map {
            var diagnostic = $0
            if let location = diagnostic.location {
                diagnostic.location = SourceLocation(line: max(1, location.line - addedLines), column: max(1, location.column - 6))
            }
            return diagnostic
        }
    }
}
