import Foundation
import NusqaCore
import NusqaText

/// Reads a publisher's note into structured history (ескертуді оқу): "Ескерту. 2-тармақ жаңа редакцияда
/// – ҚР Үкіметінің 23.05.2019 № 312 қаулысымен (…).", "Ескерту. 1-бапқа өзгерістер енгізілді - ҚР
/// 02.04.2019 № 241-VІ (…); 03.07.2019 № 262-VІ (…) Заңдарымен.", "Күші жойылды - ҚР Үкіметінің
/// 2008.06.12. N 578 Қаулысымен.", "Сноска. Пункт 2 в редакции постановления … от 23.05.2019 № 312."
///
/// Never fails: words it does not know give the action `unknown`; a note naming no act gives no acts.
public enum EditorialHistoryReader {
    /// The history a note records.
    /// - Parameters:
    ///   - text: the note's text.
    ///   - parent: the id of the unit the note stands under (the note's own id without its last step);
    ///     units the note names are resolved against it ("2-тармақ" under `att_1__para_2` is `att_1__para_2`).
    /// - Complexity: O(n) in the length of the note.
    public static func read(_ text: String, under parent: ClauseID = .root) -> [EditorialHistoryEntry] {
        var body = LatinIFold.fold(text).trimmingCharacters(in: .whitespaces)
        for prefix in ["Ескерту.", "Ескерту:", "Ескерту", "Сноска.", "("] where body.hasPrefix(prefix) {
            body = String(body.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        if body.hasPrefix("*") { body = String(body.drop { $0 == "*" || $0 == " " }) }
        let (phrase, attribution) = split(body)
        let action = self.action(in: phrase.lowercased())
        let units = self.units(in: phrase, under: parent)
        let acts = attribution.map(self.acts(in:)) ?? russianActs(in: body)
        if units.isEmpty {
            // "Күші жойылды – …" under a unit, or standing for its text: the unit itself.
            return [EditorialHistoryEntry(unit: parent.steps.isEmpty ? nil : parent, unitText: "", action: action, acts: acts)]
        }
        return units.map { EditorialHistoryEntry(unit: $0.id, unitText: $0.text, action: action, acts: acts) }
    }

    /// The words before the dash (unit and action) and after it (the acts).
    static func split(_ body: String) -> (String, String?) {
        let found = [" – ", " - ", " — ", " -", "– "].compactMap { body.range(of: $0) }
        guard let range = found.min(by: { $0.lowerBound < $1.lowerBound }) else { return (body, nil) }
        return (String(body[..<range.lowerBound]), String(body[range.upperBound...]))
    }

    /// The action the words name.
    static func action(in lowered: String) -> EditorialHistoryEntry.Action {
        if lowered.contains("жаңа редакцияда") || lowered.contains("в редакции") { return .restated }
        if lowered.contains("күші жойылды") || lowered.contains("куші жойылды") || lowered.contains("утратил") { return .repealed }
        if lowered.contains("алып тасталды") || lowered.contains("алынып тасталды") || lowered.contains("шығарылды")
            || lowered.contains("исключен")
        {
            return .deleted
        }
        if lowered.contains("тоқтатыла тұр") || lowered.contains("тоқтатылды") || lowered.contains("приостановлен") { return .suspended }
        if lowered.contains("өзгеріс") || lowered.contains("толықтырулар енгізілді") || lowered.contains("толықтыру енгізілді")
            || lowered.contains("изменени")
        {
            return .amended
        }
        if lowered.contains("толықтырылды") || lowered.contains("дополнен") { return .inserted }
        if lowered.contains("қолданысқа енгізіледі") || lowered.contains("вводится в действие") { return .entryIntoForce }
        return .unknown
    }

    /// The unit words of notes and the kinds they name.
    static let unitWords: [(stem: String, kind: ClauseKind)] = [
        ("тармақша", .subItem), ("тармақ", .item), ("бап", .article), ("баб", .article), ("бөлік", .item), ("бөліг", .item),
        ("қосымша", .annex), ("тарау", .chapter), ("параграф", .subsection), ("бөлім", .section),
    ]

    /// The units a note's phrase names, resolved under `parent`: a chain ("21-тармақ 4) тармақшамен")
    /// is one path; numbers listed before one word ("1, 2-тармақтарға") are several units.
    static func units(in phrase: String, under parent: ClauseID) -> [(id: ClauseID, text: String)] {
        let words = phrase.split(separator: " ").map(String.init)
        var chain: [ClauseID.Step] = []
        var listed: [UnitNumber] = []
        var pending: [UnitNumber] = []
        var printed: [String] = []
        for (index, word) in words.enumerated() {
            let trimmed = word.trimmingCharacters(in: CharacterSet(charactersIn: ",;"))
            // "4)" then "тармақшамен": a sub-item.
            if trimmed.hasSuffix(")"), let number = UnitNumber(trimmed.dropLast()) {
                if index + 1 < words.count, words[index + 1].lowercased().hasPrefix("тармақша") {
                    chain.append(ClauseID.Step(.subItem, number))
                    printed.append(trimmed + " " + words[index + 1])
                }
                continue
            }
            if let number = UnitNumber(trimmed), word.hasSuffix(",") {
                pending.append(number)
                continue
            }
            guard let hyphen = trimmed.lastIndex(of: "-"), let number = UnitNumber(trimmed[..<hyphen]) else {
                pending = []
                continue
            }
            let rest = trimmed[trimmed.index(after: hyphen)...].lowercased()
            guard let kind = unitWords.first(where: { rest.hasPrefix($0.stem) })?.kind else { continue }
            if !pending.isEmpty {
                listed = pending + [number]
                pending = []
            }
            chain.append(ClauseID.Step(kind, number))
            printed.append(trimmed)
        }
        guard let first = chain.first else { return [] }
        let base = anchor(parent, for: first.kind)
        let text = printed.joined(separator: " ")
        if listed.count > 1, chain.count == 1 {
            return listed.map { (base.appending(ClauseID.Step(first.kind, $0)), text) }
        }
        var id = base
        for step in chain { id = id.appending(step) }
        return [(id, text)]
    }

    /// How deep a kind stands, for resolving a note's unit against the units above it.
    private static func depth(_ kind: ClauseKind) -> Int { kind.nestingRank }

    /// The part of `parent` above a unit of `kind`: `att_1__para_2` for a sub-item, `att_1` for an item.
    static func anchor(_ parent: ClauseID, for kind: ClauseKind) -> ClauseID {
        var steps = parent.steps
        while let last = steps.last, depth(last.kind) >= depth(kind) || last.kind == .editorialNote { steps.removeLast() }
        return ClauseID(steps)
    }

    /// The acts after the dash, split at ";" outside parentheses; the last word names their type.
    static func acts(in attribution: String) -> [EditorialActReference] {
        let type = self.type(of: attribution)
        var chunks: [String] = []
        var current = ""
        var depth = 0
        for c in attribution {
            if c == "(" { depth += 1 }
            if c == ")" { depth = max(0, depth - 1) }
            if c == ";", depth == 0 {
                chunks.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        chunks.append(current)
        return chunks.compactMap { chunk in
            var reference = EditorialActReference(type: type)
            var outside = ""
            var inside = ""
            var level = 0
            for c in chunk {
                if c == "(" {
                    level += 1
                    if level == 1 { continue }
                }
                if c == ")" {
                    level -= 1
                    if level == 0 { continue }
                }
                if level > 0 { inside.append(c) } else { outside.append(c) }
            }
            guard let (date, range) = dottedDate(in: outside) else { return nil }
            reference.date = date
            let issuer = outside[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            reference.issuer = issuer.isEmpty ? nil : issuer
            reference.number = number(in: String(outside[range.upperBound...]))
            let words = inside.trimmingCharacters(in: .whitespaces)
            if !words.isEmpty {
                reference.entryIntoForce = words
                if let (effective, range) = dottedDate(in: words), words[range.upperBound...].trimmingCharacters(in: .whitespaces).hasPrefix("бастап") {
                    reference.effective = effective
                }
            }
            return reference
        }
    }

    /// Russian notes name the act before its date: "… в редакции постановления Правительства РК от 23.05.2019 № 312."
    static func russianActs(in body: String) -> [EditorialActReference] {
        guard let from = body.range(of: " от ") else { return [] }
        let tail = String(body[from.upperBound...])
        guard let (date, range) = dottedDate(in: tail) else { return [] }
        return [EditorialActReference(date: date, number: number(in: String(tail[range.upperBound...])), type: type(of: body))]
    }

    /// The type the attribution's words name: "қаулысымен" → resolution, "Заңдарымен" → law.
    static func type(of text: String) -> DocumentType {
        let lowered = text.lowercased()
        if lowered.contains("қаулы") || lowered.contains("постановлени") { return .resolution }
        if lowered.contains("бұйрығ") || lowered.contains("бұйрықт") || lowered.contains("приказ") { return .order }
        if lowered.contains("шешім") || lowered.contains("решени") { return .decision }
        if lowered.contains("кодекс") { return .code }
        if lowered.contains("заң") || lowered.contains("закон") { return .law }
        return .unknown
    }

    /// The number after "№" or "N": "№ 1392" → "1392", "N 578" → "578".
    static func number(in text: String) -> String? {
        for sign in ["№", "N "] {
            guard let range = text.range(of: sign) else { continue }
            let rest = text[range.upperBound...].drop { $0 == " " }
            let token = rest.prefix { $0 != " " && $0 != "(" && $0 != "," && $0 != ";" && $0 != ")" }
            let value = token.hasSuffix(".") ? String(token.dropLast()) : String(token)
            if !value.isEmpty { return value }
        }
        return nil
    }

    /// The first date printed "29.12.2014" or "2008.06.12", and where it stands.
    static func dottedDate(in text: String) -> (CivilDate, Range<String.Index>)? {
        let characters = Array(text)
        var offsets: [String.Index] = []
        offsets.reserveCapacity(characters.count + 1)
        var index = text.startIndex
        for _ in characters {
            offsets.append(index)
            index = text.index(after: index)
        }
        offsets.append(text.endIndex)
        func digits(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= characters.count else { return nil }
            var value = 0
            for c in characters[start..<(start + count)] {
                guard let d = c.asciiValue, d >= 0x30, d <= 0x39 else { return nil }
                value = value * 10 + Int(d - 0x30)
            }
            return value
        }
        var i = 0
        while i < characters.count {
            if i == 0 || !(characters[i - 1].asciiValue.map { $0 >= 0x30 && $0 <= 0x39 } ?? false) {
                if let d = digits(i, 2), i + 10 <= characters.count, characters[i + 2] == ".", let m = digits(i + 3, 2),
                    characters[i + 5] == ".", let y = digits(i + 6, 4), let date = CivilDate(year: y, month: m, day: d)
                {
                    return (date, offsets[i]..<offsets[i + 10])
                }
                if let y = digits(i, 4), i + 10 <= characters.count, characters[i + 4] == ".", let m = digits(i + 5, 2),
                    characters[i + 7] == ".", let d = digits(i + 8, 2), let date = CivilDate(year: y, month: m, day: d)
                {
                    let end = i + 10 < characters.count && characters[i + 10] == "." ? i + 11 : i + 10
                    return (date, offsets[i]..<offsets[end])
                }
            }
            i += 1
        }
        return nil
    }
}
