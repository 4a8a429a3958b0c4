import NusqaKit
import NusqaToolSupport

/// Writes one amending order against the current model of its base act's Rules, and updates the model
/// (өзгерту бұйрығы). Every instruction of one order touches a different item, so the order in which the
/// timeline applies them (general date first, exceptions later) cannot change the result; orders of one
/// base act are at least 50 days apart, so all dates of an order fall before the next order's.
struct AmendingOrderBuilder {
    enum Operation: CaseIterable {
        case replaceItem, replaceSeveral, replaceFirstAbzac, replaceAbzac, replaceAbzacInScope, replacePart
        case replaceSubItem, insertItem, insertSubItem, deleteItem, deleteSubItem, replaceWords, insertWords

        /// Operations on whole items once needed items that are direct children of the annex; the patch
        /// applier now finds and places items inside chapters, so every operation works on every act.
        var needsFlatRules: Bool { false }

        var weight: Int {
            switch self {
            case .replaceItem: 12
            case .replaceSeveral: 5
            case .replaceFirstAbzac: 6
            case .replaceAbzac, .replaceAbzacInScope, .replacePart: 4
            case .replaceSubItem: 10
            case .insertItem: 8
            case .insertSubItem: 8
            case .deleteItem: 2
            case .deleteSubItem: 4
            case .replaceWords: 14
            case .insertWords: 8
            }
        }
    }

    /// One abzac of the amending item: its text as written, and the physical line when a link is displaced.
    struct Abzac {
        var text: String
        var displaced: String?
        /// Whether an entry-into-force exception may name it (an instruction, or a sub-item of a payload).
        var exception: ExceptionKind = .none
    }

    enum ExceptionKind { case none, wholeInstruction, payloadPart }

    let base: BaseAct
    let sequence: Int
    let registration: Int
    var rng: SplitMix64
    private var abzacs: [Abzac] = []
    private var touched = Set<[Int]>()

    init(base: BaseAct, sequence: Int, registration: Int, rng: SplitMix64) {
        self.base = base
        self.sequence = sequence
        self.registration = registration
        self.rng = rng
    }

    // MARK: Dates

    /// Signed 60 + 50·k (+0…8) days after the base registration; registered 1…4 days later; published
    /// 1…6 days after that, or unknown (null) for about one order in seven.
    private mutating func dates() -> (signed: CivilDate, registered: CivilDate, published: CivilDate?) {
        let signed = base.registered.adding(days: 60 + 50 * sequence + rng.int(0...8))
        let registered = signed.adding(days: rng.int(1...4))
        let published: CivilDate? = rng.chance(0.15) ? nil : registered.adding(days: rng.int(1...6))
        return (signed, registered, published)
    }

    // MARK: Building

    mutating func build(_ model: inout RulesModel) -> CorpusGenerator.File {
        let (signed, registered, published) = dates()
        let id = BaseAct.adiletID(year: registered.year, registration: registration)
        let number = String(100 + (registration % 900))
        let citation = "\"\(base.title)\" Қазақстан Республикасы Денсаулық сақтау министрінің \(KazakhDates.of(base.signed)) № \(base.number) бұйрығына"
        abzacs = [Abzac(text: "1. \(citation) (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № \(base.registration) болып тіркелген) мынадай өзгерістер мен толықтырулар енгізілсін:")]
        let scope: [AdiletText.Segment] = [.text("көрсетілген бұйрықпен бекітілген \(base.topic) "), .link("қағидаларында"), .text(":")]
        emit(scope, displace: rng.chance(0.5))
        touched = []
        let count = rng.int(3...7)
        var written = 0
        var attempts = 0
        while written < count, attempts < 60 {
            attempts += 1
            let operation = pickOperation(flat: !model.hasChapters)
            if write(operation, &model, last: written == count - 1) { written += 1 }
        }
        // The last instruction ends the item with '.', not ';'.
        if let last = abzacs.indices.last { abzacs[last].text = Self.closing(abzacs[last].text) }
        let general = (published ?? registered).adding(days: 11)
        let (rule, hasExceptions) = entryIntoForce(general: general, registered: registered)

        var lines = [""]
        lines += AdiletText.plain(citation + " өзгерістер мен толықтырулар енгізу туралы")
        lines.append("")
        lines += AdiletText.plain("Қазақстан Республикасы Денсаулық сақтау министрінің \(KazakhDates.of(signed)) № \(number) бұйрығы. Қазақстан Республикасының Әділет министрлігінде \(KazakhDates.on(registered)) № \(registration) болып тіркелді")
        if hasExceptions {
            lines += [AdiletText.indent + "ЗҚАИ-ның ескертпесі!", AdiletText.indent + "Осы бұйрықтың қолданысқа енгізілу тәртібін  тармақтан қараңыз.4-т."]
        }
        lines.append(AdiletText.indent + "БҰЙЫРАМЫН:")
        for abzac in abzacs { lines += abzac.displaced.map { [$0] } ?? AdiletText.abzac(abzac.text) }
        for text in CorpusGenerator.departmentItem(2) + [CorpusGenerator.controlItem(3), "4. " + rule] {
            lines += AdiletText.abzac(text)
        }
        lines += CorpusGenerator.signature
        let text = lines.joined(separator: "\n") + "\n"
        let metadata = Sidecar.json([
            ("dialect", .string("adilet")),
            ("id", .string(id)),
            ("issuer", .string("Қазақстан Республикасы Денсаулық сақтау министрі")),
            ("kind", .string("amending")),
            ("language", .string("kk")),
            ("notes", .string("Synthetic amending order (nusqa-corpus-gen)." + (published == nil ? " Publication date unknown." : ""))),
            ("number", .string(number)),
            ("published", published.map { .string($0.description) } ?? .null),
            ("registration", .raw("{\n    \"date\": \"\(registered)\",\n    \"number\": \"\(registration)\"\n  }")),
            ("signed", .string(signed.description)),
            ("source", .string("nusqa-corpus-gen")),
            ("text", .string(id + ".txt")),
        ])
        return CorpusGenerator.File(id: id, text: text, metadata: metadata)
    }

