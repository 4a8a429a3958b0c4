import NusqaCore
import NusqaText

/// Builds chapters, items, sub-items, abzacs and tables from a run of blocks (мазмұн талдаушысы).
///
/// Used for the content of approved documents (Rules, lists) and for the quoted payloads of amendment
/// instructions, so both are read by the same rules. Never throws: a block it cannot place becomes an
/// abzac or a text block, and numbering oddities become warnings.
package struct BodyParser {
    /// Accept loose item numbers (`3-1 Text`, `3.2 Text`) as in signed-PDF payloads.
    var loose = false
    /// Read a `N Text` line as a table row keyed by N (row payloads).
    var rowsOnly = false

    package var diagnostics: [Diagnostic] = []
    private var top: [ClauseBuilder] = []

    package init(loose: Bool = false, rowsOnly: Bool = false) {
        self.loose = loose
        self.rowsOnly = rowsOnly
    }

    /// Parses `blocks` into top-level builders: the sections, chapters, paragraphs and articles of a
    /// law when it has article headings ("12-бап. …"), otherwise chapters and items.
    /// - Complexity: O(n) in the number of blocks.
    package mutating func parse(_ blocks: [Block]) -> [ClauseBuilder] {
        if !rowsOnly, blocks.contains(where: { StructureParser.isLawHeading($0.text) }) { return parseArticles(blocks) }
        return parseItems(blocks)
    }

    /// Chapters, items, sub-items, abzacs, tables and notes.
    mutating func parseItems(_ blocks: [Block]) -> [ClauseBuilder] {
        top = []
        var subItemOpen = false
        for block in blocks {
            let text = block.text
            if block.kind == .tableRow {
                appendRow(block)
                continue
            }
            if block.kind == .preformatted {
                appendTop(ClauseBuilder(Clause(.preformatted, text: text), span: block.span))
                continue
            }
            if EditorialNoteText.isNote(text) {
                let note = ClauseBuilder(Clause(.editorialNote, text: text), span: block.span)
                if !appendToLastItem(note) { appendTop(note) }
                continue
            }
            if rowsOnly, let row = Self.looseRow(text) {
                var clause = Clause(.row, number: row.number, cells: [row.number.description, row.rest])
                clause.text = row.rest
                appendTop(ClauseBuilder(clause, span: block.span))
                continue
            }
            switch UnitMarker.classify(text, loose: loose) {
            case .chapter(let number, let rest):
                var clause = Clause(.chapter, number: number)
                clause.heading = rest.isEmpty ? nil : String(rest)
                top.append(ClauseBuilder(clause, span: block.span))
                subItemOpen = false
            case .table(let number, let rest):
                var clause = Clause(.table, number: number)
                clause.heading = rest.isEmpty ? nil : String(rest)
                appendTop(ClauseBuilder(clause, span: block.span))
            case .item(let number, let printed, let rest, let anomaly):
                var clause = Clause(.item, number: number, text: String(rest))
                let replaced = Self.replacingNote(&clause, span: block.span)
                if let anomaly {
                    clause.printedNumber = printed
                    diagnostics.append(
                        Diagnostic(
                            .warning, "numbering-\(anomaly)",
                            anomaly == "dotted-number"
                                ? "item number '\(printed)' read as \(number) (a dot where a hyphen belongs)"
                                : "item number '\(printed)' has no dot; read as item \(number)",
                            at: block.span.start))
                }
                var builder = ClauseBuilder(clause, span: block.span)
                if let replaced { builder.children.append(replaced) }
                appendTop(builder)
                subItemOpen = false
            case .subItem(let number, let rest):
                var subItem = Clause(.subItem, number: number, text: String(rest))
                let replaced = Self.replacingNote(&subItem, span: block.span)
                var builder = ClauseBuilder(subItem, span: block.span)
                if let replaced { builder.children.append(replaced) }
                if !appendToListPart(builder), !appendToLastItem(builder) { appendTop(builder) }
                subItemOpen = rest.hasSuffix(":")
            case .article, .section, .subsection:
                // Only reached inside a law's article run: kept as text, never lost.
                let builder = ClauseBuilder(Clause(.abzac, text: text), span: block.span)
                if !appendToLastItem(builder) { appendTop(builder) }
            case nil:
                let builder = ClauseBuilder(Clause(.abzac, text: text), span: block.span)
                if subItemOpen, appendToLastSubItem(builder) {
                    if text.hasSuffix(".") { subItemOpen = false }
                } else if !appendToLastItem(builder) {
                    appendTop(builder)
                }
            }
        }
        return top
    }

    /// A unit whose text is the publisher's "Күші жойылды - … қаулысымен." keeps no legal text: the words
    /// become its note, and its status says repealed or deleted.
    private static func replacingNote(_ clause: inout Clause, span: SourceSpan) -> ClauseBuilder? {
        guard let status = EditorialNoteText.replacedUnitStatus(clause.text) else { return nil }
        let note = ClauseBuilder(Clause(.editorialNote, text: clause.text), span: span)
        clause.text = ""
        clause.status = status
        return note
    }

    /// "1504-8 ПТР әдісімен…": a row number followed by its text.
    static func looseRow(_ text: String) -> (number: UnitNumber, rest: String)? {
        let head = text.prefix(while: { $0 != " " && $0 != "\t" })
        guard let number = UnitNumber(head) else { return nil }
        let rest = text.dropFirst(head.count).drop(while: { $0 == " " || $0 == "\t" })
        return (number, String(rest))
    }

    private mutating func appendRow(_ block: Block) {
        let cells = block.cells
        let first = cells.first ?? ""
        let clause: Clause
        if let number = UnitNumber(first) {
            var row = Clause(.row, number: number, cells: cells)
            row.text = cells.dropFirst().joined(separator: " | ")
            clause = row
        } else if first.isEmpty || first == "№" {
            if first == "№" {
                // A header row: kept on the table as its column titles.
                if var table = lastTable() {
                    table.clause.cells = cells
                    table.cover(block.span)
                    setLastTable(table)
                    return
                }
            }
            clause = Clause(.caption, text: cells.filter { !$0.isEmpty }.joined(separator: " "), cells: cells)
        } else {
            clause = Clause(.text, text: cells.joined(separator: " | "), cells: cells)
        }
        let builder = ClauseBuilder(clause, span: block.span)
        if var table = lastTable() {
            table.children.append(builder)
            table.cover(block.span)
            setLastTable(table)
        } else {
            appendTop(builder)
        }
    }

    private func lastTable() -> ClauseBuilder? {
        guard let last = top.last else { return nil }
        if last.clause.kind == .table { return last }
        if last.clause.kind == .chapter, let inner = last.children.last, inner.clause.kind == .table { return inner }
        return nil
    }

    private mutating func setLastTable(_ table: ClauseBuilder) {
        guard let index = top.indices.last else { return }
        if top[index].clause.kind == .table {
            top[index] = table
        } else if let inner = top[index].children.indices.last {
            top[index].children[inner] = table
        }
    }

    /// Appends to the current chapter when there is one, else at the top.
    private mutating func appendTop(_ builder: ClauseBuilder) {
        if let index = top.indices.last, top[index].clause.kind == .chapter, builder.clause.kind != .chapter {
            if builder.clause.kind == .abzac, top[index].children.isEmpty, top[index].clause.heading == nil {
                top[index].clause.heading = builder.clause.text
                top[index].cover(builder.span)
                return
            }
            top[index].children.append(builder)
            top[index].cover(builder.span)
        } else {
            top.append(builder)
        }
    }

    /// Runs `body` on the current item — the last top-level item, or the last item of the current
    /// chapter — and widens the spans around it when `body` placed `span` inside.
    private mutating func withCurrentItem(covering span: SourceSpan?, _ body: (inout ClauseBuilder) -> Bool) -> Bool {
        guard let index = top.indices.last else { return false }
        if top[index].clause.kind == .item { return body(&top[index]) }
        guard top[index].clause.kind == .chapter, let inner = top[index].children.indices.last,
            top[index].children[inner].clause.kind == .item
        else { return false }
        let placed = body(&top[index].children[inner])
        if placed { top[index].cover(span) }
        return placed
    }

    /// Appends `builder` to the last child of `item` when `accepts` says that child takes it.
    private static func appendToLastChild(of item: inout ClauseBuilder, _ builder: ClauseBuilder, accepts: (ClauseBuilder) -> Bool) -> Bool {
        guard let last = item.children.indices.last, accepts(item.children[last]) else { return false }
        item.children[last].children.append(builder)
        item.children[last].cover(builder.span)
        item.cover(builder.span)
        return true
    }

    /// A part of an item that introduces its own list ("Қордың филиалдары … мерзімде:" then 1), 2)):
    /// the sub-items belong to that part, so an item with several lists keeps unique ids
    /// (`para_4__abz_3__subpara_1`). The item's lead sentence does not count: its list is the item's.
    private mutating func appendToListPart(_ builder: ClauseBuilder) -> Bool {
        withCurrentItem(covering: builder.span) { item in
            Self.appendToLastChild(of: &item, builder) { part in
                guard part.clause.kind == .abzac else { return false }
                let introducesList = part.clause.text.hasSuffix(":") || part.children.last?.clause.kind == .subItem
                return introducesList && (part.children.isEmpty || part.children.last?.clause.kind == .subItem)
            }
        }
    }

    private mutating func appendToLastItem(_ builder: ClauseBuilder) -> Bool {
        withCurrentItem(covering: builder.span) { item in
            item.children.append(builder)
            item.cover(builder.span)
            return true
        }
    }

    private mutating func appendToLastSubItem(_ builder: ClauseBuilder) -> Bool {
        if let index = top.indices.last, top[index].clause.kind == .subItem {
            top[index].children.append(builder)
            top[index].cover(builder.span)
            return true
        }
        return withCurrentItem(covering: builder.span) { item in
            Self.appendToLastChild(of: &item, builder) { $0.clause.kind == .subItem }
        }
    }
}
