import Fluent
import SQLKit
import Vapor
import VeerkrachtCore

/// Reads the units of one organisation as a core `UnitTree`, and the people counted per unit.
struct UnitStore {
    let db: any Database
    let organisationID: UUID

    func tree() async throws -> UnitTree {
        UnitTree(try await Unit.query(on: db).filter(\.$organisation.$id == organisationID).all().map(\.node))
    }

    /// The unit, if it belongs to this organisation; any other id is a page that does not exist.
    func unit(_ id: UUID) async throws -> Unit {
        guard
            let unit = try await Unit.query(on: db)
                .filter(\.$id == id).filter(\.$organisation.$id == organisationID).first()
        else {
            throw AppError.notFound
        }
        return unit
    }

    /// Active people per unit with its sub-units: the head count the portfolio's load, the
    /// dashboard and the people page use.
    func headcount(tree: UnitTree) async throws -> [UUID: Int] {
        tree.rolledUp(try await activePeoplePerUnit())
    }

    /// Active people per unit (directly in it, not below it).
    func activePeoplePerUnit() async throws -> [UUID: Int] {
        let rows = try await db.sql.select()
            .column("unit_id").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "people")
            .from(Person.schema)
            .where("organisation_id", .equal, organisationID)
            .where("archived_at", .is, SQLLiteral.null)
            .where("unit_id", .isNot, SQLLiteral.null)
            .groupBy("unit_id")
            .all()
        var counts: [UUID: Int] = [:]
        for row in rows {
            counts[try row.decode(column: "unit_id", as: UUID.self)] = try row.decode(column: "people", as: Int.self)
        }
        return counts
    }
}
