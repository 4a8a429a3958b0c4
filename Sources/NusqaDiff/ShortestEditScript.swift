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
        // The frontier before each step d, flat: its 2d + 1 diagonals start at d² (1 + 3 + … + (2d − 1)).
        var trace: [Int32] = []
        var distance = -1
        a.withUnsafeBufferPointer { aBuffer in
            b.withUnsafeBufferPointer { bBuffer in
                frontier.withUnsafeMutableBufferPointer { f in
                    // Unchecked reads in the hot loop: x < n and y < m keep them inside the regions.
                    guard let aBase = aBuffer.baseAddress, let bBase = bBuffer.baseAddress, let fBase = f.baseAddress else { return }
                    let pa = aBase + a0, pb = bBase + b0, front = fBase + offset
                    search: for d in 0...limit {
                        trace.append(contentsOf: UnsafeBufferPointer(start: front - d, count: 2 * d + 1))
                        var k = -d
                        while k <= d {
                            defer { k += 2 }
                            var x: Int
                            if k == -d || (k != d && front[k - 1] < front[k + 1]) {
                                x = Int(front[k + 1])
                            } else {
                                x = Int(front[k - 1]) + 1
                            }
                            var y = x - k
                            while x < n, y < m, pa[x] == pb[y] {
                                x += 1
                                y += 1
                            }
                            front[k] = Int32(x)
                            if x >= n && y >= m {
                                distance = d
                                break search
                            }
                        }
                    }
                }
            }
        }
        // Walk back from the end: the diagonals between frontiers are the kept tokens.
        var x = n
        var y = m
        var d = distance
        while d >= 0 {
            let base = d * d + d
            func at(_ k: Int) -> Int { Int(trace[base + k]) }
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
