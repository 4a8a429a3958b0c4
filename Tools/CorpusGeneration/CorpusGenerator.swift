import Foundation
import NusqaKit
import NusqaToolSupport

/// A deterministic synthetic corpus in the adilet dialect (синтетикалық корпус): base orders approving
/// Rules, and amending orders that change them with every operation and entry-into-force form the reader
/// supports. The output is a pure function of the options: same seed, same bytes.
struct CorpusGenerator {
    /// Whether base acts group their items in chapters.
    enum ChapterMode: String {
        /// Even-numbered acts have chapters, odd ones do not.
        case auto
        case always
        case never
    }

    struct Options {
        var acts = 5
        var amendments = 3
        var seed: UInt64 = 1
        /// Items per base act; nil draws 20…60.
        var items: Int?
        var chapters = ChapterMode.auto
    }

    /// One generated act: its corpus id, text and sidecar.
    struct File {
        var id: String
        var text: String
        var metadata: String
    }

    let options: Options

    init(_ options: Options) { self.options = options }

    /// Writes `directory/acts/<id>.txt` and `<id>.json` for every act; returns the number of acts written.
    @discardableResult
    func write(to directory: String) throws -> Int {
        let acts = (directory as NSString).appendingPathComponent("acts")
        try FileManager.default.createDirectory(atPath: acts, withIntermediateDirectories: true)
        var count = 0
        for index in 0..<options.acts {
            for file in generate(base: index) {
                let base = (acts as NSString).appendingPathComponent(file.id)
                try Data(file.text.utf8).write(to: URL(fileURLWithPath: base + ".txt"))
                try Data(file.metadata.utf8).write(to: URL(fileURLWithPath: base + ".json"))
                count += 1
            }
        }
        return count
    }

    /// The base act `index` and its amending orders, in that order.
    func generate(base index: Int) -> [File] {
        var root = SplitMix64(seed: options.seed)
        var rng = root.fork(UInt64(index) &+ 1)
        let signed = CivilDate(year: 2019, month: 1, day: 2)!.adding(days: rng.int(0...700))
        let registered = signed.adding(days: rng.int(2...6))
        let published = registered.adding(days: rng.int(3...8))
        let base = BaseAct(
            index: index, number: "ҚР ДСМ-\(index + 1)/\(signed.year)", signed: signed, registered: registered,
            registration: 100_000 + index, published: published,
            topic: Self.capitalized(rng.pick(Vocabulary.topics)))
        var model = makeRules(&rng, topic: base.topic, chaptered: hasChapters(index))
        var files = [File(id: base.id, text: baseText(base, model), metadata: base.metadata)]
        for order in 0..<options.amendments {
            var builder = AmendingOrderBuilder(base: base, sequence: order, registration: 500_000 + index * options.amendments + order, rng: rng.fork(UInt64(order)))
            files.append(builder.build(&model))
        }
        return files
    }

    private func hasChapters(_ index: Int) -> Bool {
        switch options.chapters {
        case .auto: index % 2 == 0
        case .always: true
        case .never: false
        }
    }

    // MARK: Rules

    private func makeRules(_ rng: inout SplitMix64, topic: String, chaptered: Bool) -> RulesModel {
        let count = options.items ?? rng.int(20...60)
        var items: [RulesModel.Item] = []
        for n in 1...count { items.append(Self.makeItem(&rng, number: [n])) }
        var chapters: [(start: Int, title: String)] = []
        if chaptered {
            var start = 0
            var titles = Vocabulary.chapterTitles
            while start < count {
                let title = titles.isEmpty ? "Өзге ережелер" : titles.remove(at: 0)
                chapters.append((start, title))
                start += max(3, count / 6 + rng.int(-2...2))
            }
        }
        return RulesModel(items: items, chapters: chapters, topic: topic)
    }

    /// A new item: a lead sentence, maybe sub-items (the lead then ends with ':'), maybe abzacs.
    static func makeItem(_ rng: inout SplitMix64, number: [Int]) -> RulesModel.Item {
        let subItems = rng.chance(0.4) ? rng.int(2...6) : 0
        var item = RulesModel.Item(number: number, lead: sentence(&rng) + (subItems > 0 ? " мынадай тәртіппен:" : "."))
        for k in 1...max(1, subItems) where subItems > 0 {
            item.children.append(.subItem(number: k, text: phrase(&rng) + (k == subItems ? "." : ";"), deleted: false))
        }
        for _ in 0..<(rng.chance(0.45) ? rng.int(1...3) : 0) {
            item.children.append(.abzac(number: 0, text: sentence(&rng) + "."))
        }
        item.renumber()
        return item
    }

    /// A capitalised sentence without final punctuation.
    static func sentence(_ rng: inout SplitMix64) -> String {
        capitalized(phrase(&rng, words: 8...26)) + " " + rng.pick(Vocabulary.verbs)
    }

    /// A lower-case phrase of modifiers and nouns.
    static func phrase(_ rng: inout SplitMix64, words: ClosedRange<Int> = 4...14) -> String {
        var out: [String] = []
        for _ in 0..<rng.int(words) { out.append(rng.chance(0.35) ? rng.pick(Vocabulary.modifiers) : rng.pick(Vocabulary.nouns)) }
        return out.joined(separator: " ")
    }

