import NusqaToolSupport

/// Seeded mutations of a text (өзгерту), chosen for what breaks readers of legal text: quotes, colons,
/// unit numbers, instruction verbs, huge numbers, invalid UTF-8, bidi and zero-width characters,
/// CR/LF mixes, cut texts, repeated lines, and markup that renderers must escape.
///
/// A pure function of the seed bytes and the generator: the same case number gives the same input.
public enum Mutator {
    /// Pieces inserted or written over the text.
    static let pieces: [[UInt8]] = [
        "«", "»", "\"", "“", "”", "„", ":", ";", "«»", "\"\"", "«:", ":»",
        "1.", "2-1.", "3)", "4-1)", "1504-8.", "12-тармақ", "5-тармақшасы", "2-қосымша", "3-тарау", "4-бап", "1-кесте",
        "алып тасталсын", "мынадай редакцияда жазылсын:", "мынадай мазмұндағы", "толықтырылсын:", "деген сөздер",
        "деген сөздермен ауыстырылсын", "күші жойылды деп танылсын", "мынадай өзгерістер енгізілсін:",
        "алғашқы ресми жарияланған күнінен кейін күнтізбелік 9223372036854775807 күн өткен соң қолданысқа енгізіледі.",
        "9223372036854775807", "18446744073709551616", "99999999999999999999999", "-1", "0", "00", "2025 жылғы 30 ақпандағы",
        "9999 жылғы 31 желтоқсандағы", "0001 жылғы 1 қаңтардағы",
        "\u{202E}", "\u{202D}", "\u{2066}", "\u{2069}", "\u{200F}", "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{00A0}", "\u{2028}", "\u{0085}",
        "\u{1B}[31m", "\u{1B}]0;title\u{07}", "\u{00}", "\t", "|", "\t|\t",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe>", "</p>", "&amp;", "*", "_", "[x](y)", "`", "#", "> ", "\\",
        "ЗҚАИ", "QR-код", "      ", "Қосымша", "Бұйрыққа қосымша", "БҰЙЫРАМЫН:", "ҚАУЛЫ ЕТЕДІ:",
    ].map { Array($0.utf8) }

    /// Byte sequences that are not UTF-8.
    static let invalidUTF8: [[UInt8]] = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xD0], [0xE2, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80]]

    /// Mutates `seed` with one to five steps; `other` is a second seed for cross-overs.
    /// - Returns: the text before the steps (the seed, or the window of it that was cut), the bytes, and
    ///   a short name for each step (for reports).
    public static func mutate(_ seed: [UInt8], other: [UInt8], rng: inout SplitMix64) -> (window: [UInt8], bytes: [UInt8], steps: [String]) {
        var bytes = seed
        var steps: [String] = []
        // Most cases work on a 1–8 KB window of a seed over 8 KB: small inputs run fast and still reach
        // every stage. One in eight keeps the whole seed (up to the pool's 256 KB), and repeated line
        // blocks below make inputs of up to a few MB, for the slow paths.
        if bytes.count > 8192, rng.next() % 8 != 0 {
            let length = 1024 + Int(rng.next() % 7168)
            let start = lineStart(bytes, near: Int(rng.next() % UInt64(bytes.count - length)))
            bytes = Array(bytes[start..<min(bytes.count, start + length)])
            steps.append("window")
        }
        let window = bytes
        let count = 1 + Int(rng.next() % 5)
        for _ in 0..<count {
            let operation = Int(rng.next() % 12)
            steps.append(apply(operation, to: &bytes, other: other, rng: &rng))
        }
        return (window, bytes, steps)
    }

    private static func apply(_ operation: Int, to bytes: inout [UInt8], other: [UInt8], rng: inout SplitMix64) -> String {
        func position() -> Int { bytes.isEmpty ? 0 : Int(rng.next() % UInt64(bytes.count + 1)) }
        func pick<T>(_ list: [T]) -> T { list[Int(rng.next() % UInt64(list.count))] }
        switch operation {
        case 0, 1:
            let piece = pick(pieces)
            // Half the time at a line start, where unit numbers and verbs matter most.
            let at = rng.next() % 2 == 0 ? lineStart(bytes, near: position()) : position()
            bytes.insert(contentsOf: piece, at: at)
            return "insert"
        case 2:
            let at = position()
            let end = min(bytes.count, at + Int(rng.next() % 16))
            bytes.replaceSubrange(at..<end, with: pick(pieces))
            return "replace"
        case 3:
            bytes.insert(contentsOf: pick(invalidUTF8), at: position())
            return "invalid-utf8"
        case 4:
            // Cut the text: a truncated download.
            bytes = Array(bytes[..<position()])
            return "cut"
        case 5:
            let lines = lineRanges(bytes)
            guard !lines.isEmpty else { return "repeat-none" }
            let first = Int(rng.next() % UInt64(lines.count))
            let last = min(lines.count - 1, first + Int(rng.next() % 4))
            let block = Array(bytes[lines[first].lowerBound..<lines[last].upperBound])
            let times = rng.next() % 16 == 0 ? 200 + Int(rng.next() % 800) : 1 + Int(rng.next() % 6)
            var repeated: [UInt8] = []
            for _ in 0..<times { repeated += block }
            bytes.insert(contentsOf: repeated, at: lines[last].upperBound)
            return "repeat-lines×\(times)"
        case 6:
            let lines = lineRanges(bytes)
            guard lines.count > 1 else { return "delete-none" }
            let line = lines[Int(rng.next() % UInt64(lines.count))]
            bytes.removeSubrange(line)
            return "delete-line"
        case 7:
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 16)
            let style = rng.next() % 3
            for byte in bytes {
                if byte == 0x0A, rng.next() % 3 == 0 {
                    if style == 0 { out += [0x0D, 0x0A] } else if style == 1 { out.append(0x0D) } else { out += [0x0D, 0x0D, 0x0A] }
                } else {
                    out.append(byte)
                }
            }
            bytes = out
            return "crlf-mix"
        case 8:
            // A number in the text becomes huge, zero or negative.
            let start = position()
            guard let digit = bytes[min(start, bytes.count)...].firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return "digits-none" }
            var end = digit
            while end < bytes.count, bytes[end] >= 0x30 && bytes[end] <= 0x39 { end += 1 }
            bytes.replaceSubrange(digit..<end, with: Array(pick(["9223372036854775807", "9223372036854775808", "0", "99999999999999999999", "4294967296", "65536"]).utf8))
            return "number"
        case 9:
            guard !bytes.isEmpty else { return "flip-none" }
            let at = Int(rng.next() % UInt64(bytes.count))
            bytes[at] ^= UInt8(truncatingIfNeeded: 1 << (rng.next() % 8))
            return "flip"
        case 10:
            guard !other.isEmpty else { return "splice-none" }
            let start = Int(rng.next() % UInt64(other.count))
            let end = min(other.count, start + 64 + Int(rng.next() % 4096))
            bytes.insert(contentsOf: other[lineStart(other, near: start)..<end], at: lineStart(bytes, near: position()))
            return "splice"
        default:
            let lines = lineRanges(bytes)
            guard lines.count > 2 else { return "swap-none" }
            let a = Int(rng.next() % UInt64(lines.count)), b = Int(rng.next() % UInt64(lines.count))
            let (first, second) = (lines[min(a, b)], lines[max(a, b)])
            guard first != second else { return "swap-same" }
            let moved = Array(bytes[second]) + Array(bytes[first.upperBound..<second.lowerBound]) + Array(bytes[first])
            bytes.replaceSubrange(first.lowerBound..<second.upperBound, with: moved)
            return "swap-lines"
        }
    }

    /// The start of the line holding `index`.
    static func lineStart(_ bytes: [UInt8], near index: Int) -> Int {
        var i = min(max(0, index), bytes.count)
        while i > 0, bytes[i - 1] != 0x0A { i -= 1 }
        return i
    }

    /// Each line's byte range, its line feed included.
    static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            out.append(start..<(index + 1))
            start = index + 1
        }
        if start < bytes.count { out.append(start..<bytes.count) }
        return out
    }
}
