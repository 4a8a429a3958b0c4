/// The longest common subsequence of two token sequences by dynamic programming (ең ұзын ортақ тізбек).
///
/// The fallback of ``TokenAligner`` for a region without anchors: its cost is the product of the
/// sides, whatever their edit distance, so it suits a few tokens against many (where Myers' cost,
/// which grows with the distance, does not).
enum LongestCommonSubsequence {
    /// Marks the tokens of `a[aRange]` and `b[bRange]` on one longest common subsequence.
    /// - Complexity: O(n · m) time, n · m bytes of memory.
    static func mark(
        _ a: [Int], _ aRange: Range<Int>, _ b: [Int], _ bRange: Range<Int>,
        keptA: inout [Bool], keptB: inout [Bool]
    ) {
        let n = aRange.count
        let m = bRange.count
        guard n > 0, m > 0 else { return }
        // From the end, so the walk to mark the subsequence goes forward from (0, 0).
        // step[i * m + j]: 0 = match a[i] with b[j], 1 = skip a[i], 2 = skip b[j].
        var step = [UInt8](repeating: 0, count: n * m)
        var below = [Int32](repeating: 0, count: m + 1)
        var row = [Int32](repeating: 0, count: m + 1)
        a.withUnsafeBufferPointer { aBuffer in
            b.withUnsafeBufferPointer { bBuffer in
                step.withUnsafeMutableBufferPointer { steps in
                    // Unchecked in the n · m loop: i < n, j < m keep every index inside its buffer.
                    guard let aBase = aBuffer.baseAddress, let bBase = bBuffer.baseAddress, let stepBase = steps.baseAddress else { return }
                    let pa = aBase + aRange.lowerBound, pb = bBase + bRange.lowerBound
                    for i in stride(from: n - 1, through: 0, by: -1) {
                        let token = pa[i]
                        let out = stepBase + i * m
                        row.withUnsafeMutableBufferPointer { rowBuffer in
                            below.withUnsafeBufferPointer { belowBuffer in
                                guard let r = rowBuffer.baseAddress, let under = belowBuffer.baseAddress else { return }
                                r[m] = 0
                                for j in stride(from: m - 1, through: 0, by: -1) {
                                    if token == pb[j] {
                                        r[j] = under[j + 1] + 1
                                        out[j] = 0
                                    } else if under[j] >= r[j + 1] {
                                        r[j] = under[j]
                                        out[j] = 1
                                    } else {
                                        r[j] = r[j + 1]
                                        out[j] = 2
                                    }
                                }
                            }
                        }
                        swap(&row, &below)
                    }
                }
            }
        }
        var i = 0
        var j = 0
        while i < n && j < m {
            switch step[i * m + j] {
            case 0:
                keptA[aRange.lowerBound + i] = true
                keptB[bRange.lowerBound + j] = true
                i += 1
                j += 1
            case 1: i += 1
            default: j += 1
            }
        }
    }
}
