/// The shortest edit script of two small token sequences (ең қысқа түзету): Myers' greedy algorithm.
///
/// Used by ``TokenAligner`` on regions of a few hundred tokens, where it is several times faster
/// than the generic stdlib `difference(from:)` on `[Int]`. Keeps one frontier per edit distance for
/// the backtrack, so memory is O(d²) — small by construction of the regions it gets.
enum ShortestEditScript {
    /// Marks the kept tokens of `a[aRange]` and `b[bRange]` in `keptA`, `keptB` (global positions).
    /// - Complexity: O((n + m) · d) time and O(d²) memory for regions of n and m tokens at distance d.
    static func mark(
        _ a: [Int], _ aRange: Range<Int>, _ b: [Int], _ bRange: Range<Int>,
        keptA: inout [Bool], keptB: inout [Bool]
    ) {
        let n = aRange.count
        let m = bRange.count
        let a0 = aRange.lowerBound
        let b0 = bRange.lowerBound
        let limit = n + m
        let offset = limit + 1
        var frontier = [Int32](repeating: 0, count: 2 * limit + 3)
        var trace: [[Int32]] = []
        var distance = -1
        search: for d in 0...limit {
            trace.append(Array(frontier[(offset - d)...(offset + d)]))
            var k = -d
            while k <= d {
                defer { k += 2 }
                var x: Int
                if k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1]) {
                    x = Int(frontier[offset + k + 1])
                } else {
                    x = Int(frontier[offset + k - 1]) + 1
                }
                var y = x - k
                while x < n, y < m, a[a0 + x] == b[b0 + y] {
                    x += 1
                    y += 1
                }
                frontier[offset + k] = Int32(x)
                if x >= n && y >= m {
                    distance = d
                    break search
                }
            }
        }
        // Walk back from the end: the diagonals between frontiers are the kept tokens.
        var x = n
        var y = m
        var d = distance
        while d >= 0 {
            let saved = trace[d]
            func at(_ k: Int) -> Int { Int(saved[k + d]) }
            let k = x - y
            if d == 0 {
                while x > 0 && y > 0 {
                    x -= 1; y -= 1
                    keptA[a0 + x] = true; keptB[b0 + y] = true
                }
                break
            }
            let previousK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1
            let previousX = at(previousK)
            let previousY = previousX - previousK
            while x > previousX && y > previousY {
                x -= 1; y -= 1
                keptA[a0 + x] = true; keptB[b0 + y] = true
            }
            x = previousX
            y = previousY
            d -= 1
        }
    }
}
