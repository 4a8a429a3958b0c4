import NusqaCore
import NusqaLanguage

/// The entry-into-force rule of an act (қолданысқа енгізу тәртібі; порядок введения в действие), read
/// from its final item or article.
///
/// "Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа
/// енгізіледі" puts the act in force on publication + 11 days: the day after ten full calendar days.
/// A text may state two rules: "… тіркелген күннен бастап күшіне енеді және … қолданысқа енгізіледі";
/// the enactment (қолданысқа енгізу) dates the text and the coming into force (күшіне ену) is kept apart.
/// Exceptions name units of the act itself (articles, items, sub-items, abzacs) with their own rule.
public struct EntryIntoForce: Sendable, Hashable {
    /// An event of the act's life that a rule counts from (оқиға; событие).
    public enum Event: String, Sendable, Hashable, CaseIterable {
        /// Signing (қол қою; подписание): "қол қойылған күнінен бастап".
        case signing
        /// First official publication (алғашқы ресми жариялау; первое официальное опубликование).
        case publication
        /// State registration with the justice bodies (мемлекеттік тіркеу; государственная регистрация).
        case registration
    }

    /// How long after the event (мерзім; срок).
    public enum Delay: Sendable, Hashable {
        /// From the day of the event itself ("… күнінен бастап"): D.
        case sameDay
        /// After the day of the event ("… күнінен кейін"): D + 1.
        case nextDay
        /// N calendar days after it ("күнтізбелік он күн өткен соң"): D + N + 1.
        case days(Int)
        /// N months after it ("алты ай өткен соң"): the same day N months later, + 1.
        case months(Int)
    }

    /// A rule (ереже): when the text, or one of its units, takes effect.
    public enum Rule: Sendable, Hashable {
        /// Counted from an event of the act.
        case after(Event, Delay)
        /// A fixed date ("2026 жылғы 1 қаңтардан бастап").
        case fixed(CivilDate)
        /// A condition no date can express ("… Келісім күшіне енген күнінен бастап"), quoted from the text.
        case conditional(String)

        /// N calendar days after first publication.
        public static func daysAfterPublication(_ days: Int) -> Rule { .after(.publication, .days(days)) }
        /// From the day of first publication.
        public static let fromPublication = Rule.after(.publication, .sameDay)
        /// After the day of first publication.
        public static let dayAfterPublication = Rule.after(.publication, .nextDay)
        /// From the day of signing.
        public static let onSigning = Rule.after(.signing, .sameDay)
        /// From the day of state registration.
        public static let onRegistration = Rule.after(.registration, .sameDay)

        /// The event the rule counts from; nil for fixed and conditional rules.
        public var event: Event? {
            if case .after(let event, _) = self { return event }
            return nil
        }

        /// The date the rule gives once its event's date is known.
        /// - Returns: nil for a conditional rule or a rule whose event date is not given.
        /// - Throws: ``NusqaCore/CivilDate/OutOfRange`` when the period leaves the supported calendar (never traps).
        public func date(eventDate: CivilDate?) throws(CivilDate.OutOfRange) -> CivilDate? {
            switch self {
            case .fixed(let date): return date
            case .conditional: return nil
            case .after(_, let delay):
                guard let start = eventDate else { return nil }
                switch delay {
                case .sameDay: return start
                case .nextDay: return try start.advanced(byDays: 1)
                case .days(let days): return try start.advanced(byDays: days).advanced(byDays: 1)
                case .months(let months): return try start.advanced(byMonths: months).advanced(byDays: 1)
                }
            }
        }
    }

    /// A unit of the act itself named by an exception (ерекшелік бірлігі), optionally a range over its last
    /// step ("12 – 31-баптарын" → `art_12` through `art_31`).
    public struct Unit: Sendable, Hashable, CustomStringConvertible {
        /// The unit's path from the top of the act, e.g. `para_1__abz_94` or `art_6__para_1__subpara_7`.
        public var id: ClauseID
        /// The last unit of a range, on the same path; nil for a single unit.
        public var through: ClauseID?

