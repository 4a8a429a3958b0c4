import NusqaAmend
import NusqaCore
import NusqaLanguage
import NusqaParse

/// The table printed by `nusqa instructions`.
package enum InstructionsTable {
    package static func render(_ reading: AmendmentReading, explain: Bool) -> String {
        var out = ""
        if let target = reading.targetCitation {
            out += "TARGET: \(reading.targetID ?? "(not in corpus)") — № \(target.number ?? "?") of \(target.date?.description ?? "?")"
            if let registration = target.registrationNumber { out += ", reg. № \(registration)" }
            out += "\n"
        }
        out += "INSTRUCTIONS: \(reading.instructionCount) sentences, \(reading.patches.count) patches, \(reading.unparsed.count) unparsed\n\n"
        var rows: [[String]] = [["#", "OPERATION", "TARGET", "READING", "EFFECTIVE", "LINE"]]
        for patch in reading.patches {
            rows.append([
                String(patch.sequence), patch.operation.rawValue, patch.target.description.isEmpty ? "(whole act)" : patch.target.description,
                patch.target.kazakhReference, patch.effective?.description ?? "undated", String(patch.span.start.line),
            ])
            for part in patch.deferred {
                rows.append(["", "  deferred", part.target.description, part.target.kazakhReference, part.effective.description, ""])
            }
        }
        out += TextTable.render(rows)
        if explain {
            out += "\nEXPLAIN\n"
            for patch in reading.patches {
                out += "#\(patch.sequence) line \(patch.span.start.line), abzacs \(patch.abzacs.lowerBound)–\(patch.abzacs.upperBound)\n"
                out += "  sentence: \(patch.instruction)\n"
                out += "  verb:     \(patch.operation.rawValue) (\(patch.operation.notePhrase))\n"
                out += "  target:   \(patch.target) = \(patch.target.kazakhReference)\n"
                if let words = patch.words {
                    out += "  words:    «\(words.old)» → «\(words.new)» (\(words.position.rawValue)\(words.isGlobal ? ", whole text" : ""))\n"
                }
                if let payload = patch.payload {
                    out += "  payload:  \(payload.kind.rawValue) \(payload.number?.description ?? ""), lines \(patch.span.start.line)–\(patch.span.end.line), \(payload.children.count) children\n"
                }
            }
            for item in reading.unparsed {
                out += "UNPARSED line \(item.span.start.line) (abzac \(item.abzac)): \(item.reason)\n  \(item.text)\n"
            }
            if let rule = reading.entryIntoForce {
                out += "ENTRY INTO FORCE: \(rule.rule)\(rule.mustBePublished ? " (must be officially published)" : "")\n"
                if let force = rule.comesIntoForce { out += "COMES INTO FORCE: \(force) (kept apart from the entry-into-force date)\n" }
                for exception in rule.exceptions {
                    out += "  except \(exception.units.map(\.description).joined(separator: ", ")): \(exception.rule)\n"
                }
                if let appliesFrom = rule.appliesFrom {
                    out += "APPLIES TO RELATIONS ARISING FROM: \(appliesFrom) (kept apart from the entry-into-force date)\n"
                }
            }
        }
        return out
    }
}