    static func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    // MARK: Base order text

    static let signature = ["      Қазақстан Республикасының", "Денсаулық сақтау министрі А. Альназарова"]

    static func departmentItem(_ number: Int) -> [String] {
        [
            "\(number). Қазақстан Республикасы Денсаулық сақтау министрлігінің Медициналық көмекті ұйымдастыру департаменті Қазақстан Республикасының заңнамасында белгіленген тәртіппен:",
            "1) осы бұйрықты Қазақстан Республикасының Әділет министрлігінде мемлекеттік тіркеуді;",
            "2) осы бұйрықты ресми жарияланғаннан кейін оны Қазақстан Республикасы Денсаулық сақтау министрлігінің интернет-ресурсында орналастыруды;",
            "3) осы бұйрықты Қазақстан Республикасының Әділет министрлігінде мемлекеттік тіркегеннен кейін он жұмыс күні ішінде Қазақстан Республикасы Денсаулық сақтау министрлігінің Заң департаментіне осы тармақтың 1) және 2) тармақшаларында көзделген іс-шаралардың орындалуы туралы мәліметтерді ұсынуды қамтамасыз етсін.",
        ]
    }

    static func controlItem(_ number: Int) -> String {
        "\(number). Осы бұйрықтың орындалуын бақылау жетекшілік ететін Қазақстан Республикасының Денсаулық сақтау вице-министріне жүктелсін."
    }

    static let tenDays = "Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі."

    private func baseText(_ base: BaseAct, _ model: RulesModel) -> String {
        var lines = [""]
        lines += AdiletText.plain(base.title)
        lines.append("")
        lines += AdiletText.plain(base.header)
        var abzacs = [
            "\"Халық денсаулығы және денсаулық сақтау жүйесі туралы\" Қазақстан Республикасы Кодексінің 7-бабының 20) тармақшасына сәйкес БҰЙЫРАМЫН:",
            "1. Қоса беріліп отырған \(base.topic) қағидалары бекітілсін.",
        ]
        abzacs += Self.departmentItem(2)
        abzacs += [Self.controlItem(3), "4. " + Self.tenDays]
        for abzac in abzacs { lines += AdiletText.abzac(abzac) }
        lines += Self.signature
        lines += ["", "Қазақстан Республикасы", "Денсаулық сақтау министрінің", KazakhDates.of(base.signed), "№ \(base.number) бұйрығына", "қосымша", ""]
        lines += AdiletText.plain("\(base.topic) қағидалары")
        var chapter = 0
        for (offset, item) in model.items.enumerated() {
            if chapter < model.chapters.count, model.chapters[chapter].start == offset {
                lines += ["", "\(chapter + 1)-тарау. \(model.chapters[chapter].title)"]
                chapter += 1
            } else if offset == 0 {
                lines.append("")
            }
            for block in item.blocks { lines += AdiletText.abzac(block) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// What the amending orders need to know about their base act.
struct BaseAct {
    var index: Int
    var number: String
    var signed: CivilDate
    var registered: CivilDate
    var registration: Int
    var published: CivilDate
    var topic: String

    var id: String { Self.adiletID(year: registered.year, registration: registration) }
    var title: String { "\(topic) қағидаларын бекіту туралы" }
    var header: String {
        "Қазақстан Республикасы Денсаулық сақтау министрінің \(KazakhDates.of(signed)) № \(number) бұйрығы. Қазақстан Республикасының Әділет министрлігінде \(KazakhDates.on(registered)) № \(registration) болып тіркелді"
    }

    /// "V" + two-digit registration year + eight-digit registration number.
    static func adiletID(year: Int, registration: Int) -> String {
        let digits = String(registration)
        return "V\(String(year % 100).leftPadded(2))\(digits.leftPadded(8))"
    }

    var metadata: String {
        Sidecar.json([
            ("dialect", .string("adilet")),
            ("documents", .raw("[\n    {\n      \"annex\": \"1\",\n      \"kind\": \"rules\",\n      \"title\": \(Sidecar.quote("\(topic) қағидалары"))\n    }\n  ]")),
            ("id", .string(id)),
            ("issuer", .string("Қазақстан Республикасы Денсаулық сақтау министрі")),
            ("kind", .string("base")),
            ("language", .string("kk")),
            ("notes", .string("Synthetic base order (nusqa-corpus-gen).")),
            ("number", .string(number)),
            ("published", .string(published.description)),
            ("registration", .raw("{\n    \"date\": \"\(registered)\",\n    \"number\": \"\(registration)\"\n  }")),
            ("signed", .string(signed.description)),
            ("source", .string("nusqa-corpus-gen")),
            ("text", .string(id + ".txt")),
            ("title", .string(title)),
        ])
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}

/// Sidecars written by hand in the corpus's own layout: sorted keys, two-space indent, `"key": value`.
enum Sidecar {
    enum Value {
        case string(String)
        case null
        case raw(String)
    }

    static func json(_ fields: [(String, Value)]) -> String {
        let body = fields.map { key, value -> String in
            let v: String
            switch value {
            case .string(let s): v = quote(s)
            case .null: v = "null"
            case .raw(let r): v = r
            }
            return "  \(quote(key)): \(v)"
        }
        return "{\n" + body.joined(separator: ",\n") + "\n}\n"
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }
}