    private mutating func pickOperation(flat: Bool) -> Operation {
        let allowed = Operation.allCases.filter { flat || !$0.needsFlatRules }
        var roll = rng.int(0...(allowed.map(\.weight).reduce(0, +) - 1))
        for operation in allowed {
            roll -= operation.weight
            if roll < 0 { return operation }
        }
        return allowed[0]
    }

    private mutating func emit(_ segments: [AdiletText.Segment], displace: Bool, exception: ExceptionKind = .none) {
        let text = AdiletText.original(segments)
        abzacs.append(Abzac(text: text, displaced: displace ? AdiletText.displaced(segments) : nil, exception: exception))
    }

    private mutating func emit(_ text: String, exception: ExceptionKind = .none) {
        abzacs.append(Abzac(text: text, displaced: nil, exception: exception))
    }

    /// Quoted payload blocks: `"` before the first, `";` after the last.
    private mutating func emitPayload(_ blocks: [String], partsDeferrable: Bool = false) {
        for (offset, block) in blocks.enumerated() {
            var text = block
            if offset == 0 { text = "\"" + text }
            if offset == blocks.count - 1 { text += "\";" }
            let deferrable = partsDeferrable && offset > 0 && block.first.map { $0.isASCII && $0.isNumber } == true && block.contains(") ")
            emit(text, exception: deferrable ? .payloadPart : .none)
        }
    }

    static func closing(_ text: String) -> String {
        text.hasSuffix(";") ? String(text.dropLast()) + "." : text
    }

    // MARK: Operations

    /// Items not yet touched by this order and not deleted, satisfying `condition`.
    private func candidates(_ model: RulesModel, _ condition: (RulesModel.Item) -> Bool = { _ in true }) -> [Int] {
        model.items.indices.filter { !model.items[$0].deleted && !touched.contains(model.items[$0].number) && condition(model.items[$0]) }
    }

