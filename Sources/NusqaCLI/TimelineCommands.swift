import NusqaKit

/// Loads the corpus and the timeline of the act a command names.
struct TimelineContext {
    var consolidation: Consolidation
    var entry: Corpus.Entry
    var timeline: Timeline

    init(_ name: String, context: Context) throws {
        let corpus = try context.loadCorpus()
        guard let entry = corpus.entry(named: name) else {
            throw RuntimeError("\(name): error: no act with this id or number in the corpus; see 'nusqa acts' [act-not-found]")
        }
        self.entry = entry
        self.consolidation = Consolidation(corpus: corpus)
        self.timeline = consolidation.timeline(for: entry)
    }

    var title: String {
        let m = entry.metadata
        return "\(m.number.map { "№ \($0)" } ?? m.id) — \(m.title ?? entry.act?.title ?? m.id) (\(m.id))"
    }

    func info(_ actID: String) -> EditorialNote.ActInfo? {
        guard let m = consolidation.corpus.entry(named: actID)?.metadata else { return nil }
        return EditorialNote.ActInfo(number: m.number ?? actID, signed: m.signedDate, issuer: m.issuer)
    }
}

/// `nusqa show ACT [--as-of DATE] [--format text|md|html|json|ndjson]`.
enum ShowCommand {
    static let command = Command(
        name: "show", usage: "nusqa show <act> [--as-of DATE] [--format text|md|html|json|ndjson]",
        summary: "Show an act as in force on a date, with notes under changed units.",
        discussion: """
            ARGUMENTS:
              <act>                   A corpus id (V2000021844) or order number (ҚР ДСМ-290/2020).

            OPTIONS:
              --as-of DATE            YYYY-MM-DD (default: today).
              --format FORMAT         text (default), md, html, json, or ndjson (one clause per line).
            """,
        options: ["as-of", "format"], flags: [], run: run)

    static func run(_ context: inout Context) throws -> Int32 {
        guard let name = context.arguments.positionals.first else { throw UsageError("missing <act>") }
        let format = try context.format(["text", "md", "html", "json", "ndjson"], default: "text")
        let date = try DateOption.parse(context.arguments.options["as-of"]) ?? CivilDate.today()
        let loaded = try TimelineContext(name, context: context)
        let edition = loaded.timeline.edition(asOf: date)
        let coming = loaded.timeline.comingChanges(after: date)
        switch format {
        case "json", "ndjson":
            let clauses = edition.body.children.map { $0.json(id: ClauseID.root.appending($0.idStep)) }
            if format == "ndjson" {
                for clause in Flatten.clauses(edition.body) { context.stdout += clause.compact() + "\n" }
            } else {
                context.stdout += JSONValue.object([
                    "schema": JSONOutput.schema, "kind": "show", "act": .string(loaded.entry.metadata.id), "asOf": .string(date.description),
                    "edition": .optional(edition.date?.description), "estimated": .bool(edition.isEstimated),
                    "clauses": .array(clauses),
                    "coming": .array(coming.map(JSONOutput.change)),
                ]).rendered()
            }
        default:
            let renderer = EditionRenderer(
                title: loaded.title, asOf: date, edition: edition, coming: coming, unapplied: loaded.timeline.unapplied, info: loaded.info)
            context.stdout += renderer.render(EditionRenderer.Format(rawValue: format) ?? .text)
        }
        return 0
    }
}

/// Flattens a tree to one JSON object per clause, without children (NDJSON).
enum Flatten {
    static func clauses(_ root: Clause) -> [JSONValue] {
        var out: [JSONValue] = []
        root.forEachDescendant { node, id in out.append(node.json(id: id, includingChildren: false)) }
        return out
    }
}

/// `--as-of`, `--from`, `--to` values.
enum DateOption {
    static func parse(_ value: String?) throws(UsageError) -> CivilDate? {
        guard let value else { return nil }
        guard let date = CivilDate(iso: value) else { throw UsageError("invalid date '\(value)'; expected YYYY-MM-DD") }
        return date
    }
}

