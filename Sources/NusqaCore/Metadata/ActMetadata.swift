/// What the corpus knows about an act besides its text (метадеректер): the sidecar `<id>.json`.
///
/// The text lacks the publication date and sometimes the registration; a base act may have
/// metadata and no text at all (it then consolidates from gaps).
public struct ActMetadata: Sendable, Hashable, Codable {
    /// A registration with the Ministry of Justice.
    public struct Registration: Sendable, Hashable, Codable {
        /// The registration number, e.g. "21844".
        public var number: String
        /// The registration date, ISO; nil when unknown.
        public var date: String?
    }

    /// A document the order approves, as an annex (бекітілген құжат).
    public struct Document: Sendable, Hashable, Codable {
        /// The annex number, "1".
        public var annex: String
        /// `rules`, `list`, `criteria`.
        public var kind: String?
        /// The document's title.
        public var title: String?

        /// A document entry made in code rather than decoded: the skeleton of a metadata-only act.
        package init(annex: String, kind: String?, title: String?) {
            self.annex = annex
            self.kind = kind
            self.title = title
        }
    }

    /// The corpus id: the adilet id (`V2000021844`) or a readable slug.
    public var id: String
    /// `base`, `amending` or `other`.
    public var kind: String
    /// The issuer, nominative.
    public var issuer: String?
    /// The order number as printed: "127", "ҚР ДСМ-290/2020".
    public var number: String?
    /// The signing date, ISO.
    public var signed: String?
    /// The registration, when known.
    public var registration: Registration?
    /// The date of first official publication, ISO; nil when unknown (dates are then estimated).
    public var published: String?
    /// The dialect of the text file.
    public var dialect: String?
    /// `kk` or `ru`.
    public var language: String?
    /// The title, when the text lacks it or there is no text.
    public var title: String?
    /// The text file name in the same folder, or nil when the text is not in the corpus.
    public var text: String?
    /// Documents the order approves.
    public var documents: [Document]?
    /// Where the text came from.
    public var source: String?
    /// Anything a reader should know.
    public var notes: String?

    /// The signing date as a civil date.
    public var signedDate: CivilDate? { signed.flatMap { CivilDate(iso: $0) } }
    /// The publication date as a civil date.
    public var publishedDate: CivilDate? { published.flatMap { CivilDate(iso: $0) } }
    /// The registration date as a civil date.
    public var registrationDate: CivilDate? { registration?.date.flatMap { CivilDate(iso: $0) } }
}
