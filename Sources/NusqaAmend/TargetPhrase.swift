import Foundation
import NusqaCore
import NusqaLanguage

/// The units an instruction names (нысана): "18 және 19-тармақтар", "99-тармақтың 1) тармақшасы",
/// "20-тармақтың бірінші абзацы", "мынадай мазмұндағы 26-1-тармақпен", "2-қосымша", "кіріспе".
///
/// Read left to right: every unit reference with its kind, numbers and whether it is in the
/// instrumental case (-пен/-мен: the unit being added).
struct TargetPhrase {
    /// One reference to units of one kind.
    struct Reference: Equatable {
        var kind: ClauseKind
        var numbers: [UnitNumber]
        /// "-пен/-мен": the new unit of an insertion.
        var isInstrumental: Bool
        /// "-та/-те/-да/-де": a container that opens a nested list ("34-тармақта:").
        var isLocative: Bool
    }

    var references: [Reference] = []
    /// Units addressed by ordinal that the reader cannot address ("екінші сөйлемі", "үшінші бағаны").
    var unsupportedUnits: [String] = []

    /// Units an ordinal can name that have no clause kind: sentences, table columns, sections.
    private static let unsupportedOrdinalUnits = ["сөйлем", "баған", "бөлім"]
    var isPreamble = false
    var isWholeAct = false

    /// Unit words and the kind they name. Longer stems first.
    private static let unitWords: [(stem: String, kind: ClauseKind)] = [
        ("тармақша", .subItem), ("тармақ", .item), ("тармағ", .item), ("қосымша", .annex), ("тарау", .chapter),
        ("кесте", .table), ("жол", .row), ("абзац", .abzac), ("бөлік", .abzac), ("бөліг", .abzac),
    ]

    /// Reads `text` (the part of an instruction before its verb phrase).
    init(_ text: String) {
        let lowered = text.lowercased()
        isPreamble = lowered.containsBytes(of: "кіріспе") || lowered.containsBytes(of: "преамбула")
        let words = Self.words(text)
        var pendingNumbers: [UnitNumber] = []
        var i = 0
        while i < words.count {
            let word = words[i]
            // "1)" before "тармақша…"
            if word.hasSuffix(")"), let n = UnitNumber(word.dropLast()) {
                pendingNumbers.append(n)
                i += 1
                continue
            }
            // "26-1-тармақпен", "2-қосымша", "18" … "19-тармақтар", "26-1-" + "тармақпен"
            if let (number, rest) = Self.splitNumber(word) {
                if rest.isEmpty {
                    pendingNumbers.append(number)
                    i += 1
                    continue
                }
                if let reference = Self.reference(for: rest, numbers: pendingNumbers + [number]) {
                    references.append(reference)
                    pendingNumbers = []
                    i += 1
                    continue
                }
            }
            if word == "және" || word == "," || word == "мен" { i += 1; continue }
            if let reference = Self.reference(for: Substring(word.lowercased()), numbers: pendingNumbers), !pendingNumbers.isEmpty {
                references.append(reference)
                pendingNumbers = []
                i += 1
                continue
            }
            if Self.reference(for: Substring(word.lowercased()), numbers: [UnitNumber(1)])?.kind == .annex, pendingNumbers.isEmpty {
                // A sole, unnumbered annex: "Қағидаларға қосымша".
                references.append(Reference(kind: .annex, numbers: [], isInstrumental: false, isLocative: false))
            }
            pendingNumbers = []
            i += 1
        }
        // Ordinals: "бірінші абзацы", "тоғызыншы бөлігі", "тоқсан төртінші және тоқсан бесінші абзацтарын".
        let ordinals = KazakhOrdinal.matches(in: text)
        if !ordinals.isEmpty {
            var values: [UnitNumber] = []
            for (offset, match) in ordinals.enumerated() {
                values.append(UnitNumber(match.value))
                let tailEnd = offset + 1 < ordinals.count ? ordinals[offset + 1].range.lowerBound : text.endIndex
                let tail = text[match.range.upperBound..<tailEnd].lowercased()
                // The unit word right after the ordinal ("абзацы", "бөлігі", "абзацпен"), not a later word.
                let unit = tail.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," }).first.map { String($0) } ?? ""
                let word = unit.trimmingCharacters(in: CharacterSet(charactersIn: ":;.,"))
                if word.hasPrefix("абзац") || word.hasPrefix("бөлік") || word.hasPrefix("бөліг") {
                    let instrumental = word.hasSuffix("пен") || word.hasSuffix("мен") || word.hasSuffix("бен")
                    let locative = !instrumental && (word.hasSuffix("та") || word.hasSuffix("те") || word.hasSuffix("да") || word.hasSuffix("де"))
                    references.append(Reference(kind: .abzac, numbers: values, isInstrumental: instrumental, isLocative: locative))
                    values = []
                } else if Self.unsupportedOrdinalUnits.contains(where: { word.hasPrefix($0) }) {
                    unsupportedUnits.append("\(text[match.range]) \(word)")
                    values = []
                }
            }
        }
        // Order the references as they nest: annex › item › sub-item › abzac.
        references.sort { $0.kind.nestingRank < $1.kind.nestingRank }
    }

    /// Splits "26-1-тармақпен" into (26-1, "тармақпен"); "18" into (18, "").
    static func splitNumber(_ word: String) -> (UnitNumber, Substring)? {
        var end = word.startIndex
        var lastDigitEnd = word.startIndex
        while end < word.endIndex, let a = word[end].asciiValue, (a >= 0x30 && a <= 0x39) || a == 0x2D {
            end = word.index(after: end)
            if let b = word[word.index(before: end)].asciiValue, b != 0x2D { lastDigitEnd = end }
        }
        guard lastDigitEnd > word.startIndex, let number = UnitNumber(word[word.startIndex..<lastDigitEnd]) else { return nil }
        return (number, word[end...])
    }

    private static func reference(for rest: Substring, numbers: [UnitNumber]) -> Reference? {
        let lowered = rest.lowercased()
        for (stem, kind) in unitWords where lowered.hasPrefix(stem) {
            let ending = lowered.dropFirst(stem.count)
            let instrumental = ending.hasSuffix("пен") || ending.hasSuffix("мен") || ending.hasSuffix("бен")
            let locative = !instrumental && (ending.hasSuffix("та") || ending.hasSuffix("те") || ending.hasSuffix("да") || ending.hasSuffix("де"))
            return Reference(kind: kind, numbers: numbers, isInstrumental: instrumental, isLocative: locative)
        }
        return nil
    }

    /// Words split on spaces, with commas split off and "26-1-" "тармақпен" glued back together.
    private static func words(_ text: String) -> [String] {
        var out: [String] = []
        for raw in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            var word = String(raw)
            var trailingComma = false
            if word.hasSuffix(",") || word.hasSuffix(":") || word.hasSuffix(";") {
                trailingComma = word.hasSuffix(",")
                word.removeLast()
            }
            if let last = out.last, last.hasSuffix("-"), last.first?.isASCII == true {
                out[out.count - 1] = last + word
            } else if !word.isEmpty {
                out.append(word)
            }
            if trailingComma { out.append(",") }
        }
        return out
    }
}