/// `nusqa versions ACT`.
enum VersionsCommand {
    static let command = Command(
        name: "versions", usage: "nusqa versions <act> [--format text|json]",
        summary: "List an act's editions and the changes that made them.",
        discussion: """
            ARGUMENTS:
              <act>                   A corpus id or order number.

            OPTIONS:
              --format text|json      A listing (default) or JSON.
            """,
        options: ["format"], flags: [], run: run)

    static func run(_ context: inout Context) throws -> Int32 {
        guard let name = context.arguments.positionals.first else { throw UsageError("missing <act>") }
        let format = try context.format(["text", "json"], default: "text")
        let loaded = try TimelineContext(name, context: context)
        let timeline = loaded.timeline
        if format == "json" {
            context.stdout += JSONValue.object([
                "schema": JSONOutput.schema, "kind": "versions", "act": .string(loaded.entry.metadata.id),
                "editions": .array(timeline.editions.map { edition in
                    ["date": .optional(edition.date?.description), "estimated": .bool(edition.isEstimated),
                     "changes": .array(edition.changes.map(JSONOutput.change))]
                }),
                "unapplied": .array(timeline.unapplied.map { JSONOutput.change($0.change, reason: $0.reason) }),
            ]).rendered()
            return 0
        }
        var out = loaded.title + "\n\n"
        for edition in timeline.editions {
            guard let date = edition.date else {
                out += "original text\(loaded.entry.act == nil ? " (not in corpus)" : "")\n"
                continue
            }
            out += "\(date)\(edition.isEstimated ? " (estimated)" : "")\n"
            for change in edition.changes {
                out += "  \(change.act): \(change.target.kazakhReference) — \(change.deferredTarget == nil ? change.patch.operation.rawValue : "deferred part in force")\n"
            }
        }
        if !timeline.unapplied.isEmpty {
            out += "\nunapplied:\n"
            for item in timeline.unapplied { out += "  \(item.change.act): \(item.change.target.kazakhReference) — \(item.reason)\n" }
        }
        context.stdout += out
        return 0
    }
}

/// `nusqa history ACT CLAUSE`.
enum HistoryCommand {
    static let command = Command(
        name: "history", usage: "nusqa history <act> <clause> [--format text|json]",
        summary: "Show one clause through time.",
        discussion: """
            ARGUMENTS:
              <act>                   A corpus id or order number.
              <clause>                A clause id (att_1__para_2__subpara_11) or a Kazakh reference
                                      ("2-тармақтың 11) тармақшасы").

            OPTIONS:
              --format text|json      A listing (default) or JSON.
            """,
        options: ["format"], flags: [], run: run)

    static func run(_ context: inout Context) throws -> Int32 {
        guard context.arguments.positionals.count == 2 else { throw UsageError("expected <act> <clause>") }
        let loaded = try TimelineContext(context.arguments.positionals[0], context: context)
        let reference = context.arguments.positionals[1]
        let candidates = ClauseReference.ids(for: reference)
        guard !candidates.isEmpty else { throw UsageError("cannot read the clause reference '\(reference)'") }
        let history = candidates.lazy.map { loaded.timeline.history(of: $0) }.first { !$0.isEmpty } ?? []
        let id = candidates.first { !loaded.timeline.history(of: $0).isEmpty } ?? candidates[0]
        if try context.format(["text", "json"], default: "text") == "json" {
            context.stdout += JSONValue.object([
                "schema": JSONOutput.schema, "kind": "history", "act": .string(loaded.entry.metadata.id), "clause": .string(id.description),
                "reading": .string(id.kazakhReference),
                "changes": .array(history.map(JSONOutput.change)),
            ]).rendered()
            return 0
        }
        var out = "\(loaded.title)\n\(id) — \(id.kazakhReference)\n\n"
        if history.isEmpty { out += "no changes in the corpus\n" }
        for change in history {
            out += "\(change.effective)  \(change.act)  \(change.deferredTarget == nil ? change.patch.operation.rawValue : "deferred part in force")  \(change.target.kazakhReference)\n"
        }
        context.stdout += out
        return 0
    }
}

/// Reads a clause argument: an id, or a Kazakh reference under the order or its first annex.
enum ClauseReference {
    static func ids(for text: String) -> [ClauseID] {
        if let id = ClauseID(text), !id.steps.isEmpty { return [id] }
        let references = KazakhReferenceReader.references(in: text)
        guard !references.isEmpty else { return [] }
        let relative = ClauseID(references)
        return [ClauseID([ClauseID.Step(.annex, UnitNumber(1))] + relative.steps), relative]
    }
}

