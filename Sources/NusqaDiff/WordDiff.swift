/// A word-level diff of two texts (сөз деңгейіндегі айырма), with the stdlib `CollectionDifference`.
///
/// Tokens are words (letters, digits and inner hyphens), single punctuation marks, and runs of
/// white space, so the edits rebuild both texts exactly.
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
        var out: [String] = []
        var current = ""
        var currentIsWord = false
        var currentIsSpace = false
        for character in text {
            let isSpace = character.isWhitespace
            let isWord = character.isLetter || character.isNumber || (character == "-" && currentIsWord)
            if isWord && currentIsWord || isSpace && currentIsSpace {
                current.append(character)
                continue
            }
            if !current.isEmpty { out.append(current) }
            current = String(character)
            currentIsWord = isWord
            currentIsSpace = isSpace
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// The edits turning `old` into `new`, as runs in reading order.
    /// - Complexity: O((n + m) · d) for texts of n and m tokens that differ in d tokens.
    public static func edits(from old: String, to new: String) -> [Edit] {
        let a = tokens(old)
        let b = tokens(new)
        let difference = b.difference(from: a)
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var edits: [Edit] = []
        func push(_ operation: Edit.Operation, _ token: String) {
            if let last = edits.last, last.operation == operation {
                edits[edits.count - 1].text += token
            } else {
                edits.append(Edit(operation: operation, text: token))
            }
        }
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, removed.contains(i) {
                push(.delete, a[i]); i += 1
            } else if j < b.count, inserted.contains(j) {
                push(.insert, b[j]); j += 1
            } else {
                if i < a.count { push(.equal, a[i]) }
                i += 1
                j += 1
            }
        }
        return edits
    }

    /// The old text rebuilt from edits (equal + delete runs).
    public static func old(from edits: [Edit]) -> String { edits.filter { $0.operation != .insert }.map(\.text).joined() }

    /// The new text rebuilt from edits (equal + insert runs).
    public static func new(from edits: [Edit]) -> String { edits.filter { $0.operation != .delete }.map(\.text).joined() }
}
