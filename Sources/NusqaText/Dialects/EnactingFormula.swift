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
        let folded = LatinIFold.fold(text)
        for formula in formulas where folded.containsBytes(of: formula.words) {
            return formula.type
        }
        // Older texts print it in lower case ("… Yкiметi қаулы етеді:"): then only with its colon.
        let lowered = folded.lowercasedByBytes()
        for formula in lowerCaseFormulas where lowered.containsBytes(of: formula.colon) || lowered.containsBytes(of: formula.spacedColon) {
            return formula.type
        }
        return nil
    }

    /// The formulas in lower case with their colon ("бұйырамын:", "бұйырамын :").
    private static let lowerCaseFormulas: [(colon: String, spacedColon: String, type: DocumentType)] = formulas.map {
        let words = $0.words.lowercased()
        return (words + ":", words + " :", $0.type)
    }

    /// Whether `text` holds an enacting formula.
    package static func contains(_ text: String) -> Bool { type(in: text) != nil }
}