    private mutating func write(_ operation: Operation, _ model: inout RulesModel, last: Bool) -> Bool {
        switch operation {
        case .replaceItem:
            guard let i = candidates(model).element(&rng) else { return false }
            let item = CorpusGenerator.makeItem(&rng, number: model.items[i].number)
            touched.insert(item.number)
            let n = item.printed
            emit([.link("\(n)-тармақ"), .text(" мынадай редакцияда жазылсын:")], displace: rng.chance(0.5), exception: .wholeInstruction)
            emitPayload(item.blocks, partsDeferrable: true)
            model.items[i] = item
        case .replaceSeveral:
            let pairs = candidates(model) { $0.number.count == 1 && $0.number[0] >= 4 }.filter { i in
                i + 1 < model.items.count && !model.items[i + 1].deleted && !touched.contains(model.items[i + 1].number)
                    && model.items[i + 1].number.count == 1
            }
            guard let i = pairs.element(&rng) else { return false }
            let first = CorpusGenerator.makeItem(&rng, number: model.items[i].number)
            let second = CorpusGenerator.makeItem(&rng, number: model.items[i + 1].number)
            touched.formUnion([first.number, second.number])
            emit([.link(first.printed), .text(" және "), .link("\(second.printed)-тармақтар"), .text(" мынадай редакцияда жазылсын:")],
                 displace: rng.chance(0.5), exception: .wholeInstruction)
            emitPayload(first.blocks + second.blocks)
            model.items[i] = first
            model.items[i + 1] = second
        case .replaceFirstAbzac:
            guard let i = candidates(model).element(&rng) else { return false }
            touched.insert(model.items[i].number)
            let old = model.items[i].lead
            let lead = CorpusGenerator.sentence(&rng) + (old.hasSuffix(":") ? " мынадай тәртіппен:" : ".")
            let n = model.items[i].printed
            emit([.link("\(n)-тармақтың"), .text(" бірінші абзацы мынадай редакцияда жазылсын:")], displace: rng.chance(0.5), exception: .wholeInstruction)
            emitPayload(["\(n). \(lead)"])
            model.items[i].lead = lead
        case .replaceAbzac, .replacePart, .replaceAbzacInScope:
            guard let i = candidates(model, { !$0.abzacs.isEmpty }).element(&rng) else { return false }
            touched.insert(model.items[i].number)
            let n = model.items[i].printed
            var targets = model.items[i].abzacs.map(\.number)
            if operation == .replaceAbzacInScope {
                emit([.link("\(n)-тармақта"), .text(":")], displace: rng.chance(0.5))
            } else {
                targets = [targets.element(&rng)!]
            }
            for number in targets.prefix(2) {
                let ordinal = KazakhOrdinal.words(for: number) ?? "екінші"
                let text = CorpusGenerator.sentence(&rng) + "."
                switch operation {
                case .replaceAbzacInScope: emit("\(ordinal) абзац мынадай редакцияда жазылсын:", exception: .wholeInstruction)
                case .replacePart: emit("\(n)-тармақтың \(ordinal) бөлігі мынадай редакцияда жазылсын:", exception: .wholeInstruction)
                default: emit("\(n)-тармақтың \(ordinal) абзацы мынадай редакцияда жазылсын:", exception: .wholeInstruction)
                }
                emitPayload([text])
                if let c = model.items[i].children.firstIndex(where: { if case .abzac(number, _) = $0 { true } else { false } }) {
                    model.items[i].children[c] = .abzac(number: number, text: text)
                }
            }
        case .replaceSubItem:
            guard let i = candidates(model, { !$0.liveSubItems.isEmpty }).element(&rng) else { return false }
            touched.insert(model.items[i].number)
            let k = model.items[i].liveSubItems.element(&rng)!
            let text = CorpusGenerator.phrase(&rng) + ";"
            let n = model.items[i].printed
            emit([.text("\(n)-тармақтың "), .link("\(k)) тармақшасы"), .text(" мынадай редакцияда жазылсын:")], displace: rng.chance(0.5), exception: .wholeInstruction)
            emitPayload(["\(k)) \(text)"])
            if let c = model.items[i].children.firstIndex(where: { if case .subItem(k, _, false) = $0 { true } else { false } }) {
                model.items[i].children[c] = .subItem(number: k, text: text, deleted: false)
            }
        case .insertItem:
            guard let i = candidates(model, { $0.number.count == 1 }).element(&rng) else { return false }
            let n = model.items[i].number[0]
            let used = model.items.filter { $0.number.count == 2 && $0.number[0] == n }.map { $0.number[1] }.max() ?? 0
            var item = CorpusGenerator.makeItem(&rng, number: [n, used + 1])
            item.renumber()
            touched.insert(item.number)
            let spaced = rng.chance(0.3) ? "- тармақпен" : "-тармақпен"
            emit("мынадай мазмұндағы \(item.printed)\(spaced) толықтырылсын:", exception: .wholeInstruction)
            emitPayload(item.blocks, partsDeferrable: true)
            model.insert(item)
        case .insertSubItem:
            guard let i = candidates(model, { !$0.liveSubItems.isEmpty }).element(&rng) else { return false }
            touched.insert(model.items[i].number)
            let k = model.items[i].maxSubItem + 1
            let text = CorpusGenerator.phrase(&rng) + "."
            let n = model.items[i].printed
            emit([.link("\(n)-тармақ"), .text(" мынадай мазмұндағы \(k)) тармақшамен толықтырылсын:")], displace: rng.chance(0.5), exception: .wholeInstruction)
            emitPayload(["\(k)) \(text)"])
            let after = (model.items[i].children.lastIndex { if case .subItem = $0 { true } else { false } } ?? -1) + 1
            model.items[i].children.insert(.subItem(number: k, text: text, deleted: false), at: after)
        case .deleteItem:
            guard model.items.filter({ !$0.deleted }).count > 10,
                let i = candidates(model).element(&rng)
            else { return false }
            touched.insert(model.items[i].number)
            emit("\(model.items[i].printed)-тармақ алып тасталсын;", exception: .wholeInstruction)
            model.items[i] = RulesModel.Item(number: model.items[i].number, lead: "", children: [], deleted: true)
        case .deleteSubItem:
            guard let i = candidates(model, { $0.liveSubItems.count > 1 }).element(&rng) else { return false }
            touched.insert(model.items[i].number)
            let k = model.items[i].liveSubItems.element(&rng)!
            emit("\(model.items[i].printed)-тармақтың \(k)) тармақшасы алып тасталсын;", exception: .wholeInstruction)
            if let c = model.items[i].children.firstIndex(where: { if case .subItem(k, _, false) = $0 { true } else { false } }) {
                model.items[i].children[c] = .subItem(number: k, text: "", deleted: true)
            }
        case .replaceWords, .insertWords:
            guard let i = candidates(model).element(&rng) else { return false }
            let words = model.items[i].lead.split(separator: " ").map(String.init)
            let plain = words.indices.dropLast().filter { words[$0].allSatisfy(\.isLetter) && words[$0 + 1].allSatisfy(\.isLetter) }
            guard let w = plain.element(&rng) else { return false }
            touched.insert(model.items[i].number)
            let old = words[w] + " " + words[w + 1]
            let new = CorpusGenerator.phrase(&rng, words: 2...2)
            let n = model.items[i].printed
            if operation == .replaceWords {
                emit("\(n)-тармақта \"\(old)\" деген сөздер \"\(new)\" деген сөздермен ауыстырылсын;", exception: .wholeInstruction)
                model.items[i].rewrite(old, new)
            } else {
                emit("\(n)-тармақта \"\(old)\" деген сөздерден кейін \"\(new)\" деген сөздермен толықтырылсын;", exception: .wholeInstruction)
                model.items[i].rewrite(old, old + " " + new)
            }
        }
        return true
    }

