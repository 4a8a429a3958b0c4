import NusqaKit
import Testing
@testable import NusqaCore
@testable import NusqaRender


/// Adilet-style notes under changed units.
@Suite struct EditorialNoteTests {
    let info = EditorialNote.ActInfo(number: "127", signed: CivilDate(iso: "2025-10-30"), issuer: "Қазақстан Республикасы Денсаулық сақтау министрі")

    func provenance(_ operation: PatchOperation, _ unit: String, estimated: Bool = false) -> Provenance {
        Provenance(act: "V2500037290", operation: operation, effective: CivilDate(iso: "2025-11-11")!, isEstimated: estimated, unit: ClauseID(unit)!)
    }

    @Test("Note forms", arguments: [
        (PatchOperation.replace, "att_1__para_2", false,
         "Ескерту. 2-тармақ жаңа редакцияда – ҚР Денсаулық сақтау министрінің 30.10.2025 № 127 бұйрығымен (11.11.2025 бастап қолданысқа енгізіледі)."),
        (.replace, "att_1__para_2", true,
         "Ескерту. 2-тармақ жаңа редакцияда – ҚР Денсаулық сақтау министрінің 30.10.2025 № 127 бұйрығымен (11.11.2025 бастап қолданысқа енгізіледі, күні болжамды / estimated)."),
        (.insert, "att_1__para_21__subpara_4", false,
         "Ескерту. 21-тармақ 4) тармақшамен толықтырылды – ҚР Денсаулық сақтау министрінің 30.10.2025 № 127 бұйрығымен (11.11.2025 бастап қолданысқа енгізіледі)."),
        (.replaceWords, "att_1__para_3", false,
         "Ескерту. 3-тармаққа өзгеріс енгізілді – ҚР Денсаулық сақтау министрінің 30.10.2025 № 127 бұйрығымен (11.11.2025 бастап қолданысқа енгізіледі)."),
        (.delete, "att_1__para_5", false,
         "Ескерту. 5-тармақ алып тасталды – ҚР Денсаулық сақтау министрінің 30.10.2025 № 127 бұйрығымен (11.11.2025 бастап қолданысқа енгізіледі)."),
        (.replace, "att_1__para_20__abz_1", false,
         "Ескерту. 20-тармақтың бірінші абзацы жаңа редакцияда – ҚР Денсаулық сақтау министрінің 30.10.2025 № 127 бұйрығымен (11.11.2025 бастап қолданысқа енгізіледі)."),
    ])
    func note(operation: PatchOperation, unit: String, estimated: Bool, expected: String) {
        #expect(EditorialNote.text(for: provenance(operation, unit, estimated: estimated), info: info) == expected)
    }

    @Test func genitiveOfIssuers() {
        #expect(EditorialNote.genitive("Қазақстан Республикасы Денсаулық сақтау министрі") == "ҚР Денсаулық сақтау министрінің")
        #expect(EditorialNote.genitive("Қазақстан Республикасының Үкіметі") == "ҚР Үкіметінің")
    }
}
