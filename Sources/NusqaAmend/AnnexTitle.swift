import Foundation
import NusqaCore
import NusqaLanguage

/// The title and approval stamp of an annex that an amending order's annex sets out anew (қосымшаның
/// атауы мен бекіту белгісі; название и гриф приложения).
///
/// A text that lost its line breaks runs the approval stamp into one line ("Қазақстан
/// РеспубликасыДенсаулық сақтау министрінің2020 жылғы 16 қазандағы№ ҚР ДСМ-134/2020 бұйрығына2-қосымша")
/// and the annex title into the first heading under it ("1-кесте. Жоғары технологиялық медициналық
/// көмек түрлерінің тізбесі шұғыл емдеуге …"). The instruction names the document it replaces
/// ("2-қосымшамен бекітілген Жоғары технологиялық медициналық көмек түрлерінің тізбесі осы бұйрыққа
/// қосымшаға сәйкес редакцияда жазылсын"), so the title is recovered from under the stamp only where the
/// text under it begins with exactly the words the instruction gives: nothing is guessed.
enum AnnexTitle {
    /// The document an instruction names as approved by an annex: "… 2-қосымшамен бекітілген <title> осы
    /// бұйрыққа қосымшаға сәйкес … жазылсын" → the title; nil when the instruction names none.
    /// - Complexity: O(n) in the length of the instruction.
    static func named(in instruction: String) -> String? {
        guard let approved = instruction.range(of: "қосымшамен бекітілген ") else { return nil }
        let rest = instruction[approved.upperBound...]
        let ends = (InstructionVerbs.annexStarts + InstructionVerbs.annexMarkers).compactMap { rest.range(of: " " + $0)?.lowerBound }
        guard let end = ends.min() else { return nil }
        let title = rest[..<end].trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ",")))
        return title.isEmpty || title.count > 400 ? nil : title
    }

    /// `annex` with its title: when it has none and its first heading under the stamp begins with the
    /// title `named` followed by more words, the title becomes the annex heading and the rest stays the
    /// first heading. Returns nil when nothing is recovered.
    static func recovered(_ annex: Clause, named title: String?) -> Clause? {
        guard annex.heading == nil, let title, let index = annex.children.indices.first(where: { annex.children[$0].heading != nil }),
            index == annex.children.startIndex, let heading = annex.children[index].heading,
            heading.hasPrefix(title + " ")
        else { return nil }
        var annex = annex
        annex.heading = title
        annex.children[index].heading = String(heading.dropFirst(title.count + 1))
        return annex
    }

    /// The stamp with its lost line breaks restored where one word runs into the next: a lower-case
    /// letter into a capital ("РеспубликасыДенсаулық"), a letter into a number ("министрінің2020",
    /// "бұйрығына2-қосымша") or into "№" ("қазандағы№"). Nil when no line was run together.
    /// - Complexity: O(n) in the length of the stamp.
    static func stampLines(_ stamp: String) -> String? {
        guard !stamp.contains("\n") else { return nil }
        var out = ""
        var previous: Character?
        var changed = false
        for character in stamp {
            if let previous, previous.isLetter,
                previous.isLowercase && character.isUppercase && character.isLetter || character.isASCII && character.isNumber || character == "№"
            {
                out.append("\n")
                changed = true
            }
            out.append(character)
            previous = character
        }
        return changed ? out : nil
    }
}
