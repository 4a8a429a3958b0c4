import NusqaCore

extension ClauseID {
    /// The Kazakh way of citing the unit (сілтеме): `att_1__para_2__subpara_11` → "2-тармақтың 11) тармақшасы".
    ///
    /// The leading annex is left out when it is the approved document the instructions address
    /// (`att_1`), as amending orders do once a scope line has named it.
    public var kazakhReference: String {
        var steps = self.steps
        if steps.count > 1, steps.first?.kind == .annex, steps.first?.number == UnitNumber(1) { steps.removeFirst() }
        guard !steps.isEmpty else { return "бұйрық" }
        var words: [String] = []
        for (offset, step) in steps.enumerated() {
            let isLast = offset == steps.count - 1
            let hasParent = offset > 0
            let n = step.number?.description ?? ""
            let ordinal = step.number.flatMap { $0.parts.count == 1 ? KazakhOrdinal.words(for: $0.parts[0]) : nil } ?? n
            switch step.kind {
            case .item: words.append(isLast ? (hasParent ? "\(n)-тармағы" : "\(n)-тармақ") : "\(n)-тармақтың")
            case .subItem: words.append(isLast ? "\(n)) тармақшасы" : "\(n)) тармақшасының")
            case .annex: words.append(isLast ? (hasParent ? "\(n)-қосымшасы" : "\(n)-қосымша") : "\(n)-қосымшаның")
            case .chapter: words.append(isLast ? "\(n)-тарау" : "\(n)-тараудың")
            case .section: words.append(isLast ? "\(n)-бөлім" : "\(n)-бөлімнің")
            case .subsection: words.append(isLast ? "\(n)-параграф" : "\(n)-параграфтың")
            case .article: words.append(isLast ? (hasParent ? "\(n)-бабы" : "\(n)-бап") : "\(n)-бабының")
            case .table: words.append(isLast ? "\(n)-кесте" : "\(n)-кестенің")
            case .row: words.append(isLast ? "\(n) жолы" : "\(n) жолының")
            case .abzac: words.append(isLast ? "\(ordinal) абзацы" : "\(ordinal) абзацының")
            case .part: words.append(isLast ? "\(ordinal) бөлігі" : "\(ordinal) бөлігінің")
            case .editorialNote: words.append(isLast ? (hasParent ? "ескертпесі" : "ескертпе") : "ескертпесінің")
            case .preamble: words.append("кіріспе")
            case .title: words.append("тақырып")
            default: words.append(step.text)
            }
        }
        return words.joined(separator: " ")
    }

    /// The reference in the instrumental, as notes on insertions read: "21-тармақ 4) тармақшамен",
    /// "26-1-тармақпен", "2-қосымша 1504-8 жолмен".
    public var kazakhInstrumental: String {
        guard let last = steps.last else { return "бұйрықпен" }
        let n = last.number?.description ?? ""
        let word: String
        switch last.kind {
        case .item: word = "\(n)-тармақпен"
        case .subItem: word = "\(n)) тармақшамен"
        case .row: word = "\(n) жолмен"
        case .annex: word = "\(n)-қосымшамен"
        case .chapter: word = "\(n)-тараумен"
        case .section: word = "\(n)-бөліммен"
        case .subsection: word = "\(n)-параграфпен"
        case .article: word = "\(n)-баппен"
        case .table: word = "\(n)-кестемен"
        case .abzac:
            let ordinal = last.number.flatMap { $0.parts.count == 1 ? KazakhOrdinal.words(for: $0.parts[0]) : nil } ?? n
            word = "\(ordinal) абзацпен"
        default: word = last.text
        }
        guard let parent, !parent.steps.isEmpty, !(parent.steps.count == 1 && parent.steps[0] == Step(.annex, UnitNumber(1))) else {
            return word
        }
        return parent.kazakhReference + " " + word
    }

    /// The reference in the dative, as notes on word changes read: "3-тармаққа", "2-тармақтың 11) тармақшасына".
    public var kazakhDative: String {
        var steps = self.steps
        if steps.count > 1, steps.first?.kind == .annex, steps.first?.number == UnitNumber(1) { steps.removeFirst() }
        guard let last = steps.last else { return "бұйрыққа" }
        let hasParent = steps.count > 1
        let n = last.number?.description ?? ""
        let ordinal = last.number.flatMap { $0.parts.count == 1 ? KazakhOrdinal.words(for: $0.parts[0]) : nil } ?? n
        let word: String
        switch last.kind {
        case .item: word = hasParent ? "\(n)-тармағына" : "\(n)-тармаққа"
        case .subItem: word = hasParent ? "\(n)) тармақшасына" : "\(n)) тармақшаға"
        case .abzac: word = hasParent ? "\(ordinal) абзацына" : "\(ordinal) абзацқа"
        case .part: word = hasParent ? "\(ordinal) бөлігіне" : "\(ordinal) бөлікке"
        case .row: word = hasParent ? "\(n) жолына" : "\(n) жолға"
        case .annex: word = hasParent ? "\(n)-қосымшасына" : "\(n)-қосымшаға"
        case .table: word = hasParent ? "\(n)-кестесіне" : "\(n)-кестеге"
        case .chapter: word = hasParent ? "\(n)-тарауына" : "\(n)-тарауға"
        case .section: word = hasParent ? "\(n)-бөліміне" : "\(n)-бөлімге"
        case .subsection: word = hasParent ? "\(n)-параграфына" : "\(n)-параграфқа"
        case .article: word = hasParent ? "\(n)-бабына" : "\(n)-бапқа"
        case .preamble: word = "кіріспеге"
        default: word = last.text
        }
        guard hasParent else { return word }
        return ClauseID(Array(steps.dropLast())).kazakhReferenceGenitive + " " + word
    }

    /// The whole reference in the genitive: "2-тармақтың", "2-тармақтың 11) тармақшасының".
    package var kazakhReferenceGenitive: String {
        let words = ClauseID(steps + [Step(.document)]).kazakhReference
        return words.hasSuffix(" " + ClauseKind.document.idPrefix) ? String(words.dropLast(ClauseKind.document.idPrefix.count + 1)) : words
    }
}
