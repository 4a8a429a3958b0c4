import NusqaCore

/// The number that opens a block (нөмірленген бірлік басы): "2. ", "26-1. ", "11) ", "1-тарау", "1-кесте".
///
/// Digits are checked as ASCII only. Loose forms seen in signed-PDF payloads — `3-1 Амбу…` without the
/// dot, `3.2 Амбу…` for `3-2` — are recognised only when asked, and flagged.
package enum UnitMarker: Equatable {
    /// An item: "2. text". `anomaly` names a loose form ("missing-dot", "dotted-number").
    case item(UnitNumber, printed: String, rest: Substring, anomaly: String?)
    /// A sub-item: "11) text".
    case subItem(UnitNumber, rest: Substring)
    /// A chapter: "1-тарау. Жалпы ережелер".
    case chapter(UnitNumber, rest: Substring)
    /// A table heading: "1-кесте. Title".
    case table(UnitNumber, rest: Substring)
    /// An article heading of a law or code: "12-бап. Title".
    case article(UnitNumber, rest: Substring)
    /// A section of a code: "1-бөлім. ЖАЛПЫ ЕРЕЖЕЛЕР".
    case section(UnitNumber, rest: Substring)
    /// A paragraph of a code's chapter: "1-параграф. Жалпы ережелер".
    case subsection(UnitNumber, rest: Substring)

    /// Classifies the start of `text`.
    /// - Parameter loose: also accept `3-1 Text` (no dot) and `3.2 Text` (dot for hyphen) as items.
    /// - Complexity: O(k) in the length of the leading number.
    package static func classify(_ text: some StringProtocol, loose: Bool = false) -> UnitMarker? {
        // Every marker opens with an ASCII digit: a byte check spares the character walk for other blocks.
        guard let firstByte = text.utf8.first, firstByte >= 0x30, firstByte <= 0x39 else { return nil }
        let s = Substring(text)
        var i = s.startIndex
        while i < s.endIndex, let a = s[i].asciiValue, (a >= 0x30 && a <= 0x39) || a == 0x2D { i = s.index(after: i) }
        let numberText = s[s.startIndex..<i]
        guard !numberText.isEmpty, numberText.first != "-" else { return nil }
        let trimmedNumber = numberText.hasSuffix("-") ? numberText.dropLast() : numberText
        let after = s[i...]
        if numberText.hasSuffix("-") {
            guard let number = UnitNumber(trimmedNumber) else { return nil }
            if after.hasPrefix("тарау") { return .chapter(number, rest: rest(after.dropFirst(5))) }
            if after.hasPrefix("кесте") { return .table(number, rest: rest(after.dropFirst(5))) }
            if let heading = heading(after, "бап", "БАП") { return .article(number, rest: heading) }
            if let heading = heading(after, "бөлім", "БӨЛІМ") ?? heading(after, "бөлiм", "БӨЛIМ") { return .section(number, rest: heading) }
            if let heading = heading(after, "параграф", "ПАРАГРАФ") { return .subsection(number, rest: heading) }
            if let heading = heading(after, "ТАРАУ", "ТАРАУ") { return .chapter(number, rest: heading) }
            return nil
        }
        guard let number = UnitNumber(numberText) else { return nil }
        if after.hasPrefix(")") {
            let tail = after.dropFirst()
            guard tail.isEmpty || tail.first == " " else { return nil }
            return .subItem(number, rest: tail.drop(while: { $0 == " " }))
        }
        if after.hasPrefix(".") {
            let tail = after.dropFirst()
            if tail.isEmpty || tail.first == " " {
                return .item(number, printed: String(numberText), rest: tail.drop(while: { $0 == " " }), anomaly: nil)
            }
            // "3.2 Text": a dot where a hyphen belongs.
            if loose, number.parts.count == 1 {
                var j = tail.startIndex
                while j < tail.endIndex, let a = tail[j].asciiValue, a >= 0x30 && a <= 0x39 { j = tail.index(after: j) }
                let minor = tail[tail.startIndex..<j]
                let afterMinor = tail[j...]
                if !minor.isEmpty, afterMinor.first == " ", let m = Int(minor),
                    afterMinor.dropFirst().first?.isUppercase == true
                {
                    return .item(
                        UnitNumber(number.parts + [m]), printed: "\(numberText).\(minor)",
                        rest: afterMinor.drop(while: { $0 == " " }), anomaly: "dotted-number")
                }
            }
            return nil
        }
        if loose, number.parts.count > 1, after.first == " ", after.dropFirst().first?.isUppercase == true {
            return .item(number, printed: String(numberText), rest: after.dropFirst(), anomaly: "missing-dot")
        }
        return nil
    }

    /// The heading after a unit word that stands alone ("бап. Title", "БӨЛІМ", "бап"), not inflected
    /// ("бапта:", "бөлімде:" are references inside instructions, not headings).
    private static func heading(_ after: Substring, _ word: String, _ upper: String) -> Substring? {
        for form in [word, upper] where after.hasPrefix(form) {
            let tail = after.dropFirst(form.count)
            guard tail.isEmpty || tail.first == "." || tail.first == " " else { return nil }
            return rest(tail)
        }
        return nil
    }

    private static func rest(_ s: Substring) -> Substring {
        var t = s.drop(while: { $0 == " " })
        if t.first == "." { t = t.dropFirst() }
        return t.drop(while: { $0 == " " })
    }
}
