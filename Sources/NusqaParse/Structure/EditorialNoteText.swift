import NusqaCore
import NusqaText

/// Recognises the publisher's notes of consolidated texts (жариялаушының ескертуі): adilet/zan lines
/// "Ескерту. 2-тармақ жаңа редакцияда – …", "Сноска. Пункт 2 в редакции …", and the words that stand
/// in place of a repealed unit ("5) Күші жойылды - ҚР Үкіметінің 29.12.2014 № 1392 қаулысымен.").
///
/// Matching folds Latin "i" ("Ескерту" has none, but "Күшi жойылды" may). Notes are not legal text:
/// the structure keeps them as ``ClauseKind/editorialNote`` nodes.
enum EditorialNoteText {
    /// Whether `text` is a publisher's note line.
    static func isNote(_ text: String) -> Bool {
        // Every note opens (after spaces, "(" and "*") with Е, С, З or Р: a byte check rules out the rest.
        var bytes = text.utf8.drop { $0 == 0x20 || $0 == 0x28 || $0 == 0x2A }.makeIterator()
        guard bytes.next() == 0xD0, let second = bytes.next(), second == 0x95 || second == 0xA1 || second == 0x97 || second == 0xA0
        else { return false }
        let head = LatinIFold.fold(String(text.prefix(24)))
        let trimmed = head.drop { $0 == " " || $0 == "(" || $0 == "*" }
        return trimmed.hasPrefix("Ескерту.") || trimmed.hasPrefix("Ескерту:") || trimmed.hasPrefix("Ескерту ")
            && !trimmed.hasPrefix("Ескерту ретінде") || trimmed.hasPrefix("Сноска.") || trimmed.hasPrefix("ЗҚАИ-ның ескертпесі")
            || trimmed.hasPrefix("РҚАО-ның ескертпесі")
    }

    /// Whether the whole text of a unit is a publisher's replacement for it: "Күші жойылды - ҚР …
    /// қаулысымен.", "(Алып тасталды – … бұйрығымен)", "Исключен постановлением …". Returns the status
    /// the unit has (repealed or deleted), or nil for legal text.
    static func replacedUnitStatus(_ text: String) -> ClauseStatus? {
        guard text.utf8.count < 600, opensLikeReplacement(text) else { return nil }
        let folded = LatinIFold.fold(text).lowercasedByBytes()
        let trimmed = folded.drop { $0 == " " || $0 == "(" }
        let opensAsReplacement = ["күші жойылды", "куші жойылды", "утратил", "алып тасталды", "алынып тасталды", "исключен"]
            .contains { trimmed.hasPrefix($0) }
        guard opensAsReplacement else { return nil }
        let attributed = ["қаулысымен", "бұйрығымен", "заңымен", "шешімімен", "жарлығымен", "постановлением", "приказом", "законом", "решением"]
            .contains { folded.containsBytes(of: $0) }
        guard attributed else { return nil }
        if trimmed.hasPrefix("күші жойылды") || trimmed.hasPrefix("куші жойылды") || trimmed.hasPrefix("утратил") {
            return .repealed
        }
        if trimmed.hasPrefix("алып тасталды") || trimmed.hasPrefix("алынып тасталды") || trimmed.hasPrefix("исключен") {
            return .deleted
        }
        return nil
    }

    /// A byte pre-check for ``replacedUnitStatus(_:)``: after spaces and "(", the text opens with К, У, А or
    /// И in either case, the only letters whose lower case opens one of its words. Most units do not.
    static func opensLikeReplacement(_ text: String) -> Bool {
        var bytes = text.utf8.drop { $0 == 0x20 || $0 == 0x28 }.makeIterator()
        switch (bytes.next(), bytes.next()) {
        case (0xD0, 0xBA), (0xD0, 0x9A), (0xD1, 0x83), (0xD0, 0xA3), (0xD0, 0xB0), (0xD0, 0x90), (0xD0, 0xB8), (0xD0, 0x98): return true
        default: return false
        }
    }
}
