import Fluent
import Foundation
import NIOPosix
import SQLKit
import VeerkrachtCore

/// Plans and applies a people import for one organisation. The core decides; this reads the
/// current state for it and writes the plan in one transaction, so an import lands whole or
/// not at all.
struct PeopleImporter {
    let db: any Database
    let organisationID: UUID
    /// Where reading and checking the file runs: 200,000 rows take seconds of CPU, which on the
    /// cooperative threads (two on a two-core machine) would hold up every other request.
    var threadPool: NIOThreadPool?

    /// Rows per INSERT: 9,000 values, well under the bind limits of SQLite (32,766) and PostgreSQL (65,535).
    static let insertBatch = 1_000

    func plan(_ content: Data, fullImport: Bool, now: Date) async throws -> Result<ImportPlan, ImportRejection> {
        try await plan(content, fullImport: fullImport, now: now, on: db)
    }

    /// Plans again inside a transaction and writes the result, so what is applied matches the
    /// data as it is at that moment, not as it was at the preview.
    func apply(_ content: Data, fullImport: Bool, now: Date) async throws -> Result<ImportPlan, ImportRejection> {
        let result = try await db.writeTransaction { tx in
            let result = try await plan(content, fullImport: fullImport, now: now, on: tx)
            if case .success(let plan) = result { try await write(plan, on: tx, now: now) }
            return result
        }
        if case .success = result { await db.refreshPlannerStatistics(of: [Person.schema]) }
        return result
    }

    private func plan(_ content: Data, fullImport: Bool, now: Date, on db: any Database) async throws -> Result<ImportPlan, ImportRejection>
    {
        let units = try await UnitStore(db: db, organisationID: organisationID).tree()
        let existing = try await existingPeople(on: db)
        let year = Calendar(identifier: .gregorian).component(.year, from: now)
        let work: @Sendable () -> Result<ImportPlan, ImportRejection> = {
            let table: PeopleTable
            switch CSVTableReader.read(content) {
            case .failure(let issue): return .failure(ImportRejection([issue]))
            case .success(let read): table = read
            }
            return PeopleValidator(units: units, currentYear: year).validate(table)
                .map { ImportPlan($0, existing: existing, fullImport: fullImport) }
        }
        guard let threadPool else { return work() }
        return try await threadPool.runIfActive(work)
    }

    /// Everyone stored for the organisation, read as plain rows: building 50,000 Fluent models
    /// only to turn them into core values took longer than the comparison itself.
    private func existingPeople(on db: any Database) async throws -> [ExistingPerson] {
        let rows = try await db.sql.select()
            .columns("id", "external_id", "email", "unit_id", "birth_year", "gender", "start_date", "level")
            .column(SQLBinaryExpression(SQLColumn("archived_at"), .isNot, SQLLiteral.null), as: "archived")
            .from(Person.schema)
            .where("organisation_id", .equal, organisationID)
            .all()
        return try rows.map { row in
            let record = PersonRecord(
                externalID: try row.decode(column: "external_id", as: String.self),
                email: try row.decode(column: "email", as: String?.self),
                unitID: try row.decode(column: "unit_id", as: UUID?.self),
                birthYear: try row.decode(column: "birth_year", as: Int?.self),
                gender: try row.decode(column: "gender", as: String?.self).flatMap(Gender.init(rawValue:)),
                startDate: try row.decode(column: "start_date", as: String?.self).flatMap(CalendarDate.init(parsing:)),
                level: try row.decode(column: "level", as: String?.self))
            return ExistingPerson(
                id: try row.decode(column: "id", as: UUID.self), record: record,
                isArchived: try row.decode(column: "archived", as: Bool.self))
        }
    }

    /// The columns an import may change, and a record's values for them, in one order for
    /// both the INSERT of new people and the UPDATE of changed ones.
    private static let detailColumns = ["email", "unit_id", "birth_year", "gender", "start_date", "level"]

    private static func detailValues(_ record: PersonRecord) -> [any SQLExpression] {
        [
            SQLBind(record.email), SQLBind(record.unitID), SQLBind(record.birthYear), SQLBind(record.gender?.rawValue),
            SQLBind(record.startDate?.description), SQLBind(record.level)
        ]
    }

    private func write(_ plan: ImportPlan, on db: any Database, now: Date) async throws {
        let sql = db.sql
        try await PeopleRevision.raise(organisationID, on: sql)
        try await WaveProfiles.changed(inOrganisation: organisationID, on: sql)
        // Plain multi-row INSERTs: Fluent models cost more to build than SQLite takes to write.
        for start in stride(from: 0, to: plan.creates.count, by: Self.insertBatch) {
            var insert = sql.insert(into: Person.schema)
                .columns(["id", "organisation_id", "external_id"] + Self.detailColumns)
            for (_, record) in plan.creates[start..<min(start + Self.insertBatch, plan.creates.count)] {
                insert = insert.values(
                    [SQLBind(UUID()), SQLBind(organisationID), SQLBind(record.externalID)]
                        + Self.detailValues(record))
            }
            try await insert.run()
        }
        for change in plan.changes {
            var update = sql.update(Person.schema).set("archived_at", to: SQLLiteral.null)
            for (column, value) in zip(Self.detailColumns, Self.detailValues(change.after)) {
                update = update.set(SQLColumn(column), to: value)
            }
            try await update
                .where("id", .equal, change.personID)
                .run()
        }
        let archived = plan.archives.map(\.id)
        for start in stride(from: 0, to: archived.count, by: Self.insertBatch) {
            try await Person.query(on: db)
                .filter(\.$id ~~ Array(archived[start..<min(start + Self.insertBatch, archived.count)]))
                .set(\.$archivedAt, to: now)
                .update()
        }
    }
}
