import Fluent
import NIOConcurrencyHelpers
import SQLKit
import Vapor
import VeerkrachtCore

/// Reads the units of one organisation as a core `UnitTree`, and the people counted per unit.
struct UnitStore {
    let db: any Database
    let organisationID: UUID

    /// Read on nearly every page, so only the columns the tree needs, without Fluent's models:
    /// building 273 `Unit` models took half of a kept results page (measured with perf).
    func tree() async throws -> UnitTree {
        let rows = try await db.sql.select()
            .column("id").column("parent_id").column("name").column("code")
            .column(SQLRaw("archived_at IS NOT NULL"), as: "archived")
            .from(Unit.schema)
            .where("organisation_id", .equal, organisationID)
            .all(decoding: UnitRow.self)
        return UnitTree(rows.map { UnitNode(id: $0.id, parentID: $0.parentID, name: $0.name, code: $0.code, isArchived: $0.archived) })
    }

    private struct UnitRow: Decodable {
        let id: UUID
        let parentID: UUID?
        let name: String
        let code: String?
        let archived: Bool

        enum CodingKeys: String, CodingKey {
            case id, name, code, archived
            case parentID = "parent_id"
        }
    }

    /// Stores a new or changed unit and raises the organisation's units revision in the same
    /// transaction: a server that reads the new revision also reads the changed tree, and no
    /// change is stored without the revision that makes every server read it again.
    func save(_ unit: Unit) async throws {
        let organisationID = organisationID
        try await db.transaction { db in
            try await unit.save(on: db)
            try await Self.raiseRevision(of: organisationID, on: db)
        }
    }

    /// Archives the units `ids` that are not archived yet, with the revision, in one transaction.
    func archive(_ ids: [UUID], at now: Date) async throws {
        let organisationID = organisationID
        try await db.transaction { db in
            try await Unit.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$id ~~ ids)
                .filter(\.$archivedAt == nil).set(\.$archivedAt, to: now).update()
            try await Self.raiseRevision(of: organisationID, on: db)
        }
    }

    private static func raiseRevision(of organisationID: UUID, on db: any Database) async throws {
        try await db.sql.raw("UPDATE organisations SET units_revision = units_revision + 1 WHERE id = \(bind: organisationID)").run()
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
    func headcount(tree: UnitTree, counts: ActivePeopleCounts) async throws -> [UUID: Int] {
        tree.rolledUp(try await counts.people(of: organisationID, on: db).perUnit)
    }
}

/// The unit tree of every organisation read lately, kept per units revision (`UnitStore.save`
/// raises it on whichever server): nearly every page reads the tree, and reading and sorting
/// 273 units cost a kept results page more than everything else (perf, 100,000 respondents).
/// A lock, not an actor: nearly every page asks, and hops onto one actor made some requests
/// wait behind all the others under load.
final class UnitTrees: Sendable {
    private let kept = NIOLockedValueBox(RecentlyRead<UUID, (revision: Int, tree: UnitTree)>(capacity: 500))
    private let loadCount = NIOLockedValueBox(0)
    /// How many trees were read from the database: tests count them.
    var loads: Int { loadCount.withLockedValue { $0 } }

    func tree(of organisationID: UUID, on db: any Database, reads: KeyReads? = nil) async throws -> UnitTree {
        try await revisedTree(of: organisationID, on: db, reads: reads).tree
    }

    /// The tree with the units revision it was read at: the revision names the tree, so a key
    /// of a kept page can carry it instead of the tree.
    /// `reads` are where the revision is read (the pool of `db` when none are given).
    func revisedTree(of organisationID: UUID, on db: any Database, reads: KeyReads? = nil) async throws -> (revision: Int, tree: UnitTree) {
        let revision = try await OrganisationRevision.read("units_revision", of: organisationID, on: reads ?? KeyReads(db.sql)) ?? 0
        if let known = kept.withLockedValue({ $0.read(organisationID) }), known.revision == revision { return known }
        loadCount.withLockedValue { $0 += 1 }
        let tree = try await UnitStore(db: db, organisationID: organisationID).tree()
        kept.withLockedValue { $0.keep((revision, tree), for: organisationID) }
        return (revision, tree)
    }
}

extension Request {
    /// The organisation's unit tree as kept by `UnitTrees`, read again after any change.
    func unitTree(_ organisationID: UUID) async throws -> UnitTree {
        try await revisedUnitTree(organisationID).tree
    }

    /// The same with the units revision it was read at, for a kept page's key.
    func revisedUnitTree(_ organisationID: UUID) async throws -> (revision: Int, tree: UnitTree) {
        try await application.unitTrees.revisedTree(of: organisationID, on: db, reads: keyReads)
    }
}
