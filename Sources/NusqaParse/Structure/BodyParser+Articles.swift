import NusqaCore
import NusqaLanguage
import NusqaText

extension BodyParser {
    /// The rank of a heading of a law's structure, outermost first: section (бөлім), chapter (тарау),
    /// paragraph (параграф), article (бап).
    private static func rank(_ kind: ClauseKind) -> Int {
        switch kind {
        case .section: 0
        case .chapter: 1
        case .subsection: 2
        default: 3
        }
    }

    /// The heading a block opens, if any: kind, number and the words after it.
    private static func heading(_ text: String) -> (ClauseKind, UnitNumber, Substring)? {
        switch UnitMarker.classify(text) {
        case .section(let number, let rest): (.section, number, rest)
        case .chapter(let number, let rest): (.chapter, number, rest)
        case .subsection(let number, let rest): (.subsection, number, rest)
        case .article(let number, let rest): (.article, number, rest)
        default: nil
        }
    }

    /// Sections, chapters, paragraphs and articles of a law or code, each article's content read as items
    /// ("1." parts), sub-items and abzacs. Articles are numbered through the whole law, so sections,
    /// chapters and paragraphs are transparent in ids: article 12 is `art_12` wherever it stands.
    /// An article whose items amend other acts ("… өзгерістер енгізілсін:") keeps them flat, as an
    /// amending order's items are.
    /// - Complexity: O(n) in the number of blocks.
    mutating func parseArticles(_ blocks: [Block]) -> [ClauseBuilder] {
        var result: [ClauseBuilder] = []
        var stack: [ClauseBuilder] = []
        var run: [Block] = []

        func attach(_ builder: ClauseBuilder, _ stack: inout [ClauseBuilder], _ result: inout [ClauseBuilder]) {
            if stack.isEmpty {
                result.append(builder)
            } else {
                stack[stack.count - 1].children.append(builder)
                stack[stack.count - 1].cover(builder.span)
            }
        }

        func flushRun(_ parser: inout BodyParser) {
            guard !run.isEmpty else { return }
            var content = run
            run = []
            // A heading printed on its own line ("1-БӨЛІМ" then "ЖАЛПЫ ЕРЕЖЕЛЕР"): the next line is its title.
            if let last = stack.indices.last, stack[last].clause.kind != .article, stack[last].clause.heading == nil,
                stack[last].children.isEmpty, let first = content.first, UnitMarker.classify(first.text) == nil,
                !EditorialNoteText.isNote(first.text)
            {
                stack[last].clause.heading = first.text
                stack[last].cover(first.span)
                content.removeFirst()
            }
            guard !content.isEmpty else { return }
            let children: [ClauseBuilder]
            if content.contains(where: { AmendingLead.isAmending($0.text) }) {
                var items = StructureParser(blocks: content, lines: [], dialect: .plain)
                var read = items.parseOrderItems()
                parser.diagnostics += items.diagnostics
                if items.index < content.count {
                    var rest = BodyParser()
                    read += rest.parseItems(Array(content[items.index...]))
                    parser.diagnostics += rest.diagnostics
                }
                children = read
            } else {
                var inner = BodyParser()
                children = inner.parseItems(content)
                parser.diagnostics += inner.diagnostics
            }
            for child in children { attach(child, &stack, &result) }
        }

        func close(downTo rank: Int) {
            while let last = stack.last, Self.rank(last.clause.kind) >= rank {
                stack.removeLast()
                attach(last, &stack, &result)
            }
        }

        for block in blocks {
            guard let (kind, number, rest) = Self.heading(block.text) else {
                run.append(block)
                continue
            }
            flushRun(&self)
            close(downTo: Self.rank(kind))
            var clause = Clause(kind, number: number)
            clause.heading = rest.isEmpty ? nil : String(rest)
            stack.append(ClauseBuilder(clause, span: block.span))
        }
        flushRun(&self)
        close(downTo: 0)
        return result
    }
}
