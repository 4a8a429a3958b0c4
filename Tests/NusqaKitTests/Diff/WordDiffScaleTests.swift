import Testing
import NusqaToolSupport

@testable import NusqaKit

/// The word diff on large and unrelated texts (issue 14): the result rebuilds both texts, is
/// minimal where the stdlib's is, and a clause rewritten end to end is replaced wholesale.
@Suite struct WordDiffScaleTests {
    /// `count` words drawn from `vocabulary`, separated by spaces and now and then a comma.
    static func text(_ count: Int, vocabulary: [String], seed: UInt64) -> String {
        var rng = SplitMix64(seed: seed)
        var words: [String] = []
        for _ in 0..<count {
            words.append(vocabulary[Int(rng.next() % UInt64(vocabulary.count))] + (rng.next() % 9 == 0 ? "," : ""))
        }
        return words.joined(separator: " ")
    }

    static let small = ["қор", "он", "жеті", "күн", "ішінде", "тармақ", "2-1", "ТМККК-ті", "ə́"]

    /// The number of tokens deleted plus inserted.
    static func changedTokens(_ edits: [WordDiff.Edit]) -> Int {
        edits.filter { $0.operation != .equal }.reduce(0) { $0 + WordDiff.tokens($1.text).count }
    }

    @Test(arguments: 0..<60)
    func smallTextsGetAShortestEditScript(seed: Int) {
        let old = Self.text(1 + seed % 40, vocabulary: Self.small, seed: UInt64(seed))
        let new = Self.text(1 + (seed * 7) % 45, vocabulary: Self.small, seed: UInt64(seed + 1000))
        let edits = WordDiff.edits(from: old, to: new)
        #expect(WordDiff.old(from: edits) == old)
        #expect(WordDiff.new(from: edits) == new)
        let stdlib = WordDiff.tokens(new).difference(from: WordDiff.tokens(old)).count
        #expect(Self.changedTokens(edits) == stdlib, "seed \(seed): \(old) → \(new)")
    }

    @Test func aClauseRewrittenEndToEndIsReplacedWholesale() {
        // 32,000 tokens a side (16,000 words and the spaces between), no word in common.
        let old = Self.text(16_000, vocabulary: (0..<2000).map { "ескі\($0)" }, seed: 1)
        let new = Self.text(16_000, vocabulary: (0..<2000).map { "жаңа\($0)" }, seed: 2)
        let edits = WordDiff.edits(from: old, to: new)
        #expect(edits.map(\.operation) == [.delete, .insert])
        #expect(WordDiff.old(from: edits) == old)
        #expect(WordDiff.new(from: edits) == new)
    }

    @Test func aRewriteFromTheSameWordsStillRebuildsBothTexts() {
        let vocabulary = (0..<2000).map { "сөз\($0)" }
        let old = Self.text(16_000, vocabulary: vocabulary, seed: 1)
        let new = Self.text(16_000, vocabulary: vocabulary, seed: 2)
        let edits = WordDiff.edits(from: old, to: new)
        #expect(WordDiff.old(from: edits) == old)
        #expect(WordDiff.new(from: edits) == new)
    }

    @Test func unchangedStretchesAroundARewriteStayEqual() {
        let vocabulary = (0..<5000).map { "сөз\($0)" }
        let head = Self.text(6000, vocabulary: vocabulary, seed: 3)
        let tail = Self.text(6000, vocabulary: vocabulary, seed: 4)
        let middleOld = Self.text(3000, vocabulary: (0..<300).map { "ескі\($0)" }, seed: 5)
        let middleNew = Self.text(3000, vocabulary: (0..<300).map { "жаңа\($0)" }, seed: 6)
        // One word changed far from the rewrite too.
        let old = head + " бірінші " + middleOld + " " + tail
        let new = head + " екінші " + middleNew + " " + tail
        let edits = WordDiff.edits(from: old, to: new)
        #expect(WordDiff.old(from: edits) == old)
        #expect(WordDiff.new(from: edits) == new)
        let kept = edits.filter { $0.operation == .equal }.map(\.text).joined()
        #expect(kept.hasPrefix(head + " "))
        #expect(kept.hasSuffix(" " + tail))
        // The rewritten middle shares only spaces and commas: it goes wholesale, with the changed word
        // and the space between them (2 + 2 tokens), and nothing of head or tail.
        #expect(Self.changedTokens(edits) <= 4 + WordDiff.tokens(middleOld).count + WordDiff.tokens(middleNew).count)
    }

    /// A batch large enough to run on several threads gives each pair what `edits(from:to:)` gives it, in
    /// order; and the repetitive pair of BENCHMARKS.md (a text repeated, one word changed every 40 words, the
    /// clauses shifted against each other) keeps its shortest edit script on small pieces.
    @Test func aBatchOnThreadsGivesEachPairItsOwnEdits() {
        let vocabulary = (0..<400).map { "сөз\($0)" }
        let base = (0..<40).map { Self.text(400 + $0 * 13, vocabulary: vocabulary, seed: UInt64($0)) }
        var changed = base.joined(separator: " ").split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for index in stride(from: 39, to: changed.count, by: 40) { changed[index] += "Х" }
        let joined = changed.joined(separator: " ")
        // The later texts cut at other places: each pair compares pieces that do not line up.
        var pairs: [(old: String, new: String)] = []
        var offset = 0
        for (index, old) in base.enumerated() {
            let length = old.utf8.count + (index % 3 == 0 ? -150 : 90)
            let start = joined.utf8.index(joined.utf8.startIndex, offsetBy: min(offset, joined.utf8.count))
            let end = joined.utf8.index(start, offsetBy: max(0, min(length, joined.utf8.distance(from: start, to: joined.utf8.endIndex))))
            pairs.append((old, String(Substring(joined.unicodeScalars[start..<end]))))
            offset += max(0, length)
        }
        #expect(pairs.reduce(0) { $0 + $1.old.utf8.count + $1.new.utf8.count } >= WordDiff.batchBytes)
        let batch = WordDiff.edits(pairs: pairs)
        #expect(batch.count == pairs.count)
        for (index, pair) in pairs.enumerated() {
            #expect(batch[index] == WordDiff.edits(from: pair.old, to: pair.new), "pair \(index)")
            #expect(WordDiff.old(from: batch[index]) == pair.old && WordDiff.new(from: batch[index]) == pair.new)
        }
        for (old, new) in pairs.prefix(8) {
            let small = (String(old.prefix(300)), String(new.prefix(300)))
            let edits = WordDiff.edits(from: small.0, to: small.1)
            #expect(Self.changedTokens(edits) == WordDiff.tokens(small.1).difference(from: WordDiff.tokens(small.0)).count)
        }
    }

    @Test func combiningMarksStayWithTheirLetter() {
        #expect(WordDiff.tokens("ə́ (а)") == ["ə́", " ", "(", "а", ")"])
        #expect(WordDiff.tokens("\u{301}x") == ["\u{301}", "x"])
    }
}
