import Foundation
import NusqaCore
import NusqaLanguage

/// The entry-into-force rule of an act (қолданысқа енгізу тәртібі), read from its final item.
///
/// "Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа
/// енгізіледі" puts the act in force on publication + 11 days: the day after ten full calendar days.
/// Exceptions name abzacs of an item with their own dates.
public struct EntryIntoForce: Sendable, Hashable {
    /// The general rule.
    public enum Rule: Sendable, Hashable {
        /// N calendar days after the day of first official publication: in force from D + N + 1.
        case daysAfterPublication(Int)
        /// From the day of first official publication ("… күнінен бастап"): D.
        case fromPublication
        /// After the day of publication ("… күнінен кейін"): D + 1.
        case dayAfterPublication
        /// A fixed date ("2026 жылғы 1 қаңтардан бастап").
        case fixed(CivilDate)
    }

    /// Abzacs of an item of the amending order that take effect on their own date.
    public struct Exception: Sendable, Hashable {
        /// The item of the amending order ("1-тармақтың").
        public var item: UnitNumber
        /// The abzac ordinals ("тоқсан төртінші және тоқсан бесінші абзацтарын" → 94, 95).
        public var abzacs: [Int]
        /// The date they take effect.
        public var date: CivilDate
    }

    /// The general rule.
    public var rule: Rule
    /// The exceptions, in the order written.
    public var exceptions: [Exception]
    /// "… туындаған құқықтық қатынастарға қолданылады": applies to relations arising from this date.
    public var appliesFrom: CivilDate?
    /// The sentence the rule was read from.
    public var sentence: String
    /// Where the sentence is.
    public var span: SourceSpan?

    /// The date the general rule gives, from a publication date.
    /// - Parameter publication: the day of first official publication (D).
    public func generalDate(publication: CivilDate) -> CivilDate {
        switch rule {
        case .daysAfterPublication(let days): publication.adding(days: days + 1)
        case .fromPublication: publication
        case .dayAfterPublication: publication.adding(days: 1)
        case .fixed(let date): date
        }
    }

    /// Whether the general date depends on the publication date.
    public var dependsOnPublication: Bool {
        if case .fixed = rule { return false }
        return true
    }

    /// Reads the rule from a sentence; nil when the sentence does not state one.
    /// - Complexity: O(n) in the length of the sentence.
    public static func parse(_ sentence: String, span: SourceSpan? = nil) -> EntryIntoForce? {
        let text = sentence.replacingOccurrences(of: "\n", with: " ")
        let lowered = text.lowercased()
        guard lowered.contains("қолданысқа енгізіледі") || lowered.contains("қолданысқа енгізілді") else { return nil }
        var exceptions: [Exception] = []
        var generalPart = Substring(text)
        if let except = text.range(of: "қоспағанда") {
            let exceptionText = String(text[..<except.lowerBound])
            generalPart = text[except.upperBound...]
            let dates = KazakhDate.matches(in: exceptionText)
            for (offset, match) in dates.enumerated() {
                let end = offset + 1 < dates.count ? dates[offset + 1].range.lowerBound : exceptionText.endIndex
                let segment = String(exceptionText[match.range.upperBound..<end])
                guard let itemNumber = segment.split(separator: " ").lazy.compactMap({ word -> UnitNumber? in
                    guard word.contains("-тармақ") else { return nil }
                    return UnitNumber(word.prefix(while: { $0 != "т" }).dropLast())
                }).first else { continue }
                let abzacs = KazakhOrdinal.matches(in: segment).map(\.value)
                guard !abzacs.isEmpty else { continue }
                exceptions.append(Exception(item: itemNumber, abzacs: abzacs, date: match.date))
            }
        }
        let general = generalPart.lowercased()
        var rule: Rule
        if general.contains("жарияланған күнінен бастап") || general.contains("жарияланған күнiнен бастап") {
            rule = .fromPublication
        } else if general.contains("өткен соң") || general.contains("күн өткеннен"), let days = Self.dayCount(String(generalPart)) {
            rule = .daysAfterPublication(days)
        } else if general.contains("жарияланған күнінен кейін") || general.contains("жарияланғаннан кейін") {
            rule = .dayAfterPublication
        } else if let fixed = KazakhDate.matches(in: String(generalPart)).first(where: \.isFrom) {
            rule = .fixed(fixed.date)
        } else {
            return nil
        }
        var appliesFrom: CivilDate?
        if lowered.contains("құқықтық қатынастарға") {
            let all = KazakhDate.matches(in: text)
            appliesFrom = all.last(where: \.isFrom)?.date
            if case .fixed(let d) = rule, d == appliesFrom, all.filter(\.isFrom).count < 2 { rule = .fromPublication }
        }
        return EntryIntoForce(rule: rule, exceptions: exceptions, appliesFrom: appliesFrom, sentence: text, span: span)
    }

    /// "күнтізбелік он күн" → 10, "күнтізбелік алпыс күн" → 60, "21 күнтізбелік күн" → 21.
    private static func dayCount(_ text: String) -> Int? {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," })
        guard let dayIndex = words.firstIndex(where: { $0 == "күн" }) else { return nil }
        var best: Int?
        // Up to three words before "күн" (skipping "күнтізбелік"), longest cardinal first.
        let before = words[max(0, dayIndex - 4)..<dayIndex].filter { $0 != "күнтізбелік" }
        for start in before.indices {
            let phrase = before[start...].joined(separator: " ")
            if let value = KazakhOrdinal.cardinalValue(of: phrase) ?? Int(phrase) { best = value; break }
        }
        return best
    }
}
