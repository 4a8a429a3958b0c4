import NusqaCore
import NusqaCorpus
import NusqaParse
import NusqaText

/// Plain-text listings for `parse --repairs` and `parse --citations`.
package enum TextListings {
    package static func repairs(_ act: Act) -> String {
        var out = "REPAIRS (\(act.repairs.count))\n"
        for repair in act.repairs {
            out += "\(act.name):\(repair.line)\(repair.column.map { ":\($0)" } ?? ""): \(repair.kind.rawValue)\n  - \(repair.before)\n  + \(repair.after)\n"
        }
        for line in act.metadata {
            out += "\(act.name):\(line.line): moved to metadata (\(line.role)): \(line.text)\n"
        }
        return out
    }

    /// The table of `nusqa acts`: id, kind, number, signing date and title of every act.
    package static func acts(_ corpus: Corpus) -> String { acts(corpus.entries.map(ActSummary.init)) }

    /// The `nusqa acts` table of `acts` (from a loaded corpus or a store).
    package static func acts(_ acts: [ActSummary]) -> String {
        var rows: [[String]] = [["ID", "KIND", "NUMBER", "DATE", "TITLE"]]
        for act in acts {
            var title = act.title ?? act.textTitle ?? ""
            if title.count > 70 { title = String(title.prefix(69)) + "…" }
            if !act.hasText { title = "[text not in corpus] " + title }
            rows.append([act.id, act.kind, act.number ?? "—", act.signed ?? "—", title])
        }
        return TextTable.render(rows)
    }

    package static func citations(_ act: Act) -> String {
        let list = act.citations()
        var out = "CITATIONS (\(list.count))\n"
        for located in list {
            let c = located.citation
            var parts = [c.kind.rawValue]
            if let issuer = c.issuer { parts.append(issuer) }
            if let date = c.date { parts.append(date.description) }
            if let number = c.number { parts.append("№ \(number)") }
            if let reg = c.registrationNumber { parts.append("reg. № \(reg)") }
            if let title = c.title { parts.append("«\(title)»") }
            out += "\(act.name):\(located.location.line):\(located.location.column): " + parts.joined(separator: " · ") + "\n"
        }
        return out
    }
}
