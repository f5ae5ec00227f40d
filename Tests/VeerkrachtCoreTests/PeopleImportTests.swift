import Foundation
import Testing
import VeerkrachtCore

@Suite struct PeopleImportTests {
    static let unitID = UUID()
    let units = UnitTree([UnitNode(id: PeopleImportTests.unitID, parentID: nil, name: "Zorg", code: "Z", isArchived: false)])

    private func table(_ header: [String], _ rows: [[String]]) -> PeopleTable {
        PeopleTable(header: header, rows: rows.enumerated().map { PeopleTable.Row(line: $0.offset + 2, fields: $0.element) })
    }

    private func validated(_ header: [String], _ rows: [[String]]) throws -> ValidatedPeople {
        try PeopleValidator(units: units, currentYear: 2026).validate(table(header, rows)).get()
    }

    @Test func headersMatchLooselyAndUnknownOnesAreReported() throws {
        let people = try validated([" External ID ", "Unit", "Kostenplaats"], [["1", "Z", "x"]])
        #expect(people.columns == [.externalID, .unit])
        #expect(people.ignoredHeaders == ["Kostenplaats"])
        #expect(people.rows.first?.record.unitID == Self.unitID)
    }

    @Test func birthYearsOutsideWorkingAgesAreRefused() {
        let result = PeopleValidator(units: units, currentYear: 2026)
            .validate(table(["external_id", "birth_year"], [["1", "1925"], ["2", "2013"], ["3", "1926"], ["4", "2012"]]))
        guard case .failure(let rejection) = result else {
            Issue.record("expected a rejection")
            return
        }
        #expect(rejection.issues.map(\.line) == [2, 3])
    }

    @Test func aControlCharacterInAnExternalIDOrLevelIsRefused() {
        let result = PeopleValidator(units: units, currentYear: 2026)
            .validate(table(["external_id", "level"], [["1\u{0}", ""], ["2", "A\u{1B}"], ["3", "B\nC"]]))
        guard case .failure(let rejection) = result else {
            Issue.record("expected a rejection")
            return
        }
        #expect(rejection.issues.map(\.line) == [2, 3])
        #expect(rejection.issues.allSatisfy { $0.problem == .controlCharacter })
    }

    @Test func aDuplicateColumnIsRefused() {
        let result = PeopleValidator(units: units, currentYear: 2026).validate(table(["external_id", "email", "E-mail"], []))
        guard case .failure(let rejection) = result else {
            Issue.record("expected a rejection")
            return
        }
        #expect(rejection.issues.first?.problem == .duplicateColumn("E-mail"))
    }

    @Test func aPlanSortsRowsIntoCreatedMovedUpdatedUnchangedAndArchived() throws {
        let other = UUID()
        let existing = [
            ExistingPerson(id: UUID(), record: PersonRecord(externalID: "1", unitID: Self.unitID, level: "A"), isArchived: false),
            ExistingPerson(id: UUID(), record: PersonRecord(externalID: "2", unitID: other, level: "A"), isArchived: false),
            ExistingPerson(id: UUID(), record: PersonRecord(externalID: "3", unitID: Self.unitID, level: "A"), isArchived: false),
            ExistingPerson(id: UUID(), record: PersonRecord(externalID: "4", unitID: Self.unitID), isArchived: false),
            ExistingPerson(id: UUID(), record: PersonRecord(externalID: "5", unitID: Self.unitID, level: "A"), isArchived: true)
        ]
        let people = try validated(
            ["external_id", "unit", "level"], [["1", "Z", "A"], ["2", "Z", "A"], ["3", "Z", "B"], ["5", "Z", "A"], ["6", "Z", ""]])
        let plan = ImportPlan(people, existing: existing, fullImport: true)
        #expect(plan.creates.map(\.record.externalID) == ["6"])
        #expect(plan.moves.map(\.before.externalID) == ["2"])
        #expect(plan.updates.map(\.before.externalID) == ["3", "5"])
        #expect(plan.changes.first { $0.before.externalID == "5" }?.restores == true)
        #expect(plan.unchangedCount == 1)
        #expect(plan.archives.map(\.record.externalID) == ["4"])
        #expect(ImportPlan(people, existing: existing, fullImport: false).archives.isEmpty)
    }

    @Test func aColumnTheFileLacksKeepsTheStoredValue() throws {
        let stored = PersonRecord(externalID: "1", email: "a@example.org", unitID: Self.unitID, birthYear: 1980)
        let people = try validated(["external_id", "birth_year"], [["1", ""]])
        let plan = ImportPlan(people, existing: [ExistingPerson(id: UUID(), record: stored, isArchived: false)], fullImport: false)
        let change = try #require(plan.changes.first)
        #expect(change.after.email == "a@example.org")
        #expect(change.after.unitID == Self.unitID)
        #expect(change.after.birthYear == nil)
    }
}
