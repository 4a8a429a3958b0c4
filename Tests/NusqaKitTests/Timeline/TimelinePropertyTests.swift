import Foundation
import NusqaKit
import NusqaToolSupport
import Testing
@testable import NusqaCore
@testable import NusqaCorpus
@testable import NusqaRender
@testable import NusqaTimeline


/// Properties every timeline must have, checked on the synthetic corpus and the three seed bases:
/// input order does not matter, an act with no amendments renders back its own text, every edition
/// is structurally valid, and `asOf` never re-applies a patch.
@Suite struct TimelinePropertyTests {
    static let synthetic = TimelineSyntheticTests.consolidation
    static let seeds = TimelineSeedTests.consolidation
    static let seedIDs = ["V2000021844", "V2000021471", "V2200027833"]

    /// Every (consolidation, act) pair under test.
    static var subjects: [(name: String, consolidation: Consolidation, entry: Corpus.Entry)] {
        var out: [(String, Consolidation, Corpus.Entry)] = []
        if let entry = synthetic.corpus.entry(named: TimelineSyntheticTests.baseID) { out.append((entry.metadata.id, synthetic, entry)) }
        for id in seedIDs {
            if let entry = seeds.corpus.entry(named: id) { out.append((id, seeds, entry)) }
        }
        return out
    }

    func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    @Test func allSubjectsAreLoaded() {
        #expect(Self.subjects.map(\.name) == [TimelineSyntheticTests.baseID] + Self.seedIDs)
    }

    // MARK: Order independence

    @Test func anyInputOrderGivesTheSameEditions() {
        var generator = SplitMix64(seed: 2025)
        for subject in Self.subjects {
            let changes = subject.consolidation.changes(for: subject.entry.metadata.id)
            let base = subject.consolidation.base(for: subject.entry)
            let forward = Timeline(actID: subject.name, base: base, changes: changes)
            #expect(!changes.isEmpty, "\(subject.name)")
            for round in 0..<20 {
                let shuffled = Timeline(actID: subject.name, base: base, changes: changes.shuffled(using: &generator))
                #expect(shuffled.editions == forward.editions, "\(subject.name), shuffle \(round)")
                #expect(shuffled.unapplied == forward.unapplied, "\(subject.name), shuffle \(round)")
                #expect(shuffled.changes == forward.changes, "\(subject.name), shuffle \(round)")
            }
            let reversed = Timeline(actID: subject.name, base: base, changes: changes.reversed())
            #expect(reversed.editions == forward.editions, "\(subject.name), reversed")
        }
    }

    @Test func shufflingTheReadingsOfEachAmendingActGivesTheSameEditions() throws {
        // The same property one level up: the corpus entries in any order, the patches of each act in any order.
        let entries = Self.synthetic.corpus.entries
        let reference = try #require(Self.synthetic.corpus.entry(named: TimelineSyntheticTests.baseID))
        let expected = Self.synthetic.timeline(for: reference).editions
        var generator = SplitMix64(seed: 7)
        for _ in 0..<10 {
            let consolidation = Consolidation(corpus: Corpus(entries: entries.shuffled(using: &generator)))
            var changes = consolidation.changes(for: TimelineSyntheticTests.baseID)
            changes.shuffle(using: &generator)
            let timeline = Timeline(actID: "x", base: consolidation.base(for: reference), changes: changes)
            #expect(timeline.editions == expected)
        }
    }

    // MARK: No amendments

