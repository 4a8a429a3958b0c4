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
        // Every marker opens with an ASCII digit, except the Russian headings ("Глава 1. …", whose first byte is
        // 0xD0): a byte check spares the character walk for other blocks.
        guard let firstByte = text.utf8.first, firstByte >= 0x30, firstByte <= 0x39 else {
            return text.utf8.first == 0xD0 ? russianHeading(Substring(text)) : nil
        }
        let s = Substring(text)
        if let fast = s.utf8.withContiguousStorageIfAvailable({ fastClassify(s, $0, loose: loose) }), let marker = fast {
            return marker
        }
        return classifyByCharacters(s, loose: loose)
    }

    /// ``classify(_:loose:)`` by `Character`s: the reference, and the path for text the byte scan leaves.
    static func classifyByCharacters(_ s: Substring, loose: Bool = false) -> UnitMarker? {
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
    /// A Russian heading of a chapter, section or paragraph, the word before the number: "Глава 1. Общие
    /// положения" (тарау; глава), "Раздел 2. …", "Параграф 3. …", "ГЛАВА 4"; nil for anything else
    /// ("Главы 2 и 3 …", "Глава государства").
    static func russianHeading(_ s: Substring) -> UnitMarker? {
        // Every word opens with Г, Р or П (D0 93, D0 A0, D0 9F): a text whose first scalar is another is no
        // heading, answered before the table is built and six prefixes compared.
        var bytes = s.utf8.makeIterator()
        guard bytes.next() == 0xD0, let second = bytes.next(), second == 0x93 || second == 0xA0 || second == 0x9F else { return nil }
        let words: [(String, (UnitNumber, Substring) -> UnitMarker)] = [
            ("Глава ", { .chapter($0, rest: $1) }), ("ГЛАВА ", { .chapter($0, rest: $1) }),
            ("Раздел ", { .section($0, rest: $1) }), ("РАЗДЕЛ ", { .section($0, rest: $1) }),
            ("Параграф ", { .subsection($0, rest: $1) }), ("ПАРАГРАФ ", { .subsection($0, rest: $1) }),
        ]
        for (word, make) in words where s.hasPrefix(word) {
            let after = s.dropFirst(word.count)
            let digits = after.prefix { ($0.asciiValue.map { $0 >= 0x30 && $0 <= 0x39 } ?? false) || $0 == "-" }
            guard digits.first?.isASCII == true, digits.last != "-", let number = UnitNumber(digits) else { return nil }
            let tail = after.dropFirst(digits.count)
            guard tail.isEmpty || tail.first == "." || tail.first == " " else { return nil }
            return make(number, rest(tail))
        }
        return nil
    }

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

    /// The outcome of the byte scan: a marker, no marker, or "ask the character scan".
    private enum FastResult {
        case marker(UnitMarker)
        case none
        case undecided
    }

    /// ``classify(_:loose:)`` over the UTF-8 bytes of the text's start. It answers only when every byte it
    /// looked at, and the scalar after them, is a simple scalar (``SimpleScalar``): then each character it
    /// compared is one scalar and each place it cut is a character boundary, so the answer is the
    /// character scan's. Loose forms and anything else go to the character scan (nil).
    private static func fastClassify(_ s: Substring, _ b: UnsafeBufferPointer<UInt8>, loose: Bool) -> UnitMarker?? {
        let n = b.count
        let simple = SimpleScalar.prefixLength(b, limit: 64)
        var examined = 0
        func byte(_ j: Int) -> UInt8? {
            guard j < n else { return nil }
            examined = max(examined, j + 1)
            return b[j]
        }
        func hasPrefix(_ word: StaticString, at j: Int) -> Bool {
            let count = word.utf8CodeUnitCount
            guard j + count <= n else {
                examined = max(examined, n)
                return false
            }
            let w = word.utf8Start
            for k in 0..<count where b[j + k] != w[k] {
                examined = max(examined, j + k + 1)
                return false
            }
            examined = max(examined, j + count)
            return true
        }
        func index(_ offset: Int) -> Substring.Index { s.utf8.index(s.startIndex, offsetBy: offset) }
        func skipSpaces(_ j: Int) -> Int {
            var j = j
            while byte(j) == 0x20 { j += 1 }
            return j
        }
        /// `rest(_:)` by bytes: spaces, one optional dot, spaces.
        func restStart(_ j: Int) -> Int {
            var j = skipSpaces(j)
            if byte(j) == 0x2E { j = skipSpaces(j + 1) }
            return j
        }
        /// `heading(_:_:_:)` by bytes: the rest's start when `word` or `upper` opens the text as a heading.
        func heading(_ j: Int, _ word: StaticString, _ upper: StaticString) -> Int? {
            let form: StaticString
            if hasPrefix(word, at: j) { form = word } else if hasPrefix(upper, at: j) { form = upper } else { return nil }
            let t = j + form.utf8CodeUnitCount
            guard t == n || byte(t) == 0x2E || byte(t) == 0x20 else { return nil }
            return restStart(t)
        }
        let result: FastResult = {
            var i = 0
            while let a = byte(i), (a >= 0x30 && a <= 0x39) || a == 0x2D { i += 1 }
            let numberText = s[s.startIndex..<index(i)]
            if b[i - 1] == 0x2D {
                guard let number = UnitNumber(numberText.dropLast()) else { return .none }
                if hasPrefix("тарау", at: i) { return .marker(.chapter(number, rest: s[index(restStart(i + 10))...])) }
                if hasPrefix("кесте", at: i) { return .marker(.table(number, rest: s[index(restStart(i + 10))...])) }
                if let start = heading(i, "бап", "БАП") { return .marker(.article(number, rest: s[index(start)...])) }
                if let start = heading(i, "бөлім", "БӨЛІМ") ?? heading(i, "бөлiм", "БӨЛIМ") {
                    return .marker(.section(number, rest: s[index(start)...]))
                }
                if let start = heading(i, "параграф", "ПАРАГРАФ") { return .marker(.subsection(number, rest: s[index(start)...])) }
                if let start = heading(i, "ТАРАУ", "ТАРАУ") { return .marker(.chapter(number, rest: s[index(start)...])) }
                return .none
            }
            guard let number = UnitNumber(numberText) else { return .none }
            let after = byte(i)
            if after == 0x29 {  // ")"
                let next = byte(i + 1)
                guard next == nil || next == 0x20 else { return .none }
                return .marker(.subItem(number, rest: s[index(skipSpaces(i + 1))...]))
            }
            if after == 0x2E {  // "."
                let next = byte(i + 1)
                if next == nil || next == 0x20 {
                    return .marker(.item(number, printed: String(numberText), rest: s[index(skipSpaces(i + 1))...], anomaly: nil))
                }
                return loose && number.parts.count == 1 ? .undecided : .none
            }
            if loose, number.parts.count > 1, after == 0x20 { return .undecided }
            return .none
        }()
        guard examined < simple || simple == n else { return nil }
        switch result {
        case .marker(let marker): return .some(marker)
        case .none: return .some(nil)
        case .undecided: return nil
        }
    }
}
