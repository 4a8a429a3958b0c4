import NusqaCore

/// The words that close the preamble and enact a document (қабылдау формуласы): "БҰЙЫРАМЫН:",
/// "ҚАУЛЫ ЕТЕДІ:", "ШЕШІМ ҚАБЫЛДАДЫ:", and their Russian forms ("ПРИКАЗЫВАЮ:", "ПОСТАНОВЛЯЕТ:", "РЕШИЛ:").
///
/// Matching folds the Latin look-alike "i"/"I" that older texts carry ("ЕТЕДI") and ignores a space
/// before the colon ("ҚАУЛЫ ЕТЕДI :"); the text itself is never changed here.
package enum EnactingFormula {
    /// The formulas and the document type each one enacts.
    package static let formulas: [(words: String, type: DocumentType)] = [
        ("БҰЙЫРАМЫН", .order), ("ҚАУЛЫ ЕТЕДІ", .resolution), ("ҚАУЛЫ ЕТЕМІЗ", .resolution),
        ("ШЕШІМ ҚАБЫЛДАДЫ", .decision), ("ШЕШІМ ЕТТІ", .decision), ("ШЕШТІ", .decision),
        ("ПРИКАЗЫВАЮ", .order), ("ПОСТАНОВЛЯЕТ", .resolution), ("ПОСТАНОВЛЯЮ", .resolution), ("РЕШИЛ", .decision),
    ]

    /// The document type whose enacting formula `text` holds, or nil.
    /// - Complexity: O(n) in the length of `text`.
    package static func type(in text: String) -> DocumentType? {
        guard text.utf8.count < 4000 else { return nil }
        let folded = KazakhFold.fold(text)
        for formula in formulas where folded.containsBytes(of: formula.words) {
            return formula.type
        }
        // Older texts print it in lower case ("… Yкiметi қаулы етеді:"): then only with its colon.
        let lowered = folded.lowercased()
        for formula in formulas {
            let words = formula.words.lowercased()
            if lowered.containsBytes(of: words + ":") || lowered.containsBytes(of: words + " :") { return formula.type }
        }
        return nil
    }

    /// Whether `text` holds an enacting formula.
    package static func contains(_ text: String) -> Bool { type(in: text) != nil }
}

/// Folds the Latin look-alikes older Kazakh texts carry, for matching only (салыстыру үшін):
/// Latin "i"/"I" inside words to Kazakh "і"/"І". The folded text is never shown.
package enum KazakhFold {
    /// `text` with Latin i/I replaced by Kazakh і/І; returned unchanged when it holds no Latin i.
    package static func fold(_ text: String) -> String {
        guard text.utf8.contains(0x69) || text.utf8.contains(0x49) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "i": out.unicodeScalars.append("і")
            case "I": out.unicodeScalars.append("І")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
