import NusqaKit
import Testing
@testable import NusqaCore
@testable import NusqaText

/// The signed-PDF, pipe-table and plain readers, the detector and the dispatcher.
struct DialectOtherReadersTests {
    @Test func signedPDFHeaderGoesToMetadata() throws {
        let reading = try Seeds.reading(Seeds.act002)
        #expect(reading.metadata.map(\.role) == ["qr-stamp", "ministry-header", "ministry-header"])
        #expect(reading.metadata.first?.text == "«ЗҚАИ» ШЖҚ РМК лауазымды тұлғаның ЭЦҚ мәліметі бар QR-код")
        #expect(reading.metadata.map(\.line) == [1, 3, 16])
        #expect(reading.metadata.dropFirst().map(\.text) == [
            "Қазақстан Республикасының Денсаулық сақтау министрлігі",
            "Министерство здравоохранения Республики Казахстан",
        ])
        #expect(reading.repairs.filter { $0.kind == .headerToMetadata }.map(\.line) == [1, 3, 16])
        #expect(!reading.blocks.contains { $0.text.contains("QR-код") })
        #expect(!reading.blocks.contains { $0.text.contains("Министерство") || $0.text.hasSuffix("министрлігі") })
    }

    @Test func signedPDFRegistrationHeaderIsOneBlock() throws {
        let first = try #require(try Seeds.reading(Seeds.act002).blocks.first)
        #expect(first.text == "Қазақстан Республикасы Денсаулық сақтау министрінің 2025 жылғы 24 қаңтардағы № 5 бұйрығы. "
            + "Қазақстан Республикасының Әділет министрлігінде 2025 жылы 27 қаңтарда № 35673 болып тіркелді")
        #expect(first.span.start.line == 6 && first.span.end.line == 14)
    }

    @Test func signedPDFParagraphs() throws {
        let reading = try Seeds.reading(Seeds.act002)
        let texts = reading.blocks.map(\.text)
        #expect(texts[1].hasPrefix("«Амбулаториялық") && texts[1].hasSuffix("енгізу туралы"))
        #expect(texts[1].contains("Денсаулық сақтау министрінің 2022"))
        #expect(reading.repairs.contains { $0.kind == .pageBreakJoined && $0.line == 20 })
        let item7 = try #require(reading.blocks.first { $0.text.hasPrefix("7) тегін") })
        #expect(item7.span.start == SourceLocation(line: 86, column: 2))
        #expect(texts.contains { $0.hasPrefix("6) міндетті") && $0.hasSuffix("көмек көлемі;") })
        #expect(texts.contains("1 және 2-тармақ мынадай редакцияда жазылсын:"))
        #expect(texts.contains("көрсетілген Қағидаларға 2-қосымша:"))
        #expect(texts.contains { $0.contains("43) тармақшасына сәйкес") })
        #expect(reading.repairs.filter { $0.kind == .spacingNormalized }.map(\.line) == [42, 106])
    }

    /// The rows under each "N-кесте" heading, up to the next paragraph.
    static func tables() throws -> [(heading: String, rows: [Block])] {
        var result: [(String, [Block])] = []
        for block in try Seeds.reading(Seeds.act003).blocks {
            if block.kind == .paragraph {
                if block.text.contains("-кесте.") { result.append((block.text, [])) } else if !result.isEmpty {
                    result.append(("", []))
                }
            } else if !result.isEmpty {
                result[result.count - 1].1.append(block)
            }
        }
        return result.filter { !$0.0.isEmpty && !$0.1.isEmpty }
    }

    @Test func pipeTableRowsUnderEachTable() throws {
        let tables = try Self.tables()
        #expect(tables.map { String($0.heading.prefix(7)) } == ["1-кесте", "2-кесте", "3-кесте"])
        let numbered = tables.map { $0.rows.filter { $0.cells.first?.first.map(DialectText.isASCIIDigit) == true }.count }
        #expect(numbered == [28, 1, 74])
        #expect(tables.map { $0.rows.filter { $0.cells.first == "№" }.count } == [1, 1, 1])
        #expect(tables.map { $0.rows.filter { $0.cells.first == "" }.count } == [1, 0, 0])
        #expect(tables.allSatisfy { $0.rows.allSatisfy { $0.kind == .tableRow && $0.cells.count == 3 } })
    }

    @Test func pipeTableCells() throws {
        let blocks = try Seeds.reading(Seeds.act003).blocks
        let header = try #require(blocks.first { $0.span.start.line == 24 })
        #expect(header.kind == .tableRow)
        #expect(header.cells.count == 2 && header.cells[0] == "")
        #expect(header.cells[1].contains("№ ҚР ДСМ-65"))
        let row = try #require(blocks.first { $0.span.start.line == 31 })
        #expect(row.cells == ["2", "39.65", "Экстракорпоралдық мембраналық оксигенация"])
        #expect(blocks.first?.kind == .paragraph)
    }

    @Test func plainParagraphs() {
        let reading = PlainReader.read(SourceText(string: "ЖЕДЕЛ \nКӨМЕК\n\nМедициналық\n(МСАК)\n", name: "t"))
        #expect(reading.blocks.map(\.text) == ["ЖЕДЕЛ КӨМЕК", "Медициналық (МСАК)"])
        #expect(reading.repairs.map(\.kind) == [.lineJoined])
    }

    @Test(arguments: [
        (Seeds.act000, Dialect.adilet), (Seeds.act001, .adilet), (Seeds.act002, .signedPDF),
        (Seeds.act003, .pipeTable), (Seeds.act004, .plain),
    ])
    func detectsTheSeeds(_ seed: String, _ dialect: Dialect) throws {
        let source = try Seeds.source(seed)
        #expect(DialectDetector.detect(source) == dialect)
        #expect(DialectReader.read(source).0 == dialect)
    }

    @Test(arguments: [
        ("a\n      b\n      c\n      d\n", Dialect.adilet),
        ("a\n      b\n       c\n     d\n", .plain),  // indents other than six do not count
        ("x\t|\ty\nx\t|\ty\nx\t|\ty\n", .pipeTable),
        ("\n «ЗҚАИ» ШЖҚ РМК лауазымды тұлғаның ЭЦҚ мәліметі бар QR-код\n", .signedPDF),
        ("just text\n", .plain),
    ])
    func detectsSyntheticTexts(_ text: String, _ dialect: Dialect) {
        #expect(DialectDetector.detect(SourceText(string: text, name: "t")) == dialect)
    }

    @Test func readerHonoursAGivenDialect() throws {
        let source = try Seeds.source(Seeds.act001)
        let (dialect, reading) = DialectReader.read(source, dialect: .plain)
        #expect(dialect == .plain)
        #expect(!reading.repairs.contains { $0.kind == .hyperlinkDisplacement })
    }
}
