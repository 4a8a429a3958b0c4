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
        let steps = id.steps
        guard steps.count > 1, let first = steps.first, first.kind == .annex, let number = first.number,
            let names = kinds[number].flatMap(Self.names)
        else { return id.kazakhReference }
        let rest = Array(steps.dropFirst())
        if rest.first?.kind == .annex {
            return names.dative + " " + ClauseID(rest).kazakhReference
        }
        // The possessive forms ("2-тармағы", "2-тармағының") are those the reference takes under a parent.
        let placeholder = ClauseID.Step(.annex, UnitNumber(99))
        let withParent = ClauseID([placeholder] + rest).kazakhReference
        let prefix = "99-қосымшаның "
        guard withParent.hasPrefix(prefix) else { return id.kazakhReference }
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

    /// The document names by kind: genitive and dative.
    static func names(_ kind: String) -> (genitive: String, dative: String)? {
        switch kind {
        case "rules": ("Қағидалардың", "Қағидаларға")
        case "list": ("Тізбенің", "Тізбеге")
        case "criteria": ("Өлшемшарттардың", "Өлшемшарттарға")
        default: nil
        }
    }
}

extension PatchOperation {
    /// The operation as adilet writes it in Kazakh: "жаңа редакцияда", "толықтырылды", "алып тасталды",
    /// "күші жойылды", "өзгеріс енгізілді".
    public var kazakhName: String { notePhrase }
}
