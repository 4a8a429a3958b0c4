import Foundation

/// A word-level diff of two texts (сөз деңгейіндегі айырма), near-linear whatever the texts.
///
/// Tokens are words (letters, digits and inner hyphens), single punctuation marks, and runs of
/// white space, so the edits rebuild both texts exactly. Small texts get the stdlib
/// `difference(from:)` (a shortest edit script); larger ones are cut at anchors first
/// (`TokenAligner`), so a clause rewritten from end to end costs O(n), not O(n²).
public enum WordDiff {
    /// One run of tokens: unchanged, deleted or inserted.
    public struct Edit: Sendable, Hashable {
        /// What happened to the run.
        public enum Operation: String, Sendable, Hashable {
            case equal, delete, insert
        }

        /// Equal, delete or insert.
        public var operation: Operation
        /// The text of the run.
        public var text: String
    }

    /// Splits text into word, punctuation and white-space tokens.
    /// - Complexity: O(n).
    public static func tokens(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            WordTokenizer.ranges(buffer).map { String(decoding: buffer[$0], as: UTF8.self) }
        }
    }

    /// The edits turning `old` into `new`, as runs in reading order.
    ///
    /// The edits always rebuild both texts (``old(from:)``, ``new(from:)``); they are a shortest
    /// edit script for small texts and for texts that differ little, and close to one otherwise.
    /// Tokens compare by their UTF-8 bytes (texts are normalised when read).
    /// - Complexity: O(n + m) amortised for texts of n and m tokens, with a bounded constant
    ///   (see `TokenAligner`); never O((n + m) · d).
    public static func edits(from old: String, to new: String) -> [Edit] {
        let oldBytes = Array(old.utf8)
        let newBytes = Array(new.utf8)
        return oldBytes.withUnsafeBufferPointer { a in
            newBytes.withUnsafeBufferPointer { b in edits(old, new, a, b) }
        }
    }

    /// The edits of `old` and `new`, whose UTF-8 bytes are `oldBytes` and `newBytes`.
    private static func edits(_ old: String, _ new: String, _ oldBytes: UnsafeBufferPointer<UInt8>, _ newBytes: UnsafeBufferPointer<UInt8>) -> [Edit] {
        let oldRanges = WordTokenizer.ranges(oldBytes)
        let newRanges = WordTokenizer.ranges(newBytes)
        func same(_ i: Int, _ j: Int) -> Bool {
            let x = oldRanges[i], y = newRanges[j]
            return x.count == y.count && memcmp(oldBytes.baseAddress! + x.lowerBound, newBytes.baseAddress! + y.lowerBound, x.count) == 0
        }
        // The common ends are kept as they are; only the middle is interned and aligned.
        var prefix = 0
        while prefix < oldRanges.count, prefix < newRanges.count, same(prefix, prefix) { prefix += 1 }
        var suffix = 0
        while suffix < oldRanges.count - prefix, suffix < newRanges.count - prefix,
            same(oldRanges.count - 1 - suffix, newRanges.count - 1 - suffix)
        {
            suffix += 1
        }
        // Tokens become small integers, so the aligner compares ints, not strings.
        var table = TokenTable()
        let a = oldRanges[prefix..<(oldRanges.count - suffix)].map { table.id(of: UnsafeBufferPointer(rebasing: oldBytes[$0])) }
        let b = newRanges[prefix..<(newRanges.count - suffix)].map { table.id(of: UnsafeBufferPointer(rebasing: newBytes[$0])) }
        let middle = TokenAligner.align(a, b, alphabet: table.count)
        var keptOld = [Bool](repeating: true, count: oldRanges.count)
        var keptNew = [Bool](repeating: true, count: newRanges.count)
        for (k, kept) in middle.old.enumerated() { keptOld[prefix + k] = kept }
        for (k, kept) in middle.new.enumerated() { keptNew[prefix + k] = kept }

        // A run of one operation is one contiguous range of its side's text: deletions never follow
        // insertions without an equal token between them. So each run becomes one string.
        var edits: [Edit] = []
        var run: (operation: Edit.Operation, range: Range<Int>)?
        func flush() {
            guard let current = run else { return }
            // A slice of the text itself (token bounds are scalar bounds): copied, not decoded again.
            let utf8 = current.operation == .insert ? new.utf8 : old.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: current.range.lowerBound)
            let upper = utf8.index(lower, offsetBy: current.range.count)
            let bytes = current.operation == .insert ? newBytes : oldBytes
            let text = String(utf8[lower..<upper]) ?? String(decoding: bytes[current.range], as: UTF8.self)
            edits.append(Edit(operation: current.operation, text: text))
        }
        func push(_ operation: Edit.Operation, _ range: Range<Int>) {
            if let current = run, current.operation == operation, current.range.upperBound == range.lowerBound {
                run = (operation, current.range.lowerBound..<range.upperBound)
                return
            }
            flush()
            run = (operation, range)
        }
        var i = 0
        var j = 0
        while i < oldRanges.count || j < newRanges.count {
            if i < oldRanges.count, !keptOld[i] {
                push(.delete, oldRanges[i]); i += 1
            } else if j < newRanges.count, !keptNew[j] {
                push(.insert, newRanges[j]); j += 1
            } else {
                if i < oldRanges.count { push(.equal, oldRanges[i]) }
                i += 1
                j += 1
            }
        }
        flush()
        return edits
    }

    /// The old text rebuilt from edits (equal + delete runs).
    public static func old(from edits: [Edit]) -> String { edits.filter { $0.operation != .insert }.map(\.text).joined() }

    /// The new text rebuilt from edits (equal + insert runs).
    public static func new(from edits: [Edit]) -> String { edits.filter { $0.operation != .delete }.map(\.text).joined() }
}

