import NusqaCore

/// Accumulates the physical lines of one paragraph block, joining them with ``LineJoiner`` and recording
/// the joins that were not normal wraps.
struct ParagraphBuilder {
    /// The joined text so far.
    private(set) var text: String
    /// The physical line the block starts on.
    let firstLine: Int
    /// The 1-based column of the first character.
    let firstColumn: Int
    /// The last physical line so far.
    private(set) var lastLine: Int
    /// The column just past the last character of the last line (counted when asked: only the last line's counts).
    var endColumn: Int { DialectText.indent(of: lastSourceLine) + DialectText.trimmedSlice(lastSourceLine).characterCount + 1 }
    /// The last physical line appended, as in the source.
    private var lastSourceLine: String
    /// Whether the first line was an indented abzac start.
    let isIndented: Bool
    /// The last physical line appended, as repaired (its trailing space tells how to join the next one).
    private(set) var lastRaw: String
    /// Where each appended line starts in `text` (UTF-8 offset, physical line).
    private var pieceStarts: [(offset: Int, line: Int)]
    private var length: Int

    /// Starts a paragraph at physical line `line`; `raw` is the repaired line, `sourceLine` the original one.
    init(line: Int, raw: String, sourceLine: String, isIndented: Bool) {
        let piece = DialectText.trimmed(raw)
        text = piece
        length = piece.utf8.count
        firstLine = line
        firstColumn = DialectText.indent(of: sourceLine) + 1
        lastLine = line
        lastSourceLine = sourceLine
        self.isIndented = isIndented
        lastRaw = raw
        pieceStarts = [(0, line)]
    }

    /// Appends physical line `line`, returning a `lineJoined` repair when the previous line lacked its trailing
    /// space (the join was decided by punctuation, not by the wrap).
    mutating func append(line: Int, raw: String, sourceLine: String) -> Repair? {
        let piece = DialectText.trimmed(raw)
        guard !piece.isEmpty else { return nil }
        let separator = LineJoiner.separator(after: lastRaw, before: raw)
        var repair: Repair?
        if lastRaw.last != " " {
            let tail = DialectText.tail(DialectText.trimmed(lastRaw)), head = DialectText.head(piece)
            repair = Repair(.lineJoined, line: lastLine, before: tail + "\n" + head, after: tail + separator + head)
        }
        text += separator + piece
        length += separator.utf8.count
        pieceStarts.append((length, line))
        length += piece.utf8.count
        lastLine = line
        lastSourceLine = sourceLine
        lastRaw = raw
        return repair
    }

    /// The physical line holding UTF-8 offset `offset` of the joined text.
    func line(atOffset offset: Int) -> Int {
        pieceStarts.last { $0.offset <= offset }?.line ?? firstLine
    }

    /// The finished block with spacing normalised, and the `spacingNormalized` repairs made.
    /// - Complexity: O(n) in the length of the text (the changes come in order of their offsets).
    func makeBlock() -> (Block, [Repair]) {
        let (normalized, changes) = SpacingNormalizer.normalize(text)
        // Changes count characters; pieces are kept by UTF-8 offset, converted only here (rare), walking
        // forward from the previous change so a block with many changes stays linear.
        var index = text.startIndex
        var characterOffset = 0
        var piece = 0
        let repairs = changes.map { change in
            if change.offset < characterOffset {
                index = text.startIndex
                characterOffset = 0
                piece = 0
            }
            index = text.index(index, offsetBy: change.offset - characterOffset, limitedBy: text.endIndex) ?? text.endIndex
            characterOffset = change.offset
            let byteOffset = text.utf8.distance(from: text.startIndex, to: index)
            while piece + 1 < pieceStarts.count, pieceStarts[piece + 1].offset <= byteOffset { piece += 1 }
            return Repair(.spacingNormalized, line: pieceStarts[piece].line, before: change.before, after: change.after)
        }
        let span = SourceSpan(
            start: SourceLocation(line: firstLine, column: firstColumn),
            end: SourceLocation(line: lastLine, column: endColumn))
        return (Block(.paragraph, text: normalized, span: span, isIndented: isIndented), repairs)
    }
}
