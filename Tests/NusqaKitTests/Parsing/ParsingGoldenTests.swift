import NusqaKit
import Testing
@testable import NusqaRender

/// Golden tree dumps of the five seeds (`Fixtures/parse/<id>.tree`), each read against its source
/// text before it was checked in.
struct ParsingGoldenTests {
    static let seeds = [Seeds.act000, Seeds.act001, Seeds.act002, Seeds.act003, Seeds.act004]

    @Test(arguments: seeds)
    func treeDumpMatchesGolden(_ id: String) throws {
        let act = try ParsingFixtures.seed(id)
        ParsingFixtures.expectGolden(TreeDump.render(act), at: "parse/\(id).tree")
    }

    @Test(arguments: seeds)
    func seedHasNoErrors(_ id: String) throws {
        let act = try ParsingFixtures.seed(id)
        let errors = act.diagnostics.filter(\.isError).map(\.message)
        #expect(errors.isEmpty, "\(id): \(errors)")
    }
}
