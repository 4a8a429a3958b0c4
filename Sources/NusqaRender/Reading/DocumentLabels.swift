import NusqaLanguage
import NusqaCore

/// Labels that name the approved document a unit belongs to (бекітілген құжат): "Қағидалардың
/// 2-тармағы", "Қағидаларға 2-қосымшаның 1504-8 жолы", rather than "2-тармақ", which reads as the
/// order's own item.
public struct DocumentLabels: Sendable {
    /// The approved documents by annex number: kind (`rules`, `list`, `criteria`).
    private let kinds: [UnitNumber: String]

    /// Creates labels from the order's approved documents (its sidecar `documents`).
    public init(documents: [ActMetadata.Document]) {
        var kinds: [UnitNumber: String] = [:]
        for document in documents {
            if let number = UnitNumber(document.annex), let kind = document.kind { kinds[number] = kind }
        }
        self.kinds = kinds
    }

    /// The unit's reference naming its document: "Қағидалардың 2-тармағы", "Қағидаларға 2-қосымшаның
    /// 1504-8 жолы"; the plain reference when the unit is not inside a named approved document.
    public func reference(_ id: ClauseID) -> String {
        named(id, { $0.kazakhReference }) ?? id.kazakhReference
    }

    /// The unit's reference in the dative, naming its document: "Қағидалардың 2-тармағына".
    public func dative(_ id: ClauseID) -> String {
        named(id, { $0.kazakhDative }) ?? id.kazakhDative
    }

    /// What a change did to a unit, naming the document and worded as adilet notes word it: the parent
    /// "толықтырылды" with the inserted unit in the instrumental ("Қағидалар 26-1-тармақпен
    /// толықтырылды", "Қағидалардың 21-тармағы 4) тармақшамен толықтырылды"), word changes in the dative
    /// ("Қағидалардың 3-тармағына өзгеріс енгізілді"), the rest after the unit ("… жаңа редакцияда").
    public func change(_ target: ClauseID, _ operation: PatchOperation) -> String {
        switch operation {
        case .insert, .insertRows, .insertFromAnnex:
            guard let last = target.steps.last else { return "бұйрық \(operation.notePhrase)" }
            let parent = ClauseID(Array(target.steps.dropLast()))
            let word = ClauseID([last]).kazakhInstrumental
            if parent.steps.count == 1, parent.steps[0].kind == .annex, let number = parent.steps[0].number, let names = kinds[number].flatMap(Self.names) {
                return names.nominative + " " + word + " " + operation.notePhrase
            }
            if let whole = named(parent, { $0.kazakhReference }) { return whole + " " + word + " " + operation.notePhrase }
            // Outside a named document, as the note under the unit reads: "3-1-тармақпен толықтырылды".
            return target.kazakhInstrumental + " " + operation.notePhrase
        case .replaceWords, .insertWords, .deleteWords:
            return dative(target) + " " + operation.notePhrase
        default:
            return reference(target) + " " + operation.notePhrase
        }
    }

    /// `id` cited by `cite` with its approved document named first; nil outside a named document.
    private func named(_ id: ClauseID, _ cite: (ClauseID) -> String) -> String? {
        let steps = id.steps
        guard steps.count > 1, let first = steps.first, first.kind == .annex, let number = first.number,
            let names = kinds[number].flatMap(Self.names)
        else { return nil }
        let rest = Array(steps.dropFirst())
        if rest.first?.kind == .annex {
            return names.dative + " " + cite(ClauseID(rest))
        }
        // The possessive forms ("2-тармағы", "2-тармағының") are those the reference takes under a parent.
        let placeholder = ClauseID.Step(.annex, UnitNumber(99))
        let withParent = cite(ClauseID([placeholder] + rest))
        let prefix = "99-қосымшаның "
        guard withParent.hasPrefix(prefix) else { return nil }
        var words = withParent.dropFirst(prefix.count).split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if words.count > 1, let first = words.first { words[0] = Self.possessiveGenitive(first) }
        return names.genitive + " " + words.joined(separator: " ")
    }

    /// "2-тармақтың" → "2-тармағының": the genitive a unit takes under its document.
    static func possessiveGenitive(_ word: String) -> String {
        let endings: [(String, String)] = [
            ("тармақтың", "тармағының"), ("қосымшаның", "қосымшасының"), ("тараудың", "тарауының"), ("кестенің", "кестесінің"),
            ("бөлімнің", "бөлімінің"), ("параграфтың", "параграфының"),
        ]
        for (plain, possessive) in endings where word.hasSuffix(plain) {
            return String(word.dropLast(plain.count)) + possessive
        }
        return word
    }

    /// The document names by kind: nominative, genitive and dative.
    static func names(_ kind: String) -> (nominative: String, genitive: String, dative: String)? {
        switch kind {
        case "rules": ("Қағидалар", "Қағидалардың", "Қағидаларға")
        case "list": ("Тізбе", "Тізбенің", "Тізбеге")
        case "criteria": ("Өлшемшарттар", "Өлшемшарттардың", "Өлшемшарттарға")
        default: nil
        }
    }
}
