/// Finds which tokens of two sequences stay (теңестіру): a common subsequence, near-linear in time.
///
/// Regions are cut by their common prefix and suffix, then by histogram anchors (git's
/// `--histogram`: the rarest token both sides share, extended to the longest run around it), and
/// a shortest edit script — O((n + m) · d) — runs only on regions of at most ``exactLimit`` tokens
/// (``ShortestEditScript``); a region with no anchor gets a longest common subsequence by dynamic
/// programming when its sides multiply to at most ``fallbackCells``. A region with no anchor and larger than that is "replaced wholesale". Every step is charged to a work budget linear in
/// the input; once it is spent, what remains is replaced wholesale too. The result is always a
/// valid alignment (the edits rebuild both texts), minimal on small and similar texts.
enum TokenAligner {
    /// Regions up to this many tokens (both sides) get the exact stdlib difference.
    static let exactLimit = 512
    /// Regions without anchors whose sides multiply to at most this still get a longest common
    /// subsequence (``LongestCommonSubsequence``) while the budget lasts.
    static let fallbackCells = 1 << 22
    /// Tokens occurring more often than this in a region are never anchors (git uses 64).
    static let maxOccurrences = 64

    /// Which tokens of `a` and of `b` are kept (matched, in order, to equal tokens of the other).
    /// - Parameter alphabet: one more than the largest token id.
    /// - Complexity: O((n + m) · c) with c ≤ 256 plus a constant, whatever the texts.
    static func align(_ a: [Int], _ b: [Int], alphabet: Int) -> (old: [Bool], new: [Bool]) {
        var state = State(a: a, b: b, alphabet: alphabet)
        var regions = [Region(aStart: 0, aEnd: a.count, bStart: 0, bEnd: b.count)]
        while let region = regions.popLast() {
            state.align(region, pushing: &regions)
        }
        return (state.matchedA, state.matchedB)
    }

    /// A pair of half-open ranges, one in each sequence.
    struct Region {
        var aStart: Int, aEnd: Int, bStart: Int, bEnd: Int
    }

    private struct State {
        let a: [Int]
        let b: [Int]
        var matchedA: [Bool]
        var matchedB: [Bool]
        /// Work units left; each comparison or index step costs one.
        var budget: Int
        /// Per token: the first position in the current region of `a` (-1 when absent), and its count.
        var head: [Int]
        var count: [Int]
        /// Per position of `a`: the next position of the same token in the region, or -1.
        var next: [Int]

        init(a: [Int], b: [Int], alphabet: Int) {
            self.a = a
            self.b = b
            matchedA = Array(repeating: false, count: a.count)
            matchedB = Array(repeating: false, count: b.count)
            budget = 256 * (a.count + b.count) + 4_000_000
            head = Array(repeating: -1, count: alphabet)
            count = Array(repeating: 0, count: alphabet)
            next = Array(repeating: -1, count: a.count)
        }

        mutating func align(_ region: Region, pushing regions: inout [Region]) {
            var r = region
            while r.aStart < r.aEnd, r.bStart < r.bEnd, a[r.aStart] == b[r.bStart] {
                matchedA[r.aStart] = true; matchedB[r.bStart] = true
                r.aStart += 1; r.bStart += 1
            }
            while r.aStart < r.aEnd, r.bStart < r.bEnd, a[r.aEnd - 1] == b[r.bEnd - 1] {
                r.aEnd -= 1; r.bEnd -= 1
                matchedA[r.aEnd] = true; matchedB[r.bEnd] = true
            }
            let size = (r.aEnd - r.aStart) + (r.bEnd - r.bStart)
            guard r.aStart < r.aEnd, r.bStart < r.bEnd else { return }
            if size <= TokenAligner.exactLimit {
                let n = r.aEnd - r.aStart, m = r.bEnd - r.bStart
                // Myers costs (n + m) · d and d ≥ |n − m|: lopsided regions are cheaper as a table.
                if min(n, m) * 4 < max(n, m) {
                    LongestCommonSubsequence.mark(a, r.aStart..<r.aEnd, b, r.bStart..<r.bEnd, keptA: &matchedA, keptB: &matchedB)
                } else {
                    ShortestEditScript.mark(a, r.aStart..<r.aEnd, b, r.bStart..<r.bEnd, keptA: &matchedA, keptB: &matchedB)
                }
                return
            }
            let cells = (r.aEnd - r.aStart) * (r.bEnd - r.bStart)
            guard budget > 0 else { return }
            if let anchor = findAnchor(r) {
                for k in 0..<anchor.length {
                    matchedA[anchor.a + k] = true
                    matchedB[anchor.b + k] = true
                }
                regions.append(Region(aStart: r.aStart, aEnd: anchor.a, bStart: r.bStart, bEnd: anchor.b))
                regions.append(Region(aStart: anchor.a + anchor.length, aEnd: r.aEnd, bStart: anchor.b + anchor.length, bEnd: r.bEnd))
            } else if cells <= TokenAligner.fallbackCells, budget >= cells {
                budget -= cells
                LongestCommonSubsequence.mark(a, r.aStart..<r.aEnd, b, r.bStart..<r.bEnd, keptA: &matchedA, keptB: &matchedB)
            }
            // Otherwise the region is replaced wholesale: nothing in it is marked as kept.
        }

        /// The histogram anchor of a region: the longest common run around the rarest shared token,
        /// or nil when the sides share no token rare enough, or the budget ran out while looking.
        mutating func findAnchor(_ r: Region) -> (a: Int, b: Int, length: Int)? {
            // Index the region of `a`: chains of positions per token, in ascending order.
            var i = r.aEnd - 1
            while i >= r.aStart {
                let token = a[i]
                next[i] = head[token]
                head[token] = i
                count[token] += 1
                i -= 1
            }
            budget -= r.aEnd - r.aStart
            defer {
                for k in r.aStart..<r.aEnd { head[a[k]] = -1; count[a[k]] = 0 }
            }
            var best: (a: Int, b: Int, length: Int)?
            var lowest = TokenAligner.maxOccurrences + 1
            var j = r.bStart
            while j < r.bEnd {
                let token = b[j]
                let occurrences = count[token]
                guard occurrences > 0, occurrences <= lowest else {
                    j += 1
                    continue
                }
                var nextJ = j + 1
                var position = head[token]
                while position != -1 {
                    var aStart = position, bStart = j
                    var rarest = occurrences
                    while aStart > r.aStart, bStart > r.bStart, a[aStart - 1] == b[bStart - 1] {
                        aStart -= 1; bStart -= 1
                        rarest = min(rarest, count[a[aStart]])
                    }
                    var aEnd = position + 1, bEnd = j + 1
                    while aEnd < r.aEnd, bEnd < r.bEnd, a[aEnd] == b[bEnd] {
                        rarest = min(rarest, count[a[aEnd]])
                        aEnd += 1; bEnd += 1
                    }
                    nextJ = max(nextJ, bEnd)
                    let length = aEnd - aStart
                    if length > (best?.length ?? 0) || rarest < lowest {
                        best = (aStart, bStart, length)
                        lowest = rarest
                    }
                    budget -= length + 1
                    if budget <= 0 { return nil }
                    position = next[position]
                }
                j = nextJ
            }
            return best
        }
    }
}
