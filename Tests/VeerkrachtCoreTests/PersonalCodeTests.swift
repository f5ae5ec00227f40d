import Foundation
import Testing

@testable import VeerkrachtCore

@Suite struct PersonalCodeTests {
    @Test func aCodeHasTwelveCharactersOfTheAlphabetWithoutLookAlikes() {
        for _ in 0..<200 {
            let code = PersonalCode.make(from: (0..<32).map { _ in UInt8.random(in: 0...255) }) { _ in
                (0..<32).map { _ in UInt8.random(in: 0...255) }
            }
            #expect(code.count == 12)
            #expect(code.allSatisfy { PersonalCode.alphabet.contains($0) })
            #expect(!code.contains { "01OIL".contains($0) })
        }
    }

    @Test func bytesFrom248UpAreSkippedSoEveryCharacterIsEquallyLikely() {
        // 248 = 8 × 31: below it every character has exactly eight bytes.
        let bytes: [UInt8] = [248, 255, 0, 30, 31, 247, 62, 1, 2, 3, 4, 5]
        let code = PersonalCode.make(from: bytes) { _ in [6, 7, 8] }
        #expect(code == "2Z2Z23456789")
    }

    @Test func aCodeIsAcceptedWithOrWithoutDashesInAnyCase() {
        #expect(PersonalCode.normalised("k7qm-3xtp-9wab") == "K7QM3XTP9WAB")
        #expect(PersonalCode.normalised(" K7QM 3XTP 9WAB ") == "K7QM3XTP9WAB")
        #expect(PersonalCode.normalised("K7QM3XTP9WAB") == "K7QM3XTP9WAB")
    }

    @Test func aLookAlikeOrAWrongLengthIsNoCode() {
        #expect(PersonalCode.normalised("K7QM-3XTP-9WA0") == nil)
        #expect(PersonalCode.normalised("K7QM-3XTP-9WAO") == nil)
        #expect(PersonalCode.normalised("K7QM-3XTP-9WAI") == nil)
        #expect(PersonalCode.normalised("K7QM-3XTP-9WA") == nil)
        #expect(PersonalCode.normalised("K7QM-3XTP-9WABC") == nil)
        #expect(PersonalCode.normalised(String(repeating: "A", count: 5_000)) == nil)
    }

    @Test func aCodeIsPrintedInGroupsOfFour() {
        #expect(PersonalCode.grouped("K7QM3XTP9WAB") == "K7QM-3XTP-9WAB")
    }
}

@Suite struct SlipSheetsTests {
    private func slip(_ name: String) -> SlipSheets.Slip {
        SlipSheets.Slip(outside: name, outsideNote: "Zorg / Noord", inside: ["Go to https://x.example/c"], code: "K7QM-3XTP-9WAB")
    }

    private func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    @Test func nineSlipsMakeTwoPagesWithEveryoneOnThem() {
        let names = (1...9).map { "P-\($0)" }
        let pdf = text(SlipSheets(slips: names.map(slip)).pdf())
        #expect(pdf.components(separatedBy: "/Type /Page /Parent").count - 1 == 2)
        #expect(pdf.contains("/Count 2"))
        #expect(names.allSatisfy { pdf.contains("(\($0)) Tj") })
        #expect(pdf.hasPrefix("%PDF-1.4") && pdf.hasSuffix("%%EOF\n"))
    }

    @Test func theCrossReferenceTablePointsAtEveryObject() throws {
        let data = SlipSheets(slips: (1...3).map { slip("P-\($0)") }).pdf()
        let pdf = text(data)
        let start = try #require(pdf.range(of: "startxref\n")).upperBound
        let offset = try #require(Int(pdf[start...].prefix { $0.isNumber }))
        #expect(data[offset..<(offset + 4)] == Data("xref".utf8))
        // Offsets count bytes; the header's binary comment makes characters and bytes differ.
        let table = String(decoding: data[offset...], as: UTF8.self)
        let entries = table.split(separator: "\n").dropFirst(3).prefix { $0.hasSuffix(" n ") }
        for (number, entry) in entries.enumerated() {
            let at = try #require(Int(entry.prefix(10)))
            #expect(data[at...].starts(with: Data("\(number + 1) 0 obj".utf8)))
        }
        #expect(entries.count == 6)
    }

    @Test func aNameCannotBreakOutOfItsStringAndForeignLettersPrintAsAQuestionMark() {
        #expect(SlipSheets.escaped("a) Tj (evil\\") == "a\\) Tj \\(evil\\\\")
        #expect(SlipSheets.escaped("José") == "Jos\\351")
        #expect(SlipSheets.escaped("Łukasz 李") == "?ukasz ?")
        #expect(SlipSheets.escaped("line\nbreak") == "linebreak")
    }

    @Test func aLongLineIsSetSmallerToFitTheSlipAndAShortOneKeepsItsSize() {
        let address = "Ga naar https://veerkracht.zorggroep-midden-nederland.example.nl/c"
        let size = SlipSheets.fitted(address, size: 9.5, bold: false)
        #expect(size < 9.5)
        #expect(Double(address.count) * 0.56 * size <= SlipSheets.lineWidth + 0.001)
        #expect(SlipSheets.fitted("N1", size: 15, bold: true) == 15)
    }

    @Test func noSlipsStillMakeOneEmptyPage() {
        #expect(SlipSheets(slips: []).pageCount == 1)
    }
}
