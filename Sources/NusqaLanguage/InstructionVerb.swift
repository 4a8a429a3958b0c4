import Foundation
import NusqaCore

/// The verb phrase of an instruction (етістік): which operation a sentence orders.
package enum InstructionVerb {
    /// The operation a sentence orders, and where its verb phrase starts; nil when there is no verb.
    package static func find(in text: String) -> (operation: PatchOperation, phraseStart: String.Index)? {
        let lowered = text.lowercased()
        func start(_ words: [String]) -> String.Index? {
            for word in words {
                if let range = lowered.range(of: word) {
                    return text.index(text.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: range.lowerBound))
                }
            }
            return nil
        }
        if lowered.containsBytes(of: "ауыстырылсын") {
            return (.replaceWords, start(["\"", "«", "“"]) ?? text.startIndex)
        }
        if lowered.containsBytes(of: "жазылсын") {
            if lowered.containsBytes(of: "қосымшаға сәйкес") || lowered.containsBytes(of: "қосымшасына сәйкес") {
                return (.replaceFromAnnex, start(["осы бұйрыққа", "осы бұйрықтың"]) ?? text.endIndex)
            }
            return (.replace, start(["мынадай редакцияда", "жаңа редакцияда", "редакцияда"]) ?? text.endIndex)
        }
        if lowered.containsBytes(of: "толықтырылсын") {
            if lowered.containsBytes(of: "деген сөз") { return (.insertWords, start(["\"", "«", "“"]) ?? text.startIndex) }
            if lowered.containsBytes(of: "жол") && (lowered.containsBytes(of: "жолмен") || lowered.containsBytes(of: "жолдармен")) {
                return (.insertRows, start(["толықтырылсын"]) ?? text.endIndex)
            }
            return (.insert, start(["толықтырылсын"]) ?? text.endIndex)
        }
        if lowered.containsBytes(of: "алып тасталсын") {
            // "«A» деген сөздер алып тасталсын": words deleted, i.e. replaced by nothing — not the unit.
            if lowered.containsBytes(of: "деген сөз") { return (.replaceWords, start(["\"", "«", "“"]) ?? text.startIndex) }
            return (.delete, start(["алып тасталсын"]) ?? text.endIndex)
        }
        if lowered.containsBytes(of: "күші жойылды деп танылсын") || lowered.containsBytes(of: "күшін жойды деп танылсын") {
            return (.repeal, start(["күші жойылды", "күшін жойды"]) ?? text.endIndex)
        }
        return nil
    }

    /// Whether text looks like an instruction even though no verb was recognised.
    package static func looksLikeInstruction(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["жазылсын", "толықтырылсын", "тасталсын", "танылсын", "ауыстырылсын", "енгізілсін", "редакцияда"]
            .contains { lowered.contains($0) }
    }
}
