import Foundation
import NusqaKit
@testable import NusqaCore
@testable import NusqaText

/// The seed texts bundled under `Corpus/acts/`, found from this file's path (the repo root is three
/// directories above `Tests/NusqaKitTests/Dialects/`).
enum Seeds {
    static let act000 = "V2500037327"
    static let act001 = "V2500037290"
    static let act002 = "V2500035673"
    static let act003 = "dsm-65-2021-07-27"
    static let act004 = "guide-tmkkk-mams"

    static var root: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// The normalised source of seed `name`.
    static func source(_ name: String) throws -> SourceText {
        let url = root.appendingPathComponent("Corpus/acts/\(name).txt")
        return try SourceText(decoding: Array(Data(contentsOf: url)), name: name)
    }

    /// The seed read with its detected dialect.
    static func reading(_ name: String) throws -> BlockReading {
        DialectReader.read(try source(name)).1
    }

    /// Whether `text` contains every `…`/`...`-separated fragment of `example`, in order.
    static func contains(_ text: String, fragmentsOf example: String) -> Bool {
        let fragments = example.replacingOccurrences(of: "...", with: "…").components(separatedBy: "…")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var rest = text[...]
        for fragment in fragments {
            guard let range = rest.range(of: fragment) else { return false }
            rest = rest[range.upperBound...]
        }
        return !fragments.isEmpty
    }
}
