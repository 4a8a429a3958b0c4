import Foundation
import NusqaKit
import NusqaStore

/// `nusqa index [--rebuild]`: brings the corpus store up to date (every command does so itself).
enum IndexCommand {
    static let command = Command(
        name: "index", usage: "nusqa index [--rebuild] [--store PATH]",
        summary: "Bring the corpus store up to date (commands do this themselves).",
        discussion: """
            The store is <corpus>/.nusqa/store.sqlite when the corpus folder is writable, else a per-user cache
            folder. Only texts whose size, mtime and content changed are read again, with the acts they touch.
            On a terminal a progress bar is drawn on stderr; one summary line is printed either way.

            OPTIONS:
              --rebuild               Build the store from nothing.
            """,
        options: [], flags: ["rebuild"], run: run)

    static func run(_ context: inout Context) throws -> Int32 {
        guard context.arguments.positionals.isEmpty else { throw UsageError("unexpected argument '\(context.arguments.positionals[0])'") }
        guard !context.arguments.flags.contains("no-store") else { throw UsageError("index writes the store; drop --no-store") }
        try context.checkCorpusFolder()
        guard
            let store = context.storeAccess.store(
                corpus: context.corpusDirectory, arguments: context.arguments, rebuild: context.arguments.flags.contains("rebuild"))
        else {
            throw RuntimeError("\(context.corpusDirectory): error: no store can be written (give --store PATH) [store-unwritable]")
        }
        let size = ((try? FileManager.default.attributesOfItem(atPath: store.path)[.size]) as? Int) ?? 0
        let where_ = "\(store.path) (\(String(format: "%.1f", Double(size) / 1_048_576)) MB)"
        if let update = store.lastUpdate {
            context.stdout += "\(update.summary); \(where_)\n"
        } else {
            context.stdout += "the store is current: \(where_)\n"
        }
        return 0
    }
}
