import NusqaCore

/// The verb phrases of Russian amending instructions (глаголы поправок; нұсқау етістіктері) and the
/// operation each orders: "изложить в следующей редакции", "дополнить … следующего содержания",
/// "исключить", "слова «…» заменить словами «…»", "признать утратившим силу", "приостановить действие".
///
/// Rows are checked in order; the first whose every `all` group has a phrase in the sentence (and no
/// `none` phrase) wins. Word-level rows need a word noun before a quote ("слова «", "цифры \"").
package enum RussianInstructionVerbs {
    /// One row of the verb table.
    package struct Row: Sendable {
        package var all: [[String]]
        package var none: [String] = []
        package var words = false
        package var operation: PatchOperation
    }

    /// A recognised verb phrase.
    package struct Match: Sendable {
        package var operation: PatchOperation
        /// The verb words, left out when the sentence is read for its units.
        package var verbs: [String]
    }

    /// The infinitives (and "признать … утратившим силу") that order a change.
    package static let verbs = [
        "изложить", "дополнить", "исключить", "заменить", "признать", "считать", "приостановить", "внести",
    ]
    /// Stems of the nouns a quoted word change is named by: слова, цифры, числа, знаки, буквы, аббревиатура.
    package static let wordNouns = ["слов", "цифр", "числ", "знак", "букв", "аббревиатур", "символ", "текст"]
    /// "согласно приложению 1 к настоящему приказу": the new wording is the amending act's own annex.
    package static let annexMarkers = ["согласно приложени", "в соответствии с приложени"]
    /// Repeal: "утратившим силу", "утратившими силу", "утратившей силу", "утратившим(и) силу".
    package static let repealMarks = ["утратившим силу", "утратившими силу", "утратившей силу", "утратившим(и) силу", "утратившими(-им) силу"]

    /// The verb table.
    package static let rows: [Row] = [
        Row(all: [["не изменяется", "не меняется", "изменений не"], ["казахском языке", "государственном языке", "русском языке"]], operation: .noOp),
        Row(all: [["приостановить", "приостанавливается", "приостанавливаются"]], operation: .suspend),
        Row(all: [["признать", "считать", "признаются", "признается"], repealMarks], operation: .repeal),
        Row(all: [["изложить"], annexMarkers], operation: .replaceFromAnnex),
        Row(all: [["дополнить"], annexMarkers], operation: .insertFromAnnex),
        Row(all: [["заменить"]], words: true, operation: .replaceWords),
        Row(all: [["дополнить"]], words: true, operation: .insertWords),
        Row(all: [["исключить"]], words: true, operation: .deleteWords),
        Row(all: [["изложить"]], operation: .replace),
        Row(all: [["дополнить"]], operation: .insert),
        Row(all: [["исключить"]], operation: .delete),
    ]

    /// Words that make a sentence look like an instruction even when no row matches.
    package static let instructionLike = ["изложить", "дополнить", "исключить", "заменить", "утратившим", "утратившими", "приостановить", "редакции"]

    /// The operation a Russian sentence orders; nil when it orders none. Quoted text is not read.
    package static func find(in text: String) -> Match? {
        let outside = RussianText.folded(unquoted(text))
        // Whether a quote follows a word noun: asked only of a row that needs it and matches otherwise
        // (it tokenizes the whole text, and most texts match no row).
        var words: Bool?
        for row in rows {
            guard row.all.allSatisfy({ group in group.contains { outside.containsBytes(of: $0) } }),
                !row.none.contains(where: { outside.containsBytes(of: $0) })
            else { continue }
            if row.words {
                if words == nil { words = hasWordQuote(text) }
                guard words == true else { continue }
            }
            return Match(operation: row.operation, verbs: row.all.flatMap { $0 })
        }
        return nil
    }

    /// Whether a quote follows a word noun ("слова «", "цифры \"", "словами «", "после слов «").
    package static func hasWordQuote(_ text: String) -> Bool {
        let lowered = RussianText.folded(text)
        let tokens = KazakhToken.tokenize(lowered)
        for (index, token) in tokens.enumerated() where token.isWord && index + 1 < tokens.count {
            guard wordNouns.contains(where: { token.text.hasPrefix($0) }), token.text.count <= 12 else { continue }
            if ["«", "\"", "“", "„"].contains(tokens[index + 1].text) { return true }
        }
        return false
    }

    /// `text` with quoted passages left out («…», "…").
    package static func unquoted(_ text: String) -> String {
        var out = ""
        var depth = 0
        var straight = false
        for character in text {
            switch character {
            case "«", "“", "„":
                if depth == 0 && !straight { out += " " }
                depth += 1
            case "»", "”":
                depth = max(0, depth - 1)
            case "\"":
                if depth == 0 { straight.toggle() }
            default:
                if depth == 0 && !straight { out.append(character) }
            }
        }
        return out
    }
}