/// `nusqa check [--strict]`.
enum CheckCommand {
    static let command = Command(
        name: "check", usage: "nusqa check [--strict] [--format text|json]",
        summary: "Check the corpus: unparsed instructions, unapplied changes, estimated dates, warnings.",
        discussion: """
            OPTIONS:
              --strict                Treat warnings and estimated dates as problems too.
              --format text|json      Diagnostics as lines (default) or JSON.
            """,
        options: ["format"], flags: ["strict"], run: run)

    /// One problem found: a diagnostic and the file (or act id) it belongs to.
    struct Problem {
        var file: String
        var diagnostic: Diagnostic
        /// False for a problem of a whole act (an unapplied change): its text line has no `:1:1`.
        var withLocation = true

        /// The text line: `file:line:col: severity: message [code]`.
        var formatted: String {
            if diagnostic.location == nil && !withLocation {
                return "\(file): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code)]"
            }
            return diagnostic.formatted(file: file)
        }
    }

    static func run(_ context: inout Context) throws -> Int32 {
        let format = try context.format(["text", "json"], default: "text")
        let corpus = try context.loadCorpus()
        let consolidation = Consolidation(corpus: corpus)
        let strict = context.arguments.flags.contains("strict")
        var problems: [Problem] = []
        for (file, diagnostic) in corpus.diagnostics { problems.append(Problem(file: file, diagnostic: diagnostic)) }
        for entry in corpus.entries {
            let file = entry.textPath ?? entry.metadata.id
            for diagnostic in entry.act?.diagnostics ?? [] where diagnostic.severity >= .warning {
                problems.append(Problem(file: file, diagnostic: diagnostic))
            }
            if let reading = consolidation.readings[entry.metadata.id] {
                for diagnostic in reading.diagnostics { problems.append(Problem(file: file, diagnostic: diagnostic)) }
                for item in reading.unparsed {
                    problems.append(Problem(file: file, diagnostic: Diagnostic(.error, "unparsed-instruction", item.reason, at: item.span.start)))
                }
                if let estimated = reading.patches.first(where: { $0.effective.isEstimated }) {
                    let message = "entry-into-force dates are estimated (publication date unknown), e.g. \(estimated.effective.date)"
                    problems.append(Problem(file: file, diagnostic: Diagnostic(.warning, "estimated-date", message, at: estimated.span.start)))
                }
                if reading.targetID == nil {
                    let diagnostic = Diagnostic(.warning, "target-not-in-corpus", "the amended act is not in the corpus", at: SourceLocation(line: 1, column: 1))
                    problems.append(Problem(file: file, diagnostic: diagnostic))
                }
            }
            let timeline = consolidation.timeline(for: entry)
            for item in timeline.unapplied {
                let message = "unapplied change from \(item.change.act) to \(item.change.target): \(item.reason)"
                problems.append(Problem(file: entry.metadata.id, diagnostic: Diagnostic(.error, "unapplied-change", message), withLocation: false))
            }
        }
        // Corpus diagnostics count as errors whatever their severity, as they always have.
        let corpusCount = corpus.diagnostics.count
        let errors = corpusCount + problems.dropFirst(corpusCount).filter(\.diagnostic.isError).count
        let warnings = problems.count - errors
        let patches = consolidation.readings.values.reduce(0) { $0 + $1.patches.count }
        if format == "json" {
            context.stdout += JSONValue.object([
                "schema": JSONOutput.schema, "kind": "check", "acts": .int(corpus.entries.count), "patches": .int(patches),
                "errors": .int(errors), "warnings": .int(warnings),
                "problems": .array(problems.map { $0.diagnostic.json(file: $0.file) }),
            ]).rendered()
        } else {
            var out = problems.map { $0.formatted + "\n" }.joined()
            out += "\n\(corpus.entries.count) acts, \(patches) patches, \(errors) errors, \(warnings) warnings\n"
            context.stdout += out
        }
        return errors > 0 || (strict && warnings > 0) ? 1 : 0
    }
}
