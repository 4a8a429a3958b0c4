import Foundation
import NusqaKit
import NusqaStore

/// The corpus store a command answers from, opened once per run and brought up to date on first use.
///
/// `--no-store` (or `NUSQA_STORE=off`) reads the whole corpus instead, as before the store existed; when no store
/// can be written anywhere the command reads the whole corpus too, with the same output.
final class StoreAccess {
    /// Lines for stderr: a store rebuilt because it could not be used.
    var messages: [String] = []
    private var opened: CorpusStore??

    /// Whether the run draws a progress bar on stderr (the real binary on a terminal).
    nonisolated(unsafe) static var drawsProgress = false

    /// The store of `corpusDirectory`, current; nil when the command should read the whole corpus.
    /// - Parameter freshness: every file for whole-corpus answers; the folder's mtime for one act's (``Freshness``).
    func store(corpus corpusDirectory: String, arguments: Arguments, rebuild: Bool = false, freshness: Freshness = .everyFile) -> CorpusStore? {
        if let opened, !rebuild { return opened }
        let disabled = arguments.flags.contains("no-store") || ProcessInfo.processInfo.environment["NUSQA_STORE"] == "off"
        guard !disabled, let path = StoreLocation.path(forCorpus: corpusDirectory, override: arguments.options["store"]) else {
            opened = .some(nil)
            return nil
        }
        if freshness == .folder, !rebuild, let current = CorpusStore.openIfCurrent(corpus: corpusDirectory, at: path) {
            opened = .some(current)
            return current
        }
        var drew = false
        let progress: ((IndexProgress) -> Void)? = Self.drawsProgress ? { state in
            drew = true
            FileHandle.standardError.write(Data(("\r" + state.bar + "\u{1B}[K").utf8))
        } : nil
        let outcome = Self.onLargeStack {
            var messages: [String] = []
            let store = try? CorpusStore.open(corpus: corpusDirectory, at: path, rebuild: rebuild, freshness: freshness, progress: progress) { messages.append($0) }
            return (store, messages)
        }
        let (store, messages) = outcome
        if drew { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        self.messages += messages
        opened = .some(store)
        return store
    }

    /// Brings the family of the act `id` up to date (``CorpusStore/refresh(act:)``), on a large stack only when a file
    /// moved. - Returns: whether one had.
    static func refresh(_ store: CorpusStore, act id: String) -> Bool {
        guard (try? store.familyHasMoved(act: id)) != false else { return false }
        return onLargeStack { (try? store.refresh(act: id)) ?? false }
    }

    /// Runs `body` on a thread with a 64 MiB stack and waits for it: indexing parses and consolidates deep trees,
    /// and callers (test runners, cooperative threads) may have small stacks.
    static func onLargeStack<T>(_ body: @escaping () -> T) -> T {
        let box = ResultBox<T>()
        box.body = body
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = box.body?()
            done.signal()
        }
        thread.stackSize = 64 << 20
        thread.start()
        done.wait()
        guard let value = box.value else { return body() }
        return value
    }
}

/// A value handed from one thread to another (the semaphore orders the accesses).
private final class ResultBox<T>: @unchecked Sendable {
    var body: (() -> T)?
    var value: T?
}