    // MARK: Entry into force

    /// The entry-into-force sentence: ten days after publication (about half), a fixed date, or ten days
    /// with abzac exceptions of item 1 on one or two later dates.
    private mutating func entryIntoForce(general: CivilDate, registered: CivilDate) -> (String, Bool) {
        let roll = rng.int(0...99)
        if roll < 45 { return (CorpusGenerator.tenDays, false) }
        if roll < 65 {
            let fixed = registered.adding(days: rng.int(15...30))
            return ("Осы бұйрық \(KazakhDates.from(fixed)) бастап қолданысқа енгізіледі.", false)
        }
        // Abzac ordinals count the lead of item 1 as the first.
        let eligible = abzacs.indices.filter { abzacs[$0].exception != .none && $0 + 1 <= 199 }
        guard !eligible.isEmpty else { return (CorpusGenerator.tenDays, false) }
        // Half the time, one exception falls inside a payload (a sub-item of a new item text): that part
        // of the patch is deferred while the rest takes effect on the general date.
        let payloadParts = eligible.filter { abzacs[$0].exception == .payloadPart }
        var picks = (0..<rng.int(1...3)).map { _ in eligible.element(&rng)! }
        if !payloadParts.isEmpty, rng.chance(0.5) { picks[0] = payloadParts.element(&rng)! }
        var chosen = Array(Set(picks)).sorted()
        let groups = chosen.count > 1 && rng.chance(0.5) ? [Array(chosen.prefix(1)), Array(chosen.dropFirst())] : [chosen]
        chosen = []
        var parts: [String] = []
        var date = general
        for group in groups {
            date = date.adding(days: rng.int(5...9))
            let ordinals = group.map { KazakhOrdinal.words(for: $0 + 1)! }
            let noun = ordinals.count == 1 ? "\(ordinals[0]) абзацын" : ordinals.joined(separator: " және ") + " абзацтарын"
            parts.append("\(KazakhDates.from(date)) бастап қолданысқа енгізілетін 1-тармақтың \(noun)")
        }
        return ("Осы бұйрық " + parts.joined(separator: " және ") + " қоспағанда, алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.", true)
    }
}
