import Foundation
import NusqaKit
@testable import NusqaAmend
@testable import NusqaCore
@testable import NusqaCorpus
@testable import NusqaParse
@testable import NusqaTimeline

/// Shared helpers for the amendment tests: the repo's corpus, found from this file's path
/// (`Tests/NusqaKitTests/Amendments/X.swift` → the repo root three directories above its folder),
/// and a wrapper that turns an instruction fragment into a tiny amending order.
enum AmendmentFixtures {
    /// Applies every patch of `reading` to `base` as one amending act in force on 2026-01-01, with the
    /// failures in instruction order.
    static func apply(_ reading: AmendmentReading, to base: Clause) -> (Clause, [ApplyFailure]) {
        var root = base
        var failures: [ApplyFailure] = []
        for patch in reading.patches {
            let change = Change(act: "amending", actDate: nil, patch: patch, effective: EffectiveDate(date("2026-01-01"), estimated: false))
            if let failure = PatchApplier.apply(change, to: &root) { failures.append(failure) }
        }
        return (root, failures)
    }

    static var root: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Amendments
            .deletingLastPathComponent()  // NusqaKitTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // repo root
    }

    /// The repo's corpus, loaded once.
    static let corpus: Corpus? = try? Corpus.load(from: root.appendingPathComponent("Corpus").path)

    /// Reads `lines` as the user typed them (no wrapper): a fragment or a whole act, with no sidecar.
    static func read(_ lines: [String]) -> AmendmentReading {
        let act = ActParser.parse(SourceText(string: lines.joined(separator: "\n") + "\n", name: "<stdin>"))
        return AmendmentReader.read(act, metadata: nil)
    }

    /// The reading of a seed act, as `nusqa instructions ACT` sees it.
    static func reading(_ id: String) throws -> (entry: Corpus.Entry, reading: AmendmentReading) {
        guard let corpus else { throw FixtureError("corpus not found under \(root.path)") }
        guard let entry = corpus.entry(named: id), let act = entry.act else { throw FixtureError("no act \(id)") }
        return (entry, AmendmentReader.read(act, metadata: entry.metadata, resolveTarget: corpus.resolve))
    }

    static let lead = "      1. «Бір нәрсе туралы» Қазақстан Республикасы Денсаулық сақтау министрінің 2020 жылғы 20 желтоқсандағы № ҚР ДСМ-290/2020 бұйрығына (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 21844 болып тіркелген) мынадай өзгерістер енгізілсін:"
    static let rulesScope = "      көрсетілген бұйрықпен бекітілген Қағидаларында:"
    static let tenDays = "      2. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі."

    /// A tiny amending order around `fragment` (one line per element, each indented six spaces).
    static func order(_ fragment: [String], scope: Bool = true, entry: String = tenDays) -> SourceText {
        var lines = ["      БҰЙЫРАМЫН:", lead]
        if scope { lines.append(rulesScope) }
        lines += fragment.map { "      " + $0 }
        lines.append(entry)
        return SourceText(string: lines.joined(separator: "\n") + "\n", name: "fragment")
    }

    /// Metadata with a known publication date (dates are then not estimated).
    static func metadata(published: String? = "2025-03-01", registered: String? = "2025-02-20", signed: String? = "2025-02-18") -> ActMetadata {
        ActMetadata(
            id: "fragment", kind: .amending, number: "1", signed: signed.flatMap { CivilDate(iso: $0) },
            registration: registered.map { ActMetadata.Registration(number: "1", date: CivilDate(iso: $0)) },
            published: published.flatMap { CivilDate(iso: $0) })
    }

    /// Reads a fragment wrapped into an order.
    static func read(_ fragment: [String], scope: Bool = true, metadata: ActMetadata? = AmendmentFixtures.metadata(), entry: String = tenDays) -> (act: Act, reading: AmendmentReading) {
        let act = ActParser.parse(order(fragment, scope: scope, entry: entry))
        return (act, AmendmentReader.read(act, metadata: metadata))
    }

    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension AmendmentReading {
    var targets: [String] { patches.map(\.target.description) }
    func patch(_ target: String) -> Patch? { patches.first { $0.target.description == target } }
    func diagnostics(_ code: String) -> [Diagnostic] { diagnostics.filter { $0.code == code } }
}

extension AmendmentReading {
    var errors: [String] { diagnostics.filter(\.isError).map { "\($0.code): \($0.message)" } }
}
