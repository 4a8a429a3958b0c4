import NusqaKit

/// Reads back what ``BlobWriter`` wrote (блоб оқу), in the same order. Never traps on bad bytes: a value that runs
/// past the end, a count larger than the bytes left, or a code out of range throws ``BlobError``.
struct BlobReader {
    private let bytes: [UInt8]
    private var position = 0
    /// Where the text the bytes name is found (``ChangeCodec``).
    let references: ChangeCodec.Lookups?
    /// The last citation read (``BlobWriter/previousCitation``).
    var previousCitation: Citation?

    /// A reader at the start of `bytes`.
    init(_ bytes: [UInt8], references: ChangeCodec.Lookups? = nil) {
        self.bytes = bytes
        self.references = references
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { position == bytes.count }

    /// Reads an integer.
    mutating func int() throws(BlobError) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw BlobError() }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1))))
    }

    /// Reads a flag.
    mutating func bool() throws(BlobError) -> Bool {
        guard position < bytes.count, bytes[position] <= 1 else { throw BlobError() }
        position += 1
        return bytes[position - 1] == 1
    }

    /// Strings of ``internedLength`` bytes or more read so far, in reading order.
    private var interned: [String] = []
    /// The length from which a string is written once and named by its place afterwards.
    static let internedLength = 4

    /// Reads a string (its bytes are valid UTF-8 when written by ``BlobWriter``; others are repaired, not trusted).
    mutating func string() throws(BlobError) -> String {
        let count = try int()
        if count < 0 {
            guard -1 - count < interned.count else { throw BlobError() }
            return interned[-1 - count]
        }
        guard count <= bytes.count - position else { throw BlobError() }
        let text = String(decoding: bytes[position..<position + count], as: UTF8.self)
        position += count
        if count >= Self.internedLength { interned.append(text) }
        return text
    }

    /// Reads an integer that must lie in `range` (a code, an index).
    mutating func int(in range: Range<Int>) throws(BlobError) -> Int {
        let value = try int()
        guard range.contains(value) else { throw BlobError() }
        return value
    }

    /// Reads a count of items that each take at least one byte.
    mutating func count() throws(BlobError) -> Int {
        try int(in: 0..<(bytes.count - position + 1))
    }

    /// Reads an optional value with `read`.
    mutating func optional<T>(_ read: (inout BlobReader) throws(BlobError) -> T) throws(BlobError) -> T? {
        try bool() ? try read(&self) : nil
    }

    /// Reads an optional string.
    mutating func optionalString() throws(BlobError) -> String? { try optional { reader throws(BlobError) in try reader.string() } }

    /// Reads a value written by ``BlobWriter/repeatable(_:orSameAs:_:)``: `known` stands for the value when 1 was written.
    mutating func repeatable<T>(orSameAs known: T?, _ read: (inout BlobReader) throws(BlobError) -> T) throws(BlobError) -> T? {
        switch try int(in: 0..<3) {
        case 0: return nil
        case 1:
            guard let known else { throw BlobError() }
            return known
        default: return try read(&self)
        }
    }

    /// Reads an array written by ``BlobWriter/array(_:_:)``.
    mutating func array<T>(_ read: (inout BlobReader) throws(BlobError) -> T) throws(BlobError) -> [T] {
        let count = try count()
        var out: [T] = []
        out.reserveCapacity(count)
        for _ in 0..<count { out.append(try read(&self)) }
        return out
    }
}

/// Stored bytes that do not read back as the value expected (a damaged or foreign blob).
struct BlobError: Error {}
