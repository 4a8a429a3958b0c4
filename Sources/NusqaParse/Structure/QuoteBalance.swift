import NusqaCore

/// Checks that quoted payloads in amending items are closed (тырнақша теңгерімі).
///
/// An order cut off inside a quoted block is an error: its last instruction has no end.
enum QuoteBalance {
    /// An error for every amending item whose «…» or "…" quotes are not closed by its end.
    static func check(_ root: Clause, spans: [ClauseID: SourceSpan]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for item in root.children where item.kind == .item && StructureParser.isAmendingLead(item.text) {
            var open = 0
            var straight = 0
            var lastOpen: ClauseID?
            let itemID = ClauseID.root.appending(item.idStep)
            for child in item.children {
                for character in child.text.unicodeScalars {
                    if character == "«" { open += 1; lastOpen = itemID.appending(child.idStep) }
                    if character == "»" { open = max(0, open - 1) }
                    if character == "\"" { straight += 1; if straight % 2 == 1 { lastOpen = itemID.appending(child.idStep) } }
                }
            }
            if open > 0 || straight % 2 == 1 {
                out.append(
                    Diagnostic(
                        .error, "unterminated-quote",
                        "item \(item.number?.description ?? "?") ends inside a quoted block: the text is cut off or a closing quote is missing",
                        at: lastOpen.flatMap { spans[$0]?.start } ?? spans[itemID]?.start))
            }
        }
        return out
    }
}
