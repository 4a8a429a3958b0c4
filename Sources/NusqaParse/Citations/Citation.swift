import NusqaCore

/// A reference to another act (сілтеме; ссылка на акт), e.g. "Қазақстан Республикасы Денсаулық сақтау
/// министрінің 2020 жылғы 30 қарашадағы № ҚР ДСМ-225/2020 бұйрығы".
public struct Citation: Sendable, Hashable {
    /// Актінің түрі (вид акта): what kind of act is cited.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Бұйрық (приказ): a ministerial order.
        case order
        /// Қаулы (постановление): a Government resolution.
        case resolution
        /// Кодекс (кодекс): a code.
        case code
        /// Заң (закон): a law.
        case law
        /// Жарлық (указ): a presidential decree.
        case decree
        /// Шешім / өкім (решение / распоряжение): any other act.
        case other
    }

    /// Қабылдаған орган (орган, принявший акт), in the nominative: "Қазақстан Республикасы Денсаулық сақтау министрі",
    /// "Қазақстан Республикасы Үкіметі", "ҚР ДСМ"; an acting minister keeps " м.а." at the end.
    public var issuer: String?
    /// Актінің түрі (вид акта).
    public var kind: Kind
    /// Қабылданған күні (дата принятия): the act's date, when given.
    public var date: CivilDate?
    /// Нөмірі (номер), with spacing normalised: "ҚР ДСМ-65", "761", "405-V ҚРЗ".
    public var number: String?
    /// Тіркеу нөмірі (номер госрегистрации): from "… тізілімінде № 21844 болып тіркелген" right after the citation.
    public var registrationNumber: String?
    /// Атауы (название): the quoted title before the citation («…» or "…"), or a code's name ("Бюджет").
    public var title: String?
    /// The citation in the scanned text, from the title's opening quote (if any) to the kind word
    /// or the end of the registration phrase.
    public var range: Range<String.Index>

    /// Creates a citation.
    public init(
        issuer: String?, kind: Kind, date: CivilDate?, number: String?,
        registrationNumber: String?, title: String?, range: Range<String.Index>
    ) {
        self.issuer = issuer
        self.kind = kind
        self.date = date
        self.number = number
        self.registrationNumber = registrationNumber
        self.title = title
        self.range = range
    }

    /// Нөмірді қалыпқа келтіру (нормализация номера): collapses whitespace and removes spaces around
    /// `-` and `/` ("ҚР ДСМ - 65" → "ҚР ДСМ-65"); `nil` when no ASCII digit is left.
    ///
    /// - Complexity: O(n) in the length of `raw`.
    public static func normalizeNumber(_ raw: some StringProtocol) -> String? {
        var words = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for mark in ["-", "/"] {
            words = words.replacing(" " + mark, with: mark).replacing(mark + " ", with: mark)
        }
        guard words.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return words
    }
}
