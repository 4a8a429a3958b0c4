import NusqaCore
import NusqaLanguage
import NusqaAmend
import NusqaParse
import NusqaCorpus
import NusqaTimeline
import NusqaDiff
import NusqaRender

/// Where each patch of an amending order sits in its text (түзету орны): the amending item, and the
/// `<mod>` that holds the patch's instruction (`para_1__mod_2`). Patches that share an instruction
/// sentence share a `<mod>`.
struct AmendingLayout: Sendable {
    /// One `<mod>`: the abzacs it covers (1 = the item's lead sentence) and its patches.
    struct Mod: Sendable {
        var eId: String
        var abzacs: ClosedRange<Int>
        var patches: [Patch]
    }

    /// The amending item's position among the act's top-level units.
    var itemIndex: Int
    /// The amending item's id.
    var itemID: ClauseID
    /// The mods in text order.
    var mods: [Mod]
    /// Mod eIds by patch sequence.
    var modEIdBySequence: [Int: String]

    /// Finds the amending item of `act` (the top-level item holding the first patch) and groups the patches.
    init?(act: Act, reading: AmendmentReading) {
        guard !reading.patches.isEmpty else { return nil }
        let line = reading.patches[0].span.start.line
        let items = act.body.children.indices.filter { act.body.children[$0].kind == .item }
        let holding = items.first { index in
            let id = ClauseID.root.appending(act.body.children[index].idStep)
            guard let span = act.spans[id] else { return false }
            let next = items.first { $0 > index }.flatMap { act.spans[ClauseID.root.appending(act.body.children[$0].idStep)] }
            return span.start.line <= line && (next.map { line < $0.start.line } ?? true)
        }
        guard let index = holding ?? items.first else { return nil }
        itemIndex = index
        itemID = ClauseID.root.appending(act.body.children[index].idStep)
        let itemEId = AKNNaming.eId(itemID)
        var mods: [Mod] = []
        for patch in reading.patches.sorted(by: { ($0.abzacs.lowerBound, $0.sequence) < ($1.abzacs.lowerBound, $1.sequence) }) {
            if let last = mods.last, last.abzacs.contains(patch.abzacs.lowerBound) {
                mods[mods.count - 1].patches.append(patch)
                let upper = max(last.abzacs.upperBound, patch.abzacs.upperBound)
                mods[mods.count - 1].abzacs = last.abzacs.lowerBound...upper
            } else {
                mods.append(Mod(eId: "\(itemEId)__mod_\(mods.count + 1)", abzacs: patch.abzacs, patches: [patch]))
            }
        }
        self.mods = mods
        var bySequence: [Int: String] = [:]
        for mod in mods { for patch in mod.patches { bySequence[patch.sequence] = mod.eId } }
        modEIdBySequence = bySequence
    }

    /// The eId of the `<quotedStructure>` or `<quotedText>` of the n-th patch of a mod (1-based).
    static func quoteEId(mod: String, ordinal: Int) -> String { "\(mod)__qstr_\(ordinal)" }

    /// The AKN modification of an operation: element and type. A suspension is a change in efficacy
    /// (`efficacyMod type="inapplication"`); a line that changes no Kazakh text has none (its `<mod>` stays in the text).
    static func modification(_ operation: PatchOperation) -> (element: String, type: String)? {
        switch operation {
        case .replace, .replaceFromAnnex, .replaceWords: ("textualMod", "substitution")
        case .insert, .insertRows, .insertWords, .insertFromAnnex: ("textualMod", "insertion")
        case .delete, .repeal, .deleteWords: ("textualMod", "repeal")
        case .suspend: ("efficacyMod", "inapplication")
        case .noOp: nil
        }
    }
}
