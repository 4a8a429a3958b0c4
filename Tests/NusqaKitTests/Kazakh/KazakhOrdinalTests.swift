import NusqaKit
import Testing
@testable import NusqaLanguage

@Test("Ordinals 1–199 round trip", arguments: 1...199)
func kazakhOrdinalRoundTrip(n: Int) throws {
    let words = try #require(KazakhOrdinal.words(for: n))
    #expect(KazakhOrdinal.value(of: words) == n)
    let cardinal = try #require(KazakhOrdinal.cardinalWords(for: n))
    #expect(KazakhOrdinal.cardinalValue(of: cardinal) == n)
    #expect(KazakhOrdinal.value(of: cardinal) == nil)
    let found = KazakhOrdinal.matches(in: "осы тармақтың \(words) абзацы")
    #expect(found.map(\.value) == [n])
}

@Test("Ordinal forms seen in the seeds and DOMAIN.md", arguments: [
    ("он үшінші", 13), ("он жетінші", 17), ("он сегізінші", 18), ("тоғызыншы", 9),
    ("тоқсан төртінші", 94), ("тоқсан бесінші", 95), ("бірінші", 1), ("жиырмасыншы", 20),
    ("қырқыншы", 40), ("қырық бірінші", 41), ("оныншы", 10), ("елуінші", 50), ("алпысыншы", 60),
    ("жетпісінші", 70), ("сексенінші", 80), ("тоқсаныншы", 90), ("жүзінші", 100), ("жүз бірінші", 101),
    ("жүз тоқсан тоғызыншы", 199), ("алтыншы", 6), ("отызыншы", 30), ("Он сегізінші", 18),
])
func kazakhOrdinalSeedForms(words: String, value: Int) {
    #expect(KazakhOrdinal.value(of: words) == value)
    if words.first?.isLowercase == true { #expect(KazakhOrdinal.words(for: value) == words) }
}

@Test func kazakhOrdinalOutOfRangeAndWrongForms() {
    #expect(KazakhOrdinal.words(for: 0) == nil)
    #expect(KazakhOrdinal.words(for: 200) == nil)
    #expect(KazakhOrdinal.value(of: "қырықыншы") == nil)
    #expect(KazakhOrdinal.value(of: "жиырмаыншы") == nil)
    #expect(KazakhOrdinal.value(of: "сегізінші он") == nil)
    #expect(KazakhOrdinal.cardinalValue(of: "алпыс") == 60)
    #expect(KazakhOrdinal.cardinalValue(of: "он") == 10)
    #expect(KazakhOrdinal.cardinalValue(of: "жүз бір") == 101)
}

@Test func kazakhOrdinalMatchesInAmendmentText() {
    let text = "1-тармақтың он сегізінші абзацын, тоқсан\n  төртінші және тоқсан бесінші абзацтарын алып тастау; Бірінші бөлігі; он күн"
    let found = KazakhOrdinal.matches(in: text)
    #expect(found.map(\.value) == [18, 94, 95, 1])
    #expect(found.map { String(text[$0.range]) } == ["он сегізінші", "тоқсан\n  төртінші", "тоқсан бесінші", "Бірінші"])
    #expect(KazakhOrdinal.matches(in: "біріншілер бірінші-ден").isEmpty)
    #expect(KazakhOrdinal.matches(in: "күнтізбелік он күн, алпыс күн").isEmpty)
}
