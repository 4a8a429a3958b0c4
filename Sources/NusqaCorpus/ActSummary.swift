import NusqaCore
import NusqaParse

/// One line of `nusqa acts` (акт жолы): what the listing shows of an act, from a loaded corpus or a store.
public struct ActSummary: Sendable, Hashable {
    /// The corpus id.
    public var id: String
    /// `base`, `amending` or `other`, from the sidecar.
    public var kind: String
    /// The order number.
    public var number: String?
    /// The signing date, ISO.
    public var signed: String?
    /// The sidecar's title.
    public var title: String?
    /// The title read from the text.
    public var textTitle: String?
    /// Whether the text is in the corpus.
    public var hasText: Bool
    /// The publication date, ISO.
    public var published: String?
    /// The registration number.
    public var registrationNumber: String?

    /// The summary of a loaded entry.
    public init(_ entry: Corpus.Entry) {
        let m = entry.metadata
        self.init(
            id: m.id, kind: m.kind.rawValue, number: m.number, signed: m.signed?.description, title: m.title, textTitle: entry.act?.title,
            hasText: entry.act != nil, published: m.published?.description, registrationNumber: m.registration?.number)
    }

    /// Creates a summary.
    public init(
        id: String, kind: String, number: String?, signed: String?, title: String?, textTitle: String?, hasText: Bool, published: String?,
        registrationNumber: String?
    ) {
        self.id = id
        self.kind = kind
        self.number = number
        self.signed = signed
        self.title = title
        self.textTitle = textTitle
        self.hasText = hasText
        self.published = published
        self.registrationNumber = registrationNumber
    }
}
