import NusqaLanguage
import NusqaCore

/// A stretch of an edition the corpus lacks (корпуста жоқ бөлік; отсутствует в корпусе): the units
/// missing between, before or after the known ones, or the rest of a unit known only in part.
///
/// Every format shows the same gaps: JSON as objects with the missing range, text, Markdown and HTML
/// as markers that name it ("6–17-тармақтар корпуста жоқ / items 6–17 not in corpus").
public struct Gap: Sendable, Hashable {
    /// Which units are missing.
    public enum Extent: Sendable, Hashable {
        /// The units numbered `first` through `last` (one unit when equal).
        case units(ClauseKind, first: UnitNumber, last: UnitNumber)
        /// Units of unknown count before the first known one.
        case before(ClauseKind, UnitNumber)
        /// Units of unknown count after the last known one.
        case after(ClauseKind, UnitNumber)
        /// Units of unknown count between two known ones whose numbers leave no plain range.
        case between(ClauseKind, UnitNumber, UnitNumber)
        /// The rest of a unit whose first words are known (its later abzacs or sub-units).
        case rest
    }

    /// The unit the gap is inside.
    public var parent: ClauseID
    /// What is missing.
    public var extent: Extent

    /// Creates a gap.
    public init(parent: ClauseID, extent: Extent) {
        self.parent = parent
        self.extent = extent
    }

    /// The missing range in Kazakh: "6–17-тармақтар", "1) тармақша", "40-тармақтан кейінгі тармақтар",
    /// "20-тармақтың қалған мәтіні".
    public var kazakhRange: String {
        switch extent {
        case .units(let kind, let first, let last):
            let words = UnitWords(kind)
            if first == last { return words.numbered(first) }
            return words.numberedRange(first, last)
        case .before(let kind, let number):
            let words = UnitWords(kind)
            return "\(words.numbered(number, form: .dative)) дейінгі \(words.plural)"
        case .after(let kind, let number):
            let words = UnitWords(kind)
            return "\(words.numbered(number, form: .ablative)) кейінгі \(words.plural)"
        case .between(let kind, let a, let b):
            let words = UnitWords(kind)
            return "\(words.bare(a)) мен \(words.bare(b)) арасындағы \(words.plural)"
        case .rest:
            return parent.steps.isEmpty ? "бұйрықтың қалған мәтіні" : "\(parent.kazakhReferenceGenitive) қалған мәтіні"
        }
    }

    /// The missing range in English: "items 6–17", "the rest of item 20".
    public var englishRange: String {
        switch extent {
        case .units(let kind, let first, let last):
            let words = UnitWords(kind)
            return first == last ? "\(words.english) \(words.bare(first))" : "\(words.englishPlural) \(words.bare(first))–\(words.bare(last))"
        case .before(let kind, let number): return "\(UnitWords(kind).englishPlural) before \(UnitWords(kind).bare(number))"
        case .after(let kind, let number): return "\(UnitWords(kind).englishPlural) after \(UnitWords(kind).bare(number))"
        case .between(let kind, let a, let b):
            return "\(UnitWords(kind).englishPlural) between \(UnitWords(kind).bare(a)) and \(UnitWords(kind).bare(b))"
        case .rest:
            guard let last = parent.steps.last else { return "the rest of the order" }
            return "the rest of \(UnitWords(last.kind).english) \(last.number.map { UnitWords(last.kind).bare($0) } ?? "")"
        }
    }

    /// The marker text formats other than JSON show: "6–17-тармақтар корпуста жоқ / items 6–17 not in corpus".
    public var marker: String {
        "\(kazakhRange) корпуста жоқ / \(englishRange) not in corpus"
    }

    /// A stable name of the extent for JSON: `units`, `before`, `after`, `between`, `rest`.
    public var extentName: String {
        switch extent {
        case .units: "units"
        case .before: "before"
        case .after: "after"
        case .between: "between"
        case .rest: "rest"
        }
    }

    /// The kind of the missing units; nil for the rest of a unit.
    public var unitKind: ClauseKind? {
        switch extent {
        case .units(let kind, _, _), .before(let kind, _), .after(let kind, _), .between(let kind, _, _): kind
        case .rest: nil
        }
    }

    /// The first and last missing numbers where they are known, else the known neighbours.
    public var bounds: (from: UnitNumber?, to: UnitNumber?) {
        switch extent {
        case .units(_, let first, let last): (first, last)
        case .before(_, let number): (nil, number)
        case .after(_, let number): (number, nil)
        case .between(_, let a, let b): (a, b)
        case .rest: (nil, nil)
        }
    }
}
