import Foundation
import NusqaCore
import NusqaLanguage
import NusqaParse
/// Text in an amending act that is not an instruction, and what it is (нұсқау емес мәтін).
public struct ClassifiedText: Sendable, Hashable {
    /// What the text is.
    public enum Kind: String, Sendable, Hashable {
        /// Title, preamble and header before the operative part.
        case frontMatter = "front-matter"
        /// An operative sentence that amends no act ("… таратылсын", "… шараларды қабылдасын").
        case operative
        /// The entry-into-force item.
        case entryIntoForce = "entry-into-force"
        /// A publisher's note recording a change already made ("Ескерту. …", "күші жойылды - ҚР …").
        case editorialNote = "editorial-note"
        /// A signature or the signatory's name.
        case signature
        /// An annex header ("… қаулысымен бекітілген") or an annex title.
        case annexHeading = "annex-heading"
        /// The body of an annex the act approves (a table, a list): not a change to another act.
        case annexContent = "annex-content"
        /// A line that opens the changes to an act, or a scope line with nothing of its own to change.
        case scope
    }

    /// The text as read.
    public var text: String
    /// Where it is.
    public var span: SourceSpan
    /// What it is.
    public var kind: Kind
}
