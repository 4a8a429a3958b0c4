import NusqaCore
import NusqaLanguage
import NusqaAmend
import NusqaParse
import NusqaCorpus
import NusqaTimeline
import NusqaDiff
import NusqaRender

/// A file or folder name made from a corpus id (қауіпсіз атау): checked, then reduced to
/// `A–Z a–z 0–9 . _ -`, so that no id can reach outside the export folder.
///
/// An id holding `/`, `\`, `..`, a control character, or starting with `.` is refused outright
/// (a sidecar with such an id is hostile or broken); any other character is spelled as `_XX` hex
/// bytes of its UTF-8, so distinct ids give distinct names.
public struct SafeName: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The name: safe as a path component and as a relative URL without escaping.
    public let value: String

    /// Checks `id` and spells it as a safe name.
    /// - Throws: ``ExportError`` `unsafe-id` when the id holds `/`, `\`, `..`, control characters,
    ///   starts with a dot, is empty, or is longer than 200 bytes.
    /// - Complexity: O(n) in the length of `id`.
    public init(id: String, file: String? = nil) throws(ExportError) {
        let place = file.map { "\($0): " } ?? ""
        let shown = id.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
        func refuse(_ why: String) -> ExportError {
            ExportError("unsafe-id", "\(place)error: the act id '\(shown)' \(why); refusing to export it (nothing was written)")
        }
        guard !id.isEmpty else { throw refuse("is empty") }
        guard id.utf8.count <= 200 else { throw refuse("is longer than 200 bytes") }
        if id.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
            throw refuse("holds control characters")
        }
        if id.contains("/") || id.contains("\\") { throw refuse("holds a path separator ('/' or '\\')") }
        if id.contains("..") { throw refuse("holds '..'") }
        if id.hasPrefix(".") { throw refuse("starts with '.'") }
        var value = ""
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."):
                value.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                value += "_" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        self.value = value
    }

    /// A name already known to be safe (a date, "original", "index").
    init(trusted value: String) {
        self.value = value
    }

    public static func < (lhs: SafeName, rhs: SafeName) -> Bool { lhs.value < rhs.value }

    /// The name.
    public var description: String { value }
}
