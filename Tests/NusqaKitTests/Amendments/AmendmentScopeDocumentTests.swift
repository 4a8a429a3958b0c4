import NusqaKit
import Testing
@testable import NusqaAmend
@testable import NusqaCore
@testable import NusqaParse


/// A scope line reaches the approved document its kind word names, by the target's sidecar `documents`.
@Suite struct AmendmentScopeDocumentTests {
    let documents = [
        ActMetadata.Document(annex: "1", kind: "rules", title: "Қағидалар"),
        ActMetadata.Document(annex: "2", kind: "list", title: "Тізбе"),
    ]

    func targets(scope: String, documents: [ActMetadata.Document]) -> [String] {
        let act = ActParser.parse(AmendmentFixtures.order([scope, "5-тармақ алып тасталсын."], scope: false))
        let reading = AmendmentReader.read(
            act, metadata: AmendmentFixtures.metadata(), resolveTarget: { _ in "T" }, documentsOf: { _ in documents })
        return reading.patches.map(\.target.description)
    }

    @Test func aListScopeReachesTheListAnnex() {
        #expect(targets(scope: "көрсетілген бұйрықпен бекітілген медициналық бұйымдар тізбесінде:", documents: documents) == ["att_2__para_5"])
    }

    @Test func aRulesScopeReachesTheRulesAnnex() {
        #expect(targets(scope: "көрсетілген бұйрықпен бекітілген Қағидаларында:", documents: documents) == ["att_1__para_5"])
    }

    @Test func withoutDocumentsTheFirstAnnexIsAssumed() {
        #expect(targets(scope: "көрсетілген бұйрықпен бекітілген медициналық бұйымдар тізбесінде:", documents: []) == ["att_1__para_5"])
    }
}
