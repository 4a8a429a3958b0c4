import Foundation
import NusqaKit

/// One ``StoreReader`` asked from several threads (ортақ оқырман): each question holds a lock, so readings can
/// be worked out in parallel while their citations are resolved one at a time against the one connection.
///
/// The indexer's writes happen only between parallel phases, on the calling thread, so a question never
/// meets a half-written row.
final class SharedStoreReader: @unchecked Sendable {
    private let reader: StoreReader
    private let lock = NSLock()

    init(_ reader: StoreReader) { self.reader = reader }

    /// ``StoreReader/candidates(registration:number:)`` under the lock.
    func candidates(registration: String?, number: String?) -> [Corpus.Entry] {
        lock.withLock { reader.candidates(registration: registration, number: number) }
    }

    /// ``StoreReader/candidates(named:)`` under the lock.
    func candidates(named name: String) -> [Corpus.Entry] {
        lock.withLock { reader.candidates(named: name) }
    }
}
