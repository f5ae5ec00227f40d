import Foundation
import Testing
import VeerkrachtCore

@Suite struct DutchHRImportTests {
    static let wijkzorg = UnitNode(id: UUID(), parentID: nil, name: "Wijkzorg", code: "WZ", isArchived: false)
    static let zuid = UnitNode(id: UUID(), parentID: wijkzorg.id, name: "Team Zuid", code: nil, isArchived: false)
    static let noord = UnitNode(id: UUID(), parentID: wijkzorg.id, name: "Team Noord", code: nil, isArchived: false)
    let units = UnitTree([wijkzorg, zuid, noord])

    private func validate(_ header: [String], _ rows: [[String]]) -> Result<ValidatedPeople, ImportRejection> {
        PeopleValidator(units: units, currentYear: 2026)
            .validate(PeopleTable(header: header, rows: rows.enumerated().map { .init(line: $0.offset + 2, fields: $0.element) }))
    }

    @Test func theHeadersDutchHRSystemsExportAreUnderstood() throws {
        let header = ["Personeelsnummer", "E-mailadres", "Afdeling", "Geboortejaar", "Geslacht", "Datum in dienst", "Functieniveau"]
        let people = try validate(header, [["1001", "an@example.org", "Wijkzorg / Team Zuid", "1980", "V", "1-3-2015", "MBO"]]).get()
        #expect(people.columns == Set(PersonColumn.allCases))
        let record = try #require(people.rows.first?.record)
        #expect(record.externalID == "1001")
        #expect(record.email == "an@example.org")
        #expect(record.unitID == Self.zuid.id)
        #expect(record.birthYear == 1980)
        #expect(record.gender == .female)
        #expect(record.startDate == CalendarDate(year: 2015, month: 3, day: 1))
        #expect(record.level == "MBO")
    }

    @Test(arguments: [("V", Gender.female), ("v", .female), ("Vrouw", .female), ("M", .male), ("man", .male), ("X", .other), ("f", .female)]
    )
    func genderIsReadAsDutchHRWritesIt(spelling: String, gender: Gender) {
        #expect(Gender(spelling: spelling) == gender)
    }

    @Test func aGenderOutsideVMXIsAProblemOfItsCell() {
        guard case .failure(let rejection) = validate(["Personeelsnummer", "Geslacht"], [["1", "Q"]]) else {
            Issue.record("expected a rejection")
            return
        }
        #expect(rejection.issues.map(\.problem) == [.invalidGender("Q")])
    }

    @Test func anUnknownUnitSuggestsTheClosestActiveOne() {
        guard case .failure(let rejection) = validate(["Personeelsnummer", "Afdeling"], [["1", "Wijkzorg / Team Zud"], ["2", "Team Noord"]])
        else {
            Issue.record("expected a rejection")
            return
        }
        // A name without its path is never guessed silently; the suggestion gives the full path.
        #expect(
            rejection.issues.map(\.problem) == [
                .unknownUnit("Wijkzorg / Team Zud", suggestion: "Wijkzorg / Team Zuid"),
                .unknownUnit("Team Noord", suggestion: "Wijkzorg / Team Noord")
            ])
    }

    @Test func aUnitNameWithoutItsPathSuggestsThePath() {
        #expect(units.suggestion(for: "team noord") == "Wijkzorg / Team Noord")
        #expect(units.suggestion(for: "Facilitair") == nil)
    }

    @Test func theTemplateHeadersReadBackAsTheirColumns() {
        for column in PersonColumn.allCases {
            #expect(PersonColumn(header: column.dutchHeader) == column)
            for alias in column.aliases { #expect(PersonColumn(header: alias) == column, "\(alias)") }
        }
    }
}
