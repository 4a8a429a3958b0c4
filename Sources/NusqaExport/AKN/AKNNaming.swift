import NusqaCore
import NusqaLanguage
import NusqaAmend
import NusqaParse
import NusqaCorpus
import NusqaTimeline
import NusqaDiff
import NusqaRender

/// Akoma Ntoso names of an act (AKN атаулары), after the Naming Convention 1.0:
/// `/akn/kz/act/order/2020-12-20/dsm-290-2020`, expressions `…/kaz@2026-01-01`, eIds `att_1__para_2`.
public struct AKNNaming: Sendable, Hashable {
    /// The document type, the element under `<akomaNtoso>`: `act` or `doc`.
    public var documentType: String
    /// `order` for orders; the `name` of a `doc` otherwise.
    public var subtype: String
    /// The work date (signing, else publication or registration; `0001-01-01` when none is known).
    public var date: String
    /// The number component: the order number without issuer prefix, lower-case Latin, `/` and spaces as `-`.
    public var number: String
    /// The official number as printed, for `FRBRalias`.
    public var officialNumber: String?

    /// Names the act a sidecar describes.
    public init(metadata m: ActMetadata) {
        let isOrder = m.kind == .base || m.kind == .amending
        documentType = isOrder ? "act" : "doc"
        subtype = isOrder ? "order" : "guide"
        date = (m.signedDate ?? m.publishedDate ?? m.registrationDate)?.description ?? "0001-01-01"
        officialNumber = m.number
        let slug = AKNNaming.slug(m.number.map(AKNNaming.droppingCountryPrefix) ?? "")
        number = slug.isEmpty ? AKNNaming.slug(m.id) : slug
        if number.isEmpty { number = "act" }
    }

    /// Names for an act the corpus does not describe: an order dated `0001-01-01` named by its id.
    init(unknownActID id: String) {
        documentType = "act"
        subtype = "order"
        date = "0001-01-01"
        officialNumber = nil
        number = AKNNaming.slug(id).isEmpty ? "act" : AKNNaming.slug(id)
    }

    /// The work IRI: `/akn/kz/act/order/2020-12-20/dsm-290-2020`.
    public var work: String { "/akn/kz/\(documentType)/\(subtype)/\(date)/\(number)" }

    /// The expression IRI of an edition: `…/kaz@2026-01-01`, or `…/kaz@` for the original text.
    public func expression(_ date: CivilDate?) -> String { work + "/kaz@" + (date?.description ?? "") }

    /// "ҚР ДСМ-290/2020" → "ДСМ-290/2020": the country prefix says nothing the IRI does not.
    static func droppingCountryPrefix(_ number: String) -> String {
        for prefix in ["ҚР ", "ҚР", "РК "] where number.hasPrefix(prefix) { return String(number.dropFirst(prefix.count)) }
        return number
    }

    /// Lower-case Latin letters, digits and single hyphens: Kazakh Cyrillic transliterated, every
    /// other run of characters one `-`.
    static func slug(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for character in text.lowercased() {
            let piece: String
            if let latin = transliteration[character] {
                piece = latin
            } else if character.isASCII, character.isLetter || character.isNumber {
                piece = String(character)
            } else {
                piece = ""
            }
            if piece.isEmpty {
                pendingHyphen = !out.isEmpty
                continue
            }
            if pendingHyphen { out += "-" }
            pendingHyphen = false
            out += piece
        }
        return out
    }

    private static let transliteration: [Character: String] = [
        "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
        "и": "i", "й": "y", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p",
        "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ch",
        "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    ]

    /// The AKN eId of a Nusqa clause id: the same steps, with `abz` → `al` and `row` → `tr`.
    public static func eId(_ id: ClauseID) -> String {
        id.steps.map { step in
            let prefix: String
            switch step.kind {
            case .abzac: prefix = "al"
            case .row: prefix = "tr"
            default: prefix = step.kind.idPrefix
            }
            guard let number = step.number else { return prefix }
            return "\(prefix)_\(number)"
        }.joined(separator: "__")
    }
}
