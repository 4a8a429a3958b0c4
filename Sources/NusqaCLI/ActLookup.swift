import Foundation
import NusqaKit

/// Finds a corpus act by a name as people type it (актіні табу): any case, "ҚР"/"КР"/"QR"/"KR" and
/// "ДСМ"/"DSM" alike, with or without "№" and spaces; suggests the nearest names when none matches.
enum ActLookup {
    /// The entry `name` means, trying the corpus's exact names first.
    static func entry(_ name: String, in corpus: Corpus) -> Corpus.Entry? {
        if let exact = corpus.entry(named: name) { return exact }
        guard let id = id(name, among: corpus.entries.map(names(of:))) else { return nil }
        return corpus.entry(named: id)
    }

    /// The id of the act whose names (id first, then order number) match `name` once normalised; the first in
    /// `acts`' order, so the store and the whole corpus (both listed by id) pick the same act.
    static func id(_ name: String, among acts: [[String]]) -> String? {
        let key = normalized(name)
        guard !key.isEmpty else { return nil }
        return acts.first { $0.contains { normalized($0) == key } }?.first
    }

    /// The error for a name that matches no act, with "did you mean …" when a name is close.
    static func notFound(_ name: String, in corpus: Corpus) -> RuntimeError {
        notFound(name, among: corpus.entries.map(names(of:)))
    }

    /// The error for a name that matches none of `acts` (each act's names, id first).
    static func notFound(_ name: String, among acts: [[String]]) -> RuntimeError {
        let key = normalized(name)
        var scored: [(distance: Int, name: String)] = []
        for names in acts {
            for candidate in names {
                let distance = editDistance(Array(key), Array(normalized(candidate)))
                scored.append((distance, candidate))
            }
        }
        let best = scored.min { $0.distance < $1.distance }
        var message = "\(name): error: no act with this id or number in the corpus [act-not-found]"
        if let best, best.distance <= max(2, key.count / 3) {
            let close = scored.filter { $0.distance == best.distance }.map(\.name)
            message += "\n  did you mean \(close.map { "'\($0)'" }.joined(separator: " or "))?"
        }
        return RuntimeError(message + "\n  See 'nusqa acts' for every act.")
    }

    /// The names an entry answers to: its id and its order number.
    static func names(of entry: Corpus.Entry) -> [String] {
        [entry.metadata.id] + (entry.metadata.number.map { [$0] } ?? [])
    }

    /// Upper case, without "№" and spaces, with the Latin and Cyrillic look-alikes of "ҚР" and "ДСМ" unified.
    static func normalized(_ name: String) -> String {
        var key = name.uppercased().replacingOccurrences(of: "№", with: "").filter { !$0.isWhitespace }
        for (variant, canonical) in [("QR", "ҚР"), ("KR", "ҚР"), ("КР", "ҚР"), ("DSM", "ДСМ"), ("ДCM", "ДСМ")] {
            key = key.replacingOccurrences(of: variant, with: canonical)
        }
        return key
    }

    /// The Levenshtein distance between two character arrays.
    /// - Complexity: O(n·m).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
