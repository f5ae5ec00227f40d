import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit

/// Raises an organisation's `people_revision` in the transaction of every change to its people
/// (an import, an erasure), so that the count of active people every server keeps is read
/// again after a change made through any server.
enum PeopleRevision {
    static func raise(_ organisation: UUID, on sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE organisations SET people_revision = people_revision + 1 WHERE id = \(bind: organisation)").run()
    }

    /// The organisation's people revision; nil for an organisation that does not exist.
    static func read(of organisation: UUID, on reads: KeyReads) async throws -> Int? {
        try await OrganisationRevision.read("people_revision", of: organisation, on: reads)
    }
}

/// Reads one revision column of an organisation's row: one row by its key.
enum OrganisationRevision {
    static func read(_ column: String, of organisation: UUID, on reads: KeyReads) async throws -> Int? {
        let query: SQLQueryString = "SELECT \(ident: column) FROM \(ident: Organisation.schema) WHERE id = \(bind: organisation)"
        return try await reads.rows(query).first?.decode(column: column, as: Int.self)
    }
}

/// The active people of one organisation: how many in all, and how many directly in each unit;
/// and how many people the list holds, archived ones included.
struct ActivePeople: Sendable {
    let total: Int
    let perUnit: [UUID: Int]
    var listed = 0
    /// The people revision these counts were made at (a kept page's key carries it).
    var revision = 0
}

/// The active people per organisation and unit, counted once per people revision: the
/// organisation page, the dashboard and the people page show them on every visit, and counting
/// 100,000 people each time cost more than everything else on those pages together.
///
/// A lock, not an actor: every signed-in organisation page asks, and under 32 connections the
/// hops onto one actor made some of those requests wait behind all the others.
final class ActivePeopleCounts: Sendable {
    private let kept = NIOLockedValueBox(RecentlyRead<UUID, (revision: Int, people: ActivePeople)>(capacity: 500))

    /// Reads the organisation's revision (one row by key) before deciding whether to count.
    func people(of organisationID: UUID, on db: any Database, reads: KeyReads? = nil) async throws -> ActivePeople {
        guard let revision = try await PeopleRevision.read(of: organisationID, on: reads ?? KeyReads(db.sql)) else {
            return ActivePeople(total: 0, perUnit: [:])
        }
        return try await people(of: organisationID, revision: revision, on: db)
    }

    /// The counts at `revision`, read when the ones kept are of another.
    func people(of id: UUID, revision: Int, on db: any Database) async throws -> ActivePeople {
        if let known = kept.withLockedValue({ $0.read(id) }), known.revision == revision { return known.people }
        let active: SQLQueryString = "CASE WHEN archived_at IS NULL THEN 1 ELSE 0 END"
        let rows = try await db.sql.raw(
            """
            SELECT unit_id, \(active) AS active, COUNT(*) AS people FROM \(ident: Person.schema)
            WHERE organisation_id = \(bind: id) GROUP BY unit_id, \(active)
            """
        ).all()
        var total = 0
        var listed = 0
        var perUnit: [UUID: Int] = [:]
        for row in rows {
            let people = try row.decode(column: "people", as: Int.self)
            listed += people
            guard try row.decode(column: "active", as: Int.self) == 1 else { continue }
            total += people
            if let unit = try row.decode(column: "unit_id", as: UUID?.self) { perUnit[unit] = people }
        }
        let people = ActivePeople(total: total, perUnit: perUnit, listed: listed, revision: revision)
        kept.withLockedValue { $0.keep((revision, people), for: id) }
        return people
    }
}
