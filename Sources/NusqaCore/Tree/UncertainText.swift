/// The visible marker of text the reader could not put in order (белгісіз орын; неясное место):
/// "⟦?⟧" stands right after words whose place in the line is unknown — hyperlink text the adilet
/// export displaced to the end of a line when no placement could be decided. It is written into the
/// text itself, so every format shows it where it stands (text, Markdown, HTML, and JSON, where the
/// clause also gets an `uncertain` field); it is never legal text and is never silently dropped.
public enum UncertainText {
    /// The marker: "⟦?⟧" (U+27E6, "?", U+27E7), which no Kazakh or Russian act prints.
    public static let marker = "⟦?⟧"

    /// The explanation shown with the marker.
    public static let explanation =
        "⟦?⟧: сілтеме мәтіні жолдың соңына ығысқан, орны анықталмады / hyperlink text displaced to the end of the line in the source; its place could not be determined"

    /// How many markers `text` holds.
    /// - Complexity: O(n) in the length of the text.
    public static func count(in text: String) -> Int {
        let needle = Array(marker.utf8)
        let bytes = Array(text.utf8)
        guard bytes.count >= needle.count else { return 0 }
        var found = 0
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], Array(bytes[i..<(i + needle.count)]) == needle {
                found += 1
                i += needle.count
            } else {
                i += 1
            }
        }
        return found
    }
}
