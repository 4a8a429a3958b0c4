/// The type of a normative document (құжат нысаны): order, resolution, decision, law or code.
///
/// Read from the header, the title and the enacting formula ("БҰЙЫРАМЫН:" for an order, "ҚАУЛЫ ЕТЕДІ:"
/// for a resolution, "ШЕШІМ ҚАБЫЛДАДЫ:" for a decision); a law or code has no formula and is read from
/// its articles ("1-бап."). Whether a document amends others is ``NusqaParse/ActKind``, apart from its type.
public enum DocumentType: String, Sendable, Hashable, CaseIterable {
    /// A minister's or agency head's order (бұйрық; приказ).
    case order
    /// A resolution of the Government or an akimat (қаулы; постановление).
    case resolution
    /// A decision of a maslikhat (шешім; решение).
    case decision
    /// A law (заң; закон), with articles.
    case law
    /// A code (кодекс; кодекс), with articles, usually in sections and chapters.
    case code
    /// Not recognised: a guide, a slide deck.
    case unknown
}
