import Foundation

/// The generator's model of the current wording of one approved document (Rules), kept in step with the
/// patches it writes, so that every instruction it emits addresses a unit that exists and every word
/// change quotes words that are really there. It mirrors how NusqaKit numbers and applies units:
/// abzacs keep the ordinal they got when their item was parsed (the lead is abzac 1), new sub-items go
/// after the last sub-item, and a word change rewrites every occurrence in the item's subtree.
struct RulesModel {
    /// A child of an item: a sub-item ("2)") or an unnumbered abzac.
    enum Child {
        case subItem(number: Int, text: String, deleted: Bool)
        case abzac(number: Int, text: String)
    }

    /// An item ("N.") with its lead text and children.
    struct Item {
        var number: [Int]
        var lead: String
        var children: [Child] = []
        var deleted = false

        var printed: String { number.map(String.init).joined(separator: "-") }

        /// The abzacs of the item as the parser numbers them: offset among children + 2.
        mutating func renumber() {
            for index in children.indices {
                if case .abzac(_, let text) = children[index] { children[index] = .abzac(number: index + 2, text: text) }
            }
        }

        var liveSubItems: [Int] {
            children.compactMap { if case .subItem(let n, _, false) = $0 { return n } else { return nil } }
        }
        var maxSubItem: Int {
            children.compactMap { if case .subItem(let n, _, _) = $0 { return n } else { return nil } }.max() ?? 0
        }
        var abzacs: [(number: Int, text: String)] {
            children.compactMap { if case .abzac(let n, let t) = $0 { return (n, t) } else { return nil } }
        }

        /// Rewrites `old` everywhere in the item, as the patch applier does; returns the number of hits.
        mutating func rewrite(_ old: String, _ new: String) {
            lead = lead.replacingOccurrences(of: old, with: new)
            for index in children.indices {
                switch children[index] {
                case .subItem(let n, let t, let d): children[index] = .subItem(number: n, text: t.replacingOccurrences(of: old, with: new), deleted: d)
                case .abzac(let n, let t): children[index] = .abzac(number: n, text: t.replacingOccurrences(of: old, with: new))
                }
            }
        }

        /// The blocks of the item as printed: "N. lead", "1) …", abzacs.
        var blocks: [String] {
            var out = ["\(printed). \(lead)"]
            for child in children {
                switch child {
                case .subItem(let n, let t, let d): if !d { out.append("\(n)) \(t)") }
                case .abzac(_, let t): out.append(t)
                }
            }
            return out
        }
    }

    /// The items in number order.
    var items: [Item]
    /// Chapter boundaries for printing the base text: (first item index, title).
    var chapters: [(start: Int, title: String)]
    /// The document's title ("… қағидалары").
    var topic: String

    var hasChapters: Bool { !chapters.isEmpty }

    func index(of number: [Int]) -> Int? { items.firstIndex { $0.number == number } }

    /// Inserts an item in number order (3 < 3-1 < 3-2 < 4).
    mutating func insert(_ item: Item) {
        let at = items.firstIndex { $0.number.lexicographicallyPrecedes(item.number) == false && $0.number != item.number } ?? items.count
        items.insert(item, at: at)
    }
}