        /// Creates a unit or a range.
        public init(_ id: ClauseID, through: ClauseID? = nil) {
            self.id = id
            self.through = through
        }

        /// Whether `other` is this unit, inside it, or inside one of the range.
        public func covers(_ other: ClauseID) -> Bool {
            guard let through, let last = id.last, let end = through.last?.number, let start = last.number,
                let parent = id.parent, other.isDescendant(ofOrEqualTo: parent), other.steps.count > parent.steps.count
            else { return other.isDescendant(ofOrEqualTo: id) }
            let step = other.steps[parent.steps.count]
            guard step.kind == last.kind, let number = step.number else { return false }
            return start <= number && number <= end
        }

        /// `art_7` or `art_12..art_31`.
        public var description: String { through.map { "\(id)..\($0)" } ?? id.description }
    }

    /// Units excepted from the general rule with their own rule ("… қолданысқа енгізілетін 45-бапты … қоспағанда").
    public struct Exception: Sendable, Hashable {
        /// The units, in the order written.
        public var units: [Unit]
        /// Their rule.
        public var rule: Rule
        /// The words of the exception as written.
        public var text: String

        /// Creates an exception.
        public init(units: [Unit], rule: Rule, text: String) {
            self.units = units
            self.rule = rule
            self.text = text
        }
    }

    /// The rule that dates the text: the enactment (қолданысқа енгізіледі), else the coming into force.
    public var rule: Rule
    /// "… күшіне енеді", when the text states it apart from "… қолданысқа енгізіледі"; nil otherwise.
    public var comesIntoForce: Rule?
    /// "… және ресми жариялануға тиіс / жатады": the act must be officially published.
    public var mustBePublished: Bool
    /// The exceptions, in the order written.
    public var exceptions: [Exception]
    /// "… туындаған құқықтық қатынастарға қолданылады": applies to relations arising from this date.
    public var appliesFrom: CivilDate?
    /// The sentence the rule was read from.
    public var sentence: String
    /// Where the sentence is.
    public var span: SourceSpan?

    /// Creates a rule.
    public init(
        rule: Rule, comesIntoForce: Rule? = nil, mustBePublished: Bool = false, exceptions: [Exception] = [],
        appliesFrom: CivilDate? = nil, sentence: String, span: SourceSpan? = nil
    ) {
        self.rule = rule
        self.comesIntoForce = comesIntoForce
        self.mustBePublished = mustBePublished
        self.exceptions = exceptions
        self.appliesFrom = appliesFrom
        self.sentence = sentence
        self.span = span
    }

    /// The date the general rule gives, from a publication date (other events unknown).
    /// - Parameter publication: the day of first official publication (D).
    /// - Returns: nil for a conditional rule, one counted from another event, or a date outside the calendar.
    public func generalDate(publication: CivilDate) -> CivilDate? {
        (try? rule.date(eventDate: rule.event == .publication || rule.event == nil ? publication : nil)) ?? nil
    }

    /// Whether the general date depends on the publication date.
    public var dependsOnPublication: Bool { rule.event == .publication }

    /// Reads the rule from a sentence; nil when the sentence does not state one. Diagnostics are dropped:
    /// use ``EntryIntoForceReader`` to keep them.
    /// - Complexity: O(n) in the length of the sentence.
    public static func parse(_ sentence: String, span: SourceSpan? = nil) -> EntryIntoForce? {
        EntryIntoForceReader.read(sentence, span: span).rule
    }
}

extension EntryIntoForce.Rule: CustomStringConvertible {
    /// "10 calendar days after publication", "from signing", "2026-01-01", "conditional: «…»".
    public var description: String {
        switch self {
        case .fixed(let date): return "from \(date)"
        case .conditional(let text): return "conditional: «\(text)»"
        case .after(let event, let delay):
            switch delay {
            case .sameDay: return "from the day of \(event.rawValue)"
            case .nextDay: return "from the day after \(event.rawValue)"
            case .days(let days): return "\(days) calendar days after \(event.rawValue)"
            case .months(let months): return "\(months) months after \(event.rawValue)"
            }
        }
    }
}
