import NusqaKit

/// Writes a stored value field by field into bytes (блоб жазу): integers as zigzag LEB128 varints, strings as their
/// UTF-8 length and bytes. What ``BlobReader`` reads back, in the same order.
struct BlobWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []
    /// Text the store holds elsewhere, named instead of written (``ChangeCodec``).
    var references: ChangeCodec.References?
    /// The last citation written: the patches of one amending act usually cite the same act.
    var previousCitation: Citation?

    /// Writes an integer: small magnitudes, either sign, take one byte.
    mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value << 1) ^ Int64(value >> 63))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Writes a flag as one byte.
    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// Strings of ``BlobReader/internedLength`` bytes or more already written, by their place in writing order.
    /// Keyed by bytes: `String` equality is canonical equivalence, and a stored text must come back byte for byte.
    private var interned: [[UInt8]: Int] = [:]

    /// Writes a string: its UTF-8 length, then its bytes; a long string written before, as minus its place among
    /// those (an amended act's title repeats in every patch, a target's heading in every change to it).
    mutating func string(_ value: String) {
        var value = value
        let length = value.utf8.count
        if length >= BlobReader.internedLength {
            let key = Array(value.utf8)
            if let place = interned[key] {
                int(-1 - place)
                return
            }
            interned[key] = interned.count
        }
        value.withUTF8 { utf8 in
            int(length)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Writes whether `value` is there, then the value with `write`.
    mutating func optional<T>(_ value: T?, _ write: (inout BlobWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    /// Writes an optional string.
    mutating func optional(_ value: String?) { optional(value) { $0.string($1) } }

    /// Writes an optional value that often equals a `known` one the reader has too: 0 for none, 1 for the known
    /// value, 2 followed by the value written with `write`.
    mutating func repeatable<T: Equatable>(_ value: T?, orSameAs known: T?, _ write: (inout BlobWriter, T) -> Void) {
        guard let value else { return int(0) }
        if value == known { return int(1) }
        int(2)
        write(&self, value)
    }

    /// Writes the count of `values`, then each with `write`.
    mutating func array<T>(_ values: [T], _ write: (inout BlobWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }
}
