/// A month name (ай атауы; название месяца): қаңтар … желтоқсан, recognised in every case form used in dates.
public enum KazakhMonth: Int, CaseIterable, Sendable {
    case january = 1, february, march, april, may, june
    case july, august, september, october, november, december

    /// A grammatical case form (септік; падеж) in which a month name appears in a date phrase.
    public enum CaseForm: Sendable, Hashable, CaseIterable {
        /// Атау септік (именительный): "қаңтар".
        case nominative
        /// Ілік септік (родительный): "қаңтардың".
        case genitive
        /// Тәуелді + барыс (притяж. + дательный), used with "дейін": "қаңтарына", "қыркүйегіне".
        case possessiveDative
        /// Жатыс септік (местный), "on": "қаңтарда", "қыркүйекте".
        case locative
        /// Жатыс + -ғы/-гі (атрибутив), "of": "қаңтардағы", "қыркүйектегі".
        case attributive
        /// Шығыс септік (исходный), "from", plain or possessive: "қаңтардан", "қаңтарынан".
        case ablative
    }

    /// Атау септік (именительный падеж): the dictionary form, e.g. "қаңтар".
    public var nominative: String {
        switch self {
        case .january: "қаңтар"
        case .february: "ақпан"
        case .march: "наурыз"
        case .april: "сәуір"
        case .may: "мамыр"
        case .june: "маусым"
        case .july: "шілде"
        case .august: "тамыз"
        case .september: "қыркүйек"
        case .october: "қазан"
        case .november: "қараша"
        case .december: "желтоқсан"
        }
    }

    /// Септелу (склонение): every recognised spelling of this month with its case form.
    ///
    /// - Complexity: O(1); the list has a fixed small size.
    public var forms: [(word: String, form: CaseForm)] {
        let stem = nominative
        let front = !isBack
        let last = stem.last ?? "а"
        let vowelFinal = KazakhMonth.vowels.contains(last)
        let voiceless = KazakhMonth.voiceless.contains(last)
        let nasal = "мнң".contains(last)
        func pick(_ back: String, _ frontForm: String) -> String { front ? frontForm : back }
        let d = voiceless ? "т" : "д"
        let locative = stem + d + pick("а", "е")
        let attributive = locative + pick("ғы", "гі")
        let ablative = stem + (nasal ? "н" : d) + pick("ан", "ен")
        let genitive = stem + (vowelFinal || nasal ? "н" : d) + pick("ың", "ің")
        let possessive = possessiveStem
        return [
            (stem, .nominative), (genitive, .genitive), (possessive + pick("на", "не"), .possessiveDative),
            (locative, .locative), (attributive, .attributive), (ablative, .ablative),
            (possessive + pick("нан", "нен"), .ablative),
        ]
    }

    /// Танып алу (распознавание): the month and case form spelled by `word`, compared on the folded form
    /// (case-insensitive, Latin look-alikes read as Cyrillic: "сәуiрден" with a Latin `i` is April).
    ///
    /// - Complexity: O(n) in the length of `word` (one hash lookup).
    public static func match(_ word: some StringProtocol) -> (month: KazakhMonth, form: CaseForm)? {
        guard let hit = table[KazakhFold.fold(word)] else { return nil }
        return (hit.month, hit.form)
    }

    // MARK: - Private

    /// Back-vowel (жуан) words take -ы/-а suffixes; front-vowel (жіңішке) ones -і/-е.
    private var isBack: Bool {
        switch self {
        case .april, .july, .september: false
        default: true
        }
    }

    /// The 3rd-person possessive stem (тәуелдік): қаңтары, шілдесі, қыркүйегі (к → г).
    private var possessiveStem: String {
        switch self {
        case .april: "сәуірі"
        case .july: "шілдесі"
        case .september: "қыркүйегі"
        case .november: "қарашасы"
        default: nominative + "ы"
        }
    }

    private static let vowels: Set<Character> = ["а", "ә", "е", "ё", "и", "о", "ө", "у", "ұ", "ү", "ы", "і", "э", "ю", "я"]
    private static let voiceless: Set<Character> = ["к", "қ", "п", "т", "с", "ш", "щ", "ф", "х", "һ", "ц", "ч"]

    private struct Entry: Sendable {
        let month: KazakhMonth
        let form: CaseForm
    }

    private static let table: [String: Entry] = {
        var result: [String: Entry] = [:]
        for month in KazakhMonth.allCases {
            for (word, form) in month.forms { result[word] = Entry(month: month, form: form) }
        }
        return result
    }()
}
