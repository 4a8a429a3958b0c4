import NusqaCore

/// One line of history a publisher's note records (ескерту тарихы): which unit, what happened to it,
/// and by which acts — "Ескерту. 2-тармақ жаңа редакцияда – ҚР Үкіметінің 23.05.2019 № 312 қаулысымен".
public struct EditorialHistoryEntry: Sendable, Hashable {
    /// What the note says happened.
    public enum Action: String, Sendable, Hashable, CaseIterable {
        /// "жаңа редакцияда" (в редакции): restated.
        case restated
        /// "өзгеріс(тер) енгізілді" (внесены изменения): amended.
        case amended
        /// "… толықтырылды" (дополнен): a unit inserted.
        case inserted
        /// "алып тасталды" (исключен): deleted.
        case deleted
        /// "күші жойылды" (утратил силу): repealed.
        case repealed
        /// "қолданысы тоқтатыла тұрды" (приостановлен): suspended.
        case suspended
        /// "… бастап қолданысқа енгізіледі": only an entry-into-force date.
        case entryIntoForce = "entry-into-force"
        /// Words the reader does not know; the note's text says it.
        case unknown
    }

    /// The unit as an id, resolved against where the note stands; nil for the whole act.
    public var unit: ClauseID?
    /// The unit as the note prints it: "2-тармақ", "21-тармақ 4) тармақшамен"; empty for the whole act.
    public var unitText: String
    /// What happened.
    public var action: Action
    /// The acts that did it, in the note's order.
    public var acts: [EditorialActReference]

    /// Creates an entry.
    public init(unit: ClauseID?, unitText: String, action: Action, acts: [EditorialActReference]) {
        self.unit = unit
        self.unitText = unitText
        self.action = action
        self.acts = acts
    }
}

/// An act a publisher's note names (ескертудегі акт): "ҚР Үкіметінің 29.12.2014 № 1392 қаулысымен
/// (қол қойылған күнінен бастап қолданысқа енгізіледі)".
public struct EditorialActReference: Sendable, Hashable {
    /// The issuer as printed, in the genitive: "ҚР Үкіметінің"; "ҚР" for a law.
    public var issuer: String?
    /// The signing date.
    public var date: CivilDate?
    /// The act number as printed after № (or N): "1392", "241-VІ".
    public var number: String?
    /// Resolution, order, law, decision, code; unknown when the note does not say.
    public var type: DocumentType
    /// The note's words on entry into force, without the parentheses.
    public var entryIntoForce: String?
    /// The date those words state ("11.11.2025 бастап"), when they state one.
    public var effective: CivilDate?

    /// Creates a reference.
    public init(
        issuer: String? = nil, date: CivilDate? = nil, number: String? = nil, type: DocumentType = .unknown,
        entryIntoForce: String? = nil, effective: CivilDate? = nil
    ) {
        self.issuer = issuer
        self.date = date
        self.number = number
        self.type = type
        self.entryIntoForce = entryIntoForce
        self.effective = effective
    }
}
