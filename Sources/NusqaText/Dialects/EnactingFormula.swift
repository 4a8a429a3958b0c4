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
        // Folding changes only Latin i/I, so a formula is in the folded text only if the text holds its
        // words up to the first "І" as they are: most texts hold none, and are not folded at all.
        if foldFreeStarts.contains(where: { text.containsBytes(of: $0) }) {
            let folded = LatinIFold.fold(text)
            for formula in formulas where folded.containsBytes(of: formula.words) {
                return formula.type
            }
        }
        // Older texts print it in lower case ("… Yкiметi қаулы етеді:"): then only with its colon. Folding
        // maps scalar to scalar, so the windows of the text, folded, are the windows of the folded text.
        let windows = loweredBeforeColons(text, folding: true)
        guard !windows.isEmpty else { return nil }
        for formula in lowerCaseFormulas
        where windows.contains(where: { $0.containsBytes(of: formula.colon) || $0.containsBytes(of: formula.spacedColon) }) {
            return formula.type
        }
        return nil
    }

    /// The lower-cased text just before each colon, the colon included: the 20 scalars before it, more than
    /// the longest formula with its space. Lower-casing maps each scalar on its own, so a formula with its
    /// colon is in the lower-cased text exactly when it is in one of these windows.
    /// - Complexity: O(n) in the length of `text`.
    static func loweredBeforeColons(_ text: String, folding: Bool = false) -> [String] {
        let utf8 = text.utf8
        return text.byteOffsets(of: 0x3A).map { colon in
            var start = utf8.index(utf8.startIndex, offsetBy: colon)
            var scalars = 0
            while start > utf8.startIndex, scalars < 20 {
                start = utf8.index(before: start)
                if utf8[start] & 0xC0 != 0x80 { scalars += 1 }
            }
            let window = String(text[start...utf8.index(utf8.startIndex, offsetBy: colon)])
            return (folding ? LatinIFold.fold(window) : window).lowercasedByBytes()
        }
    }

    /// Each formula's words up to its first "І" ("ҚАУЛЫ ЕТЕД", "ШЕШ"): what folding leaves as it is.
    private static let foldFreeStarts: [String] = formulas.map { String($0.words.prefix { $0 != "І" }) }

    /// The formulas in lower case with their colon ("бұйырамын:", "бұйырамын :").
    private static let lowerCaseFormulas: [(colon: String, spacedColon: String, type: DocumentType)] = formulas.map {
        let words = $0.words.lowercased()
        return (words + ":", words + " :", $0.type)
    }

    /// Whether `text` holds an enacting formula.
    package static func contains(_ text: String) -> Bool { type(in: text) != nil }
}
