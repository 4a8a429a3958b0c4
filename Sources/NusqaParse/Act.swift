import NusqaCore
import NusqaText

/// A parsed act (нормативтік құқықтық акт): its clause tree, what the header says, and everything the
/// reader noticed on the way — repairs, diagnostics, citations — with a side map of source spans.
public struct Act: Sendable {
    /// The corpus id or file name the act was read from.
    public var name: String
    /// Base order, amending order, or other document.
    public var kind: ActKind
    /// The dialect of the source text.
    public var dialect: Dialect
    /// Order, resolution, decision, law or code, as the text shows it.
    public var documentType: DocumentType = .unknown
    /// The header sentence, when the text has one.
    public var header: ActHeader?
    /// The title (тақырып), when the text has one.
    public var title: String?
    /// The root of the clause tree (kind `.document`).
    public var body: Clause
    /// Source spans of every node that came from the text, by clause id.
    public var spans: [ClauseID: SourceSpan]
    /// Repairs the dialect reader made.
    public var repairs: [Repair]
    /// Lines moved out of the body into metadata (QR stamp, ministry header).
    public var metadata: [MetadataLine]
    /// Errors, warnings and notes, in source order.
    public var diagnostics: [Diagnostic]
    /// The normalised source text.
    public var source: SourceText?

    /// Creates an act.
    public init(
        name: String, kind: ActKind, dialect: Dialect, header: ActHeader? = nil, title: String? = nil,
        body: Clause, spans: [ClauseID: SourceSpan] = [:], repairs: [Repair] = [], metadata: [MetadataLine] = [],
        diagnostics: [Diagnostic] = [], source: SourceText? = nil
    ) {
        self.name = name
        self.kind = kind
        self.dialect = dialect
        self.header = header
        self.title = title
        self.body = body
        self.spans = spans
        self.repairs = repairs
        self.metadata = metadata
        self.diagnostics = diagnostics
        self.source = source
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }
}

/// The kind of document (құжат түрі).
public enum ActKind: String, Sendable, Hashable, CaseIterable {
    /// A document (order, resolution, decision, law) that approves or states rules and is not itself
    /// an amendment.
    case baseOrder = "base"
    /// A document whose items, or the changes approved in its annex, amend other acts
    /// ("… өзгерістер енгізілсін:", "… енгізілетін өзгерістер бекітілсін").
    case amendingOrder = "amending"
    /// Anything else, e.g. a citizen guide: no structure is forced on it.
    case other
}

/// What an order's header sentence says (тіркеу мәліметі): issuer, date, number, registration.
public struct ActHeader: Sendable, Hashable {
    /// The issuer in the genitive, e.g. "Қазақстан Республикасы Денсаулық сақтау министрінің".
    public var issuer: String?
    /// The signing date.
    public var date: CivilDate?
    /// The order number as printed after №: "127", "ҚР ДСМ-290/2020".
    public var number: String?
    /// The registration number with the Ministry of Justice.
    public var registrationNumber: String?
    /// The registration date.
    public var registrationDate: CivilDate?

    /// Creates a header.
    public init(
        issuer: String? = nil, date: CivilDate? = nil, number: String? = nil, registrationNumber: String? = nil,
        registrationDate: CivilDate? = nil
    ) {
        self.issuer = issuer
        self.date = date
        self.number = number
        self.registrationNumber = registrationNumber
        self.registrationDate = registrationDate
    }
}
