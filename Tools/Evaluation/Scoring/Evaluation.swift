import Foundation

/// Scores `nusqa` on a development set of real amending text, by the same logic as the reference scorer
/// (`../shared/devset/score`): operation class, target unit numbers, silently dropped fragments, no-ops
/// handled, and the entry-into-force rule with its dated exceptions.
public struct Evaluation {
    /// Counts of one part: what was scored and what was right.
    public struct Tally: Sendable {
        public var total = 0
        public var right = 0
        /// "57/189 = 30%".
        public var description: String {
            total == 0 ? "n/a" : "\(right)/\(total) = \(Int((Double(right) * 100 / Double(total)).rounded()))%"
        }
        /// The share right, 0…1 (1 when nothing was scored).
        public var ratio: Double { total == 0 ? 1 : Double(right) / Double(total) }
    }

    /// One miss: the record id and why.
    public struct Miss: Sendable {
        public var id: String
        public var reason: String
    }

    public var operation = Tally()
    public var target = Tally()
    public var entryIntoForce = Tally()
    public var noOp = Tally()
    public var silentlyDropped = 0
    public var crashes = 0
    /// Operation tallies by annotated `op`.
    public var byOperation: [String: Tally] = [:]
    public var misses: [Miss] = []

    /// The `--corpus` folder the engine runs with; nil for its default.
    public var corpus: String?

    /// Creates an empty evaluation.
    /// - Parameter corpus: the `--corpus` folder for every run (nil: the default `Corpus/`).
    public init(corpus: String? = nil) { self.corpus = corpus }

    /// Reads a JSON Lines file into objects.
    public static func records(at url: URL) throws -> [[String: Any]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }
    }

    /// Scores instruction fragments (`instructions.jsonl` records).
    public mutating func scoreInstructions(_ records: [[String: Any]]) {
        for record in records {
            let id = record["id"] as? String ?? "?"
            let expected = record["expected"] as? [String: Any] ?? [:]
            let output = EngineOutput.instructions(of: record["text"] as? String ?? "", corpus: corpus)
            guard output.status == 0 || output.status == 1 else {
                crashes += 1
                misses.append(Miss(id: id, reason: "exit \(output.status)"))
                continue
            }
            let patches = output.patches
            if expected["no_op"] as? Bool == true {
                noOp.total += 1
                let applied = patches.filter(EngineOutput.isApplied)
                if applied.isEmpty {
                    noOp.right += 1
                } else {
                    let names = Set(applied.compactMap { $0["operation"] as? String }).sorted().joined(separator: ",")
                    misses.append(Miss(id: id, reason: "no-op -> \(names)"))
                }
                continue
            }
            if patches.isEmpty, !output.hasReport, !(output.status == 1 && !output.stderr.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty) {
                silentlyDropped += 1
                misses.append(Miss(id: id, reason: "silently dropped"))
            }
            let op = expected["op"] as? String ?? "?"
            let want = OperationClass(annotation: op)
            let got = Set(patches.map { OperationClass(engineName: $0["operation"] as? String ?? "") })
            operation.total += 1
            byOperation[op, default: Tally()].total += 1
            if let want, got.contains(want) {
                operation.right += 1
                byOperation[op, default: Tally()].right += 1
            } else {
                let names = got.map(\.rawValue).sorted().joined(separator: ",")
                misses.append(Miss(id: id, reason: "op \(op) -> \(names.isEmpty ? "none" : names)"))
            }
            guard let paths = expected["target_nums"] as? [[Any]], !paths.isEmpty else { continue }
            let wanted = paths.map { $0.map { "\($0)" } }
            let ids = patches.flatMap(EngineOutput.targets)
            let have = ids.map(TargetNumbers.of)
            target.total += 1
            if wanted.allSatisfy(have.contains) {
                target.right += 1
            } else {
                misses.append(Miss(id: id, reason: "target \(wanted) -> \(ids)"))
            }
        }
    }

    /// Scores entry-into-force clauses of one language (`kk` or `ru`), each put in place of item 4 of `seed`
    /// (seed 000, a real order).
    public mutating func scoreEntryIntoForce(_ records: [[String: Any]], language: String, seed: String) {
        let lines = seed.components(separatedBy: "\n")
        guard let item4 = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("4. Осы бұйрық") }) else { return }
        for record in records where ((record["meta"] as? [String: Any])?["lang"] as? String ?? "kk") == language {
            let id = record["id"] as? String ?? "?"
            let expected = record["expected"] as? [String: Any] ?? [:]
            let text = (record["text"] as? String ?? "").replacingOccurrences(of: "\n", with: " ")
            let clause = text.replacingOccurrences(of: #"^\s*\d+\.\s*"#, with: "", options: .regularExpression)
            let document = (lines[..<item4] + ["      4. " + clause] + lines[min(lines.count, item4 + 2)...]).joined(separator: "\n")
            let output = EngineOutput.instructions(of: document, corpus: corpus)
            let rule = output.document["entryIntoForce"] as? [String: Any] ?? [:]
            let want = expected["default_rule"] as? String ?? ""
            var good = Self.ruleMatches(want, rule)
            let datedExceptions = (expected["exceptions"] as? [[String: Any]] ?? []).filter {
                ($0["date"] as? String)?.range(of: #"^\d{4}-\d\d-\d\d$"#, options: .regularExpression) != nil
            }.count
            let gotExceptions = (rule["exceptions"] as? [Any])?.count ?? 0
            if good, datedExceptions > 0, gotExceptions < datedExceptions { good = false }
            entryIntoForce.total += 1
            if good {
                entryIntoForce.right += 1
            } else {
                let shown = [rule["rule"], rule["days"], rule["date"]].compactMap { $0.flatMap { $0 is NSNull ? nil : "\($0)" } }
                misses.append(
                    Miss(id: id, reason: "eif \(want) (\(datedExceptions) dated exceptions) -> \(shown.isEmpty ? "none" : shown.joined(separator: " ")) (\(gotExceptions) exceptions)"))
            }
        }
    }

    /// Whether an engine's `entryIntoForce` object states the annotated default rule (the scorer's `rule_ok`).
    static func ruleMatches(_ want: String, _ rule: [String: Any]) -> Bool {
        let name = (rule["rule"] as? String ?? "").lowercased()
        let days = rule["days"] as? Int
        if let match = want.range(of: #"^\d+(?=_calendar_days)"#, options: .regularExpression) {
            return name.contains("days") && name.contains("publication") && days == Int(want[match])
        }
        if want.hasPrefix("on_signing") { return name.contains("sign") }
        if want == "on_first_official_publication" { return name.hasPrefix("from-publication") }
        if want.hasPrefix("after_first_official_publication") { return name.contains("day-after") }
        if want.hasPrefix("fixed_date:") {
            let date = String(want.dropFirst("fixed_date:".count).prefix(10))
            let inRule = name.range(of: #"\d{4}-\d\d-\d\d"#, options: .regularExpression).map { String(name[$0]) }
            return (rule["date"] as? String) == date || inRule == date
        }
        if want == "on_state_registration" { return name.contains("registration") }
        return false
    }

    /// The summary lines the reference scorer prints.
    public var summary: String {
        let ops = byOperation.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.right)/\($0.value.total)" }.joined(separator: ", ")
        return "by operation: \(ops)\n"
            + "devset: operation \(operation.description), target \(target.description), entry into force \(entryIntoForce.description), "
            + "silently dropped \(silentlyDropped), crashes \(crashes), no-op \(noOp.right)/\(noOp.total)\n"
    }
}
