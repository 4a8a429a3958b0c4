import Foundation
import NusqaKit
import NusqaStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a running command sees: its arguments, its output buffers, and the corpus on demand.
struct Context {
    var arguments: Arguments
    var stdout: String
    var stderr: String
    /// The corpus store, shared by copies of this context.
    var storeAccess = StoreAccess()

    /// The corpus store, checked by the `acts/` folder's mtime (``Freshness/folder``): commands about one act then
    /// check that act's family with ``CorpusStore/refresh(act:)``. Nil when the command reads the whole corpus
    /// (`--no-store`, or no store can be written).
    var store: CorpusStore? {
        guard FileManager.default.fileExists(atPath: (corpusDirectory as NSString).appendingPathComponent("acts")) else { return nil }
        return storeAccess.store(corpus: corpusDirectory, arguments: arguments, freshness: .folder)
    }

    /// The corpus store with every file checked (``Freshness/everyFile``), for answers about the whole corpus.
    var checkedStore: CorpusStore? {
        guard FileManager.default.fileExists(atPath: (corpusDirectory as NSString).appendingPathComponent("acts")) else { return nil }
        return storeAccess.store(corpus: corpusDirectory, arguments: arguments, freshness: .everyFile)
    }

    /// The corpus folder: `--corpus`, then `$NUSQA_CORPUS`, then `./Corpus`, then the bundled one.
    var corpusDirectory: String {
        if let given = arguments.options["corpus"] { return given }
        if let env = ProcessInfo.processInfo.environment["NUSQA_CORPUS"], !env.isEmpty { return env }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: "Corpus/acts", isDirectory: &isDirectory), isDirectory.boolValue {
            return "Corpus"
        }
        return Context.bundledCorpus
    }

    /// The `Corpus/` folder of the source tree this binary was built from.
    static let bundledCorpus: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Corpus").path
    }()

    /// Loads the corpus or fails with a diagnostic.
    func loadCorpus() throws(RuntimeError) -> Corpus {
        let directory = corpusDirectory
        do {
            return try Corpus.load(from: directory)
        } catch {
            throw RuntimeError("\(directory): error: cannot read the corpus folder (expected \(directory)/acts) [corpus-unreadable]")
        }
    }

    /// Fails as ``loadCorpus()`` does when the corpus folder cannot be opened for listing. It is opened, not
    /// listed: at 420,000 files a listing alone costs a tenth of a second, and the store's check lists it anyway.
    func checkCorpusFolder() throws(RuntimeError) {
        let directory = corpusDirectory
        guard let folder = opendir((directory as NSString).appendingPathComponent("acts")) else {
            throw RuntimeError("\(directory): error: cannot read the corpus folder (expected \(directory)/acts) [corpus-unreadable]")
        }
        closedir(folder)
    }

    /// Whether stdout is a terminal (for `--color auto`): set by ``CLI/main()`` from `isatty(1)`;
    /// false when output is captured in process.
    var isTerminal = false

    /// Set by a command whose output escapes its own texts for the terminal (a coloured diff), so
    /// its colour codes are not escaped again.
    var escapedOwnOutput = false

    /// The value of `--format`, checked against `allowed`.
    func format(_ allowed: [String], default fallback: String) throws(UsageError) -> String {
        let value = arguments.options["format"] ?? fallback
        guard allowed.contains(value) else {
            throw UsageError("unknown format '\(value)'; expected one of: \(allowed.joined(separator: ", "))")
        }
        return value
    }

    /// Reads a file argument, or stdin for `-`.
    func readInput(_ path: String) throws(RuntimeError) -> (name: String, bytes: [UInt8]) {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return ("<stdin>", [UInt8](data))
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw RuntimeError("\(path): error: this is a directory; give a text file (e.g. \(path)/<id>.txt) or a corpus id [file-is-directory]")
        }
        guard FileManager.default.fileExists(atPath: path) else {
            throw RuntimeError("\(path): error: no such file [file-not-found]")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RuntimeError("\(path): error: cannot read the file (permission?) [file-unreadable]")
        }
        let bytes = [UInt8](data)
        if path.hasSuffix(".json"), bytes.first(where: { ![0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF].contains($0) }) == UInt8(ascii: "{") {
            let text = String(path.dropLast(5)) + ".txt"
            let hint = FileManager.default.fileExists(atPath: text) ? "; its text is \(text)" : ""
            throw RuntimeError("\(path): error: this is a metadata sidecar (JSON), not the text of an act\(hint) [file-is-sidecar]")
        }
        return (path, bytes)
    }
}
