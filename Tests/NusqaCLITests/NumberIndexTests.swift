import Foundation
import NusqaKit
import Testing

@testable import NusqaStore

/// The re-index reads the corpus's order numbers only when a publisher's note names one (`NumberIndex`), and then
/// answers as the index built from every act did.
@Suite struct NumberIndexTests {
    static let acts = [
        ActMetadata(id: "A", kind: .amending, number: "1392", signed: CivilDate(iso: "2014-12-29")),
        ActMetadata(id: "B", kind: .amending, number: "ҚР ДСМ-796", signed: CivilDate(iso: "2013-08-05")),
        ActMetadata(id: "C", kind: .base, number: "12 796", signed: nil),
        ActMetadata(id: "D", kind: .base, number: nil, signed: nil),
    ]

    /// A counter of loads, read from the test's thread after the questions.
    final class Loads: @unchecked Sendable {
        var count = 0
    }

    @Test func numbersAndTheirTailsAreFound() {
        let loads = Loads()
        let index = NumberIndex {
            loads.count += 1
            return Self.acts
        }
        #expect(loads.count == 0 && !index.isBuilt)
        #expect(index.candidates("1392").map(\.id) == ["A"])
        #expect(index.candidates("796").map(\.id).sorted() == ["B", "C"])
        #expect(index.candidates("ДСМ-796").map(\.id) == ["B"])
        #expect(index.candidates("ҚР ДСМ-796").map(\.id) == ["B"])
        #expect(index.candidates("9").isEmpty)
        #expect(loads.count == 1, "loaded once, on the first question")
        #expect(index.failure == nil)
    }

    @Test func anActWithoutNotesLoadsNothingAndOneWithNotesFindsTheirActs() throws {
        let loads = Loads()
        let index = NumberIndex {
            loads.count += 1
            return Self.acts
        }
        let plain = ActParser.parse(bytes: Array("Қағидаларды бекіту туралы\n\n1. Бірінші тармақ.\n\n2. Екінші тармақ.\n".utf8), name: "plain.txt")
        #expect(index.candidates(for: plain).isEmpty)
        #expect(loads.count == 0 && !index.isBuilt)

        let path = Repo.root.appendingPathComponent("Tests/NusqaKitTests/Fixtures/documents/P050000405_.txt").path
        let noted = ActParser.parse(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), name: "P050000405_.txt")
        #expect(noted.body.descendants().contains { $0.clause.kind == .editorialNote })
        // Its publishers' notes name the orders № 1392 and № 796.
        #expect(index.candidates(for: noted).map(\.metadata.id).sorted() == ["A", "B", "C"])
        #expect(loads.count == 1)
        // The same answer as an index built from the acts at once.
        #expect(NumberIndex(Self.acts).candidates(for: noted).map(\.metadata.id).sorted() == ["A", "B", "C"])
    }

    @Test func aFailedLoadIsKeptForTheCaller() {
        struct Broken: Error {}
        let index = NumberIndex { throw Broken() }
        #expect(index.candidates("1392").isEmpty)
        #expect(index.failure is Broken)
    }
}
