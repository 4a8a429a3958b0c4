/// What the corpus knows about an act besides its text (метадеректер): the sidecar `<id>.json`,
/// decoded into typed values when the corpus loads (``NusqaCorpus/SidecarReader``).
///
/// The text lacks the publication date and sometimes the registration; a base act may have
/// metadata and no text at all (it then consolidates from gaps).
public struct ActMetadata: Sendable, Hashable {
    /// What role an act plays in the corpus (актінің түрі): `base`, `amending` or `other`.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A base act: amended by others.
        case base
        /// An amending act: it changes another act.
        case amending
        /// Anything else (a guide, a related document).
        case other
    }

    /// The language of a text (тіл): Kazakh or Russian.
    public enum Language: String, Sendable, Hashable, CaseIterable {
        /// Kazakh (қазақ тілі).
        case kk
        /// Russian (орыс тілі).
        case ru
    }

    /// A registration with the Ministry of Justice (мемлекеттік тіркеу).
    public struct Registration: Sendable, Hashable {
        /// The registration number, e.g. "21844".
        public var number: String
        /// The registration date; nil when unknown.
        public var date: CivilDate?

        /// Creates a registration.
        public init(number: String, date: CivilDate? = nil) {
            self.number = number
            self.date = date
        }
    }

    /// A document the order approves, as an annex (бекітілген құжат).
    public struct Document: Sendable, Hashable {
        /// The annex number, "1".
        public var annex: String
        /// `rules`, `list`, `criteria`.
        public var kind: String?
        /// The document's title.
        public var title: String?

        /// Creates a document entry.
        public init(annex: String, kind: String? = nil, title: String? = nil) {
            self.annex = annex
            self.kind = kind
            self.title = title
        }
    }

    /// The corpus id: the adilet id (`V2000021844`) or a readable slug.
    public var id: String
    /// Base, amending or other.
    public var kind: Kind
    /// The issuer, nominative.
    public var issuer: String?
    /// The order number as printed: "127", "ҚР ДСМ-290/2020".
    public var number: String?
    /// The signing date.
    public var signed: CivilDate?
    /// The registration, when known.
    public var registration: Registration?
    /// The date of first official publication; nil when unknown (dates are then estimated).
    public var published: CivilDate?
    /// The dialect of the text file; nil to detect it.
    public var dialect: Dialect?
    /// Kazakh or Russian.
    public var language: Language?
    /// The title, when the text lacks it or there is no text.
    public var title: String?
    /// The text file name, relative to the sidecar's folder, or nil when the text is not in the corpus.
    public var text: String?
    /// Documents the order approves.
    public var documents: [Document]?
    /// Where the text came from.
    public var source: String?
    /// Anything a reader should know.
    public var notes: String?

    /// Creates metadata; every field but the id and kind is optional.
    public init(
        id: String, kind: Kind, issuer: String? = nil, number: String? = nil, signed: CivilDate? = nil,
        registration: Registration? = nil, published: CivilDate? = nil, dialect: Dialect? = nil,
        language: Language? = nil, title: String? = nil, text: String? = nil, documents: [Document]? = nil,
        source: String? = nil, notes: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.issuer = issuer
        self.number = number
        self.signed = signed
        self.registration = registration
        self.published = published
        self.dialect = dialect
        self.language = language
        self.title = title
        self.text = text
        self.documents = documents
        self.source = source
        self.notes = notes
    }

    /// The signing date (kept for callers of the string era).
    public var signedDate: CivilDate? { signed }
    /// The publication date.
    public var publishedDate: CivilDate? { published }
    /// The registration date.
    public var registrationDate: CivilDate? { registration?.date }
}
