import NusqaCore

/// A citation found in an act, with the place of the block it was found in.
public struct LocatedCitation: Sendable, Hashable {
    /// The citation.
    public var citation: Citation
    /// The start of the block or clause that holds it.
    public var location: SourceLocation
}

extension Act {
    /// Every reference to another act in the text (сілтемелер), in source order.
    /// - Complexity: O(n) in the size of the text.
    public func citations() -> [LocatedCitation] {
        var out: [LocatedCitation] = []
        body.forEachDescendant { node, id in
            let location = spans[id]?.start ?? SourceLocation(line: 1, column: 1)
            for text in [node.heading ?? "", node.text] where !text.isEmpty {
                for citation in CitationScanner.citations(in: text) {
                    out.append(LocatedCitation(citation: citation, location: location))
                }
            }
        }
        return out
    }
}
