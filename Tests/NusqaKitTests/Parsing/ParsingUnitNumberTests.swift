import NusqaKit
import Testing
@testable import NusqaCore

/// Unit numbers (нөмір): parsing and the insertion order `3 < 3-1 < 3-2 < 4`.
struct ParsingUnitNumberTests {
    @Test func insertedNumbersSortIntoPlace() throws {
        let printed = ["3", "3-1", "3-2", "4", "26", "26-1", "26-1-1", "26-2", "27", "1504", "1504-8", "1505"]
        let numbers = try printed.map { try #require(UnitNumber($0)) }
        #expect(numbers == numbers.sorted())
        #expect(numbers.shuffled().sorted().map(\.description) == printed)
        for (a, b) in zip(numbers, numbers.dropFirst()) { #expect(a < b, "\(a) < \(b)") }
    }

    @Test(arguments: [("3", [3]), ("26-1", [26, 1]), ("1504-8", [1504, 8]), ("0", [0]), ("007", [7])])
    func parses(_ text: String, _ parts: [Int]) {
        #expect(UnitNumber(text)?.parts == parts)
    }

    @Test(arguments: ["", "-1", "1-", "1--2", "٣", "3a", "3.2", " 3", "3 ", "1234567890", "²"])
    func rejects(_ text: String) {
        #expect(UnitNumber(text) == nil, "'\(text)' should not parse")
    }

    @Test func printsWithHyphens() {
        #expect(UnitNumber([26, 1]).description == "26-1")
        #expect(UnitNumber(4).description == "4")
    }
}
