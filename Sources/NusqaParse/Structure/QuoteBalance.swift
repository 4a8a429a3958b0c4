import NusqaCore
import NusqaLanguage

/// Checks that quoted payloads in amending items are closed (тырнақша теңгерімі).
///
/// An order cut off inside a quoted block is an error: its last instruction has no end.
enum QuoteBalance {
    /// An error for every amending item whose «…» or "…" quotes are not closed by its end.
    static func check(_ root: Clause, spans: [ClauseID: SourceSpan]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for item in root.children where item.kind == .item && AmendingLead.isAmending(item.text) {
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
                // Real texts collapse nested closings ("«3. … «… әкімшілігі» мекемесі.»;" closes both) and
                // print a doubled opening once ("\"Ертiс орманы\" … 307\" деген"): when the item's last
                // block ends with a closing quote, its payload did close, and the imbalance is a warning.
                let last = item.children.last { $0.kind != .editorialNote }?.text ?? item.text
                if Self.endsWithClosingQuote(last) {
                    out.append(
                        Diagnostic(
                            .warning, "quote-imbalance",
                            "item \(item.number?.description ?? "?") has unpaired quotes (a nested closing quote printed once?); its last block closes the quote",
                            at: lastOpen.flatMap { spans[$0]?.start } ?? spans[itemID]?.start))
                    continue
                }
                out.append(
                    Diagnostic(
                        .error, "unterminated-quote",
                        "item \(item.number?.description ?? "?") ends inside a quoted block: the text is cut off or a closing quote is missing",
                        at: lastOpen.flatMap { spans[$0]?.start } ?? spans[itemID]?.start))
            }
        }
        return out
    }

    /// Whether `text` ends with a closing quote, possibly followed by ";", "." or ",".
    static func endsWithClosingQuote(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.reversed().drop { $0 == " " || $0 == ";" || $0 == "." || $0 == "," }.makeIterator()
        guard let last = scalars.next() else { return false }
        return last == "»" || last == "\"" || last == "”"
    }
}