    @Test func anActWithNoAmendmentsRendersBackItsText() throws {
        let entry = try #require(Self.synthetic.corpus.entry(named: TimelineSyntheticTests.baseID))
        let act = try #require(entry.act)
        let alone = Consolidation(corpus: Corpus(entries: [entry]))
        let timeline = alone.timeline(for: entry)
        #expect(timeline.editions.count == 1)
        #expect(timeline.changes.isEmpty && timeline.unapplied.isEmpty)
        for day in ["1990-01-01", "2025-01-15", "2025-06-20", "2030-12-31"] {
            let edition = timeline.edition(asOf: date(day))
            #expect(edition.body == act.body, "\(day)")
            #expect(edition.date == nil)
            let rendered = EditionRenderer(
                title: "t", asOf: date(day), edition: edition, coming: [], unapplied: [], info: { _ in nil }
            ).render(.text)
            #expect(!rendered.contains("Ескерту."), "no notes without amendments")
            // Every abzac of the source (its 6-space-indented lines), in order.
            let source = try String(contentsOfFile: try #require(entry.textPath), encoding: .utf8)
            var position = rendered.startIndex
            for line in source.split(separator: "\n") where line.hasPrefix("      ") {
                let text = line.trimmingCharacters(in: .whitespaces)
                guard let found = rendered.range(of: text, range: position..<rendered.endIndex) else {
                    Issue.record("\(day): «\(text)» is missing from the rendering or out of order")
                    break
                }
                position = found.upperBound
            }
        }
        // The full corpus agrees before the first amendment takes effect.
        let full = Self.synthetic.timeline(for: entry)
        #expect(full.edition(asOf: date("2025-03-20")).body == act.body)
    }

    // MARK: Structure

    @Test func everyEditionIsStructurallyValid() {
        for subject in Self.subjects {
            let timeline = subject.consolidation.timeline(for: subject.entry)
            for edition in timeline.editions {
                let errors = EditionValidator.errors(edition)
                #expect(errors.isEmpty, "\(subject.name) edition \(edition.date?.description ?? "original"): \(errors)")
            }
        }
    }

    @Test func theSyntheticEditionsHaveNoWarningsEither() throws {
        let entry = try #require(Self.synthetic.corpus.entry(named: TimelineSyntheticTests.baseID))
        for edition in Self.synthetic.timeline(for: entry).editions {
            #expect(EditionValidator.validate(edition).isEmpty, "\(edition.date?.description ?? "original")")
        }
    }

    @Test func theSeedEditionsHaveNoWarnings() throws {
        // Items 4 and 40 of ҚР ДСМ-290/2020 (new wording by order 127) hold several sub-item lists, each
        // opened by a part of the item; the lists nest under their parts (`att_1__para_4__abz_3__subpara_1`),
        // so no id is shared and the validator has nothing to warn about.
        var warnings: Set<String> = []
        for subject in Self.subjects where Self.seedIDs.contains(subject.name) {
            for edition in subject.consolidation.timeline(for: subject.entry).editions {
                for problem in EditionValidator.validate(edition) {
                    warnings.insert("\(subject.name) \(problem.code) \(problem.id)")
                }
            }
        }
        #expect(warnings.isEmpty)
    }

    @Test func everyEditionOfAnySubsetOfTheChangesIsValid() throws {
        // Drop changes at random: the timeline may then leave some unapplied, but it never builds a malformed tree.
        var generator = SplitMix64(seed: 99)
        for subject in Self.subjects {
            let changes = subject.consolidation.changes(for: subject.entry.metadata.id)
            let base = subject.consolidation.base(for: subject.entry)
            for _ in 0..<15 {
                let subset = changes.filter { _ in Bool.random(using: &generator) }.shuffled(using: &generator)
                let timeline = Timeline(actID: subject.name, base: base, changes: subset)
                #expect(timeline.applicationCount == subset.count)
                for edition in timeline.editions {
                    let errors = EditionValidator.errors(edition)
                    #expect(errors.isEmpty, "\(subject.name) subset of \(subset.count): \(errors)")
                }
            }
        }
    }

    @Test func theValidatorFindsEachKindOfProblem() {
        func item(_ n: String, _ children: [Clause] = []) -> Clause { Clause(.item, number: UnitNumber(n), text: "x", children: children) }
        func sub(_ n: String) -> Clause { Clause(.subItem, number: UnitNumber(n), text: "y") }
        func codes(_ children: [Clause]) -> [String] {
            EditionValidator.validate(Clause(.document, children: [Clause(.annex, number: UnitNumber(1), children: children)])).map(\.code)
        }
        #expect(codes([item("1", [sub("1"), sub("2")]), item("2"), item("2-1"), item("3")]).isEmpty)
        #expect(codes([item("1"), item("3-1"), item("3")]) == ["numbering-order"])
        #expect(codes([item("1", [sub("2"), sub("1")])]) == ["numbering-order"])
        #expect(codes([item("1"), sub("1")]) == ["orphan-sub-item"])
        #expect(codes([item("1"), item("1")]) == ["numbering-order", "duplicate-id"])
        // A sub-item list restarted after an abzac is in order, but its ids are ambiguous (a warning).
        let abzac = Clause(.abzac, number: UnitNumber(4), text: "z")
        #expect(codes([item("1", [sub("1"), sub("2"), abzac, sub("1")])]) == ["ambiguous-id"])
        #expect(codes([item("1", [sub("1"), sub("2"), abzac, sub("3")])]).isEmpty)
        #expect(codes([item("1", [sub("1"), sub("2"), sub("1")])]) == ["numbering-order", "duplicate-id"])
        // Items are numbered through chapters: 3-1 after the 4 of the previous chapter is out of order.
        let chapters = [
            Clause(.chapter, number: UnitNumber(1), children: [item("1"), item("4")]),
            Clause(.chapter, number: UnitNumber(2), children: [item("3-1"), item("5")]),
        ]
        #expect(codes(chapters) == ["numbering-order"])
        let problem = EditionValidator.validate(Clause(.document, children: [sub("1")]))
        #expect(problem.map(\.id.description) == ["subpara_1"])
        #expect(problem.first?.diagnostic.severity == .error)
    }

    // MARK: No re-application

    @Test func asOfReadsStoredEditionsAndNeverReapplies() {
        for subject in Self.subjects {
            let timeline = subject.consolidation.timeline(for: subject.entry)
            let built = timeline.applicationCount
            #expect(built == timeline.changes.count, "\(subject.name): one application per change")
            var day = date("2019-01-01")
            let end = date("2028-01-01")
            while day <= end {
                let edition = timeline.edition(asOf: day)
                // The edition is the stored one a linear scan finds: the last that starts on or before the day.
                let expected = timeline.editions.last { $0.date.map { $0 <= day } ?? true }
                #expect(edition == expected, "\(subject.name) \(day)")
                _ = timeline.comingChanges(after: day)
                day = day.adding(days: 17)
            }
            #expect(timeline.applicationCount == built, "\(subject.name): asOf must not re-apply patches")
        }
    }
}
