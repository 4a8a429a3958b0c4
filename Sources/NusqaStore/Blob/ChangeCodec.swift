import NusqaKit

/// The changes aimed at one act, as bytes (өзгерістер блобы): what ``Consolidation/changes(for:)`` gives, stored by
/// the indexer so that `show`, `versions` and `history` build the act's timeline without reading its amending acts'
/// instructions again. Decoding gives values equal (`==`) to the ones encoded, payload trees and all.
///
/// The layout is private to one build of nusqa (stores of other builds are rebuilt), so codes are positions in
/// this build's case lists.
///
/// Text the store already holds is named rather than repeated (``References``): a payload unit's heading and text
/// by the id of an equal wording of one of the act's versions (what a payload usually becomes), and an instruction
/// by its amending act and number when the `patches` row has the same text. Decoding then needs the same store.
public enum ChangeCodec {
    /// A heading and text, as a `wordings` row holds them. Equal when their bytes are (not merely canonically
    /// equivalent, as `String`s compare): a named wording must give back the very bytes it stands for.
    public struct Wording: Hashable, Sendable {
        /// The heading; nil when the unit has none.
        public var heading: String?
        /// The text.
        public var text: String

        /// Creates a wording.
        public init(heading: String?, text: String) {
            self.heading = heading
            self.text = text
        }

        /// Whether the headings and texts are the same bytes.
        public static func == (lhs: Wording, rhs: Wording) -> Bool {
            guard lhs.text.utf8.elementsEqual(rhs.text.utf8) else { return false }
            switch (lhs.heading, rhs.heading) {
            case (nil, nil): return true
            case (let left?, let right?): return left.utf8.elementsEqual(right.utf8)
            default: return false
            }
        }

        /// Hashes the bytes.
        public func hash(into hasher: inout Hasher) {
            hasher.combine(heading == nil)
            if var heading { heading.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) } }
            hasher.combine(0xFF as UInt8)
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    /// What an encoder may name instead of writing: wordings by id, and the instructions the store holds.
    public struct References {
        /// Wording ids by heading and text.
        public var wordings: [Wording: Int]
        /// The instruction stored for an amending act's patch number; nil when none is.
        public var instruction: (_ act: String, _ sequence: Int) -> String?

        /// Creates references.
        public init(wordings: [Wording: Int], instruction: @escaping (_ act: String, _ sequence: Int) -> String?) {
            self.wordings = wordings
            self.instruction = instruction
        }
    }

    /// Where a decoder finds what the bytes name; a nil answer makes the decoding fail.
    public struct Lookups {
        /// The wording with an id.
        public var wording: (Int) -> Wording?
        /// The instruction stored for an amending act's patch number.
        public var instruction: (_ act: String, _ sequence: Int) -> String?

        /// Creates lookups.
        public init(wording: @escaping (Int) -> Wording?, instruction: @escaping (_ act: String, _ sequence: Int) -> String?) {
            self.wording = wording
            self.instruction = instruction
        }
    }

    /// Encodes `changes`, in order, naming what `references` holds.
    /// - Complexity: O(size of the changes, their payloads included).
    public static func encode(_ changes: [Change], references: References? = nil) -> [UInt8] {
        var writer = BlobWriter()
        writer.references = references
        writer.int(changes.count)
        var previous: Patch?
        for change in changes {
            writer.change(change, previous: previous)
            previous = change.patch
        }
        return writer.bytes
    }

    /// Decodes what ``encode(_:references:)`` wrote; nil when the bytes are not such a list or name what `lookups`
    /// cannot find.
    public static func decode(_ bytes: [UInt8], lookups: Lookups? = nil) -> [Change]? {
        var reader = BlobReader(bytes, references: lookups)
        do throws(BlobError) {
            let count = try reader.count()
            var changes: [Change] = []
            changes.reserveCapacity(count)
            var previous: Patch?
            for _ in 0..<count {
                let change = try reader.change(previous: previous)
                changes.append(change)
                previous = change.patch
            }
            return reader.isAtEnd ? changes : nil
        } catch {
            return nil
        }
    }

    /// Clause kinds by code, and codes by kind.
    static let kinds = ClauseKind.allCases
    static let kindCodes = Dictionary(uniqueKeysWithValues: ClauseKind.allCases.enumerated().map { ($1, $0) })
    /// Operations by code.
    static let operations = PatchOperation.allCases
    /// How deep a stored payload tree may be: deeper bytes are damaged.
    static let maximumDepth = 256
    /// The fewest bytes of heading and text worth naming by a wording id (an id takes one to four bytes).
    static let shortestShared = 8

    /// A string index as an integer, bit for bit (its position and encoding flags).
    static func bits(of index: String.Index) -> Int {
        Int(bitPattern: UInt(unsafeBitCast(index, to: UInt64.self)))
    }

    /// The string index whose bits are `bits`.
    static func index(bits: Int) -> String.Index {
        unsafeBitCast(UInt64(UInt(bitPattern: bits)), to: String.Index.self)
    }
}
