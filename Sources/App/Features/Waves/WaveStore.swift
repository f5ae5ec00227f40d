import Fluent
import SQLKit
import Vapor
import VeerkrachtCore

/// The waves of one organisation: finding them, opening them (one invitation per person in
/// scope) and counting how far the invitees got.
struct WaveStore {
    let db: any Database
    let organisationID: UUID

    /// Invitations per INSERT; six values each, far below the bind limits of both databases.
    static let insertBatch = 1_000

    func all() async throws -> [Wave] {
        try await Wave.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$opensAt, .descending).all()
    }

    /// The wave, if it belongs to this organisation; any other id is a page that does not exist.
    func wave(_ id: UUID) async throws -> Wave {
        guard
            let wave = try await Wave.query(on: db)
                .filter(\.$id == id).filter(\.$organisation.$id == organisationID).first()
        else {
            throw AppError.notFound
        }
        return wave
    }

    enum OpenRefusal: Error, Equatable {
        case notDraft
        case nobodyInScope
    }

    /// Opens a draft wave: one invitation per active person in the units in scope, in the
    /// same transaction as the status change, so a wave is never open with half its links.
    /// Returns how many people were invited.
    func open(_ wave: Wave, links: SurveyLinks) async throws -> Int {
        let tree = try await UnitStore(db: db, organisationID: organisationID).tree()
        // The units as they are now: a unit archived since the wave was prepared is left out.
        let scope = Array(WaveSettings.unitsInScope(wave.units, of: tree))
        var lifecycle = wave.lifecycle
        do { try lifecycle.open() } catch { throw OpenRefusal.notDraft }
        let waveID = try wave.requireID()
        let invited = try await db.writeTransaction { db in
            // Claim the wave first: of two advisors pressing 'open' at once, only one invites.
            let claimed = try await db.sql.raw(
                """
                UPDATE waves SET status = \(bind: WaveLifecycle.Status.open.rawValue)
                WHERE id = \(bind: waveID) AND status = \(bind: WaveLifecycle.Status.draft.rawValue) RETURNING id
                """
            ).all()
            guard claimed.count == 1 else { throw OpenRefusal.notDraft }
            var people: [(id: UUID, unit: UUID)] = []
            for start in stride(from: 0, to: scope.count, by: Self.insertBatch) {
                let chunk = Array(scope[start..<min(start + Self.insertBatch, scope.count)])
                people += try await Person.query(on: db)
                    .filter(\.$organisation.$id == organisationID).filter(\.$archivedAt == nil)
                    .filter(\.$unit.$id ~~ chunk)
                    .field(\.$id).field(\.$unit.$id).all()
                    .compactMap { person in person.$unit.id.map { (person.id!, $0) } }
            }
            guard !people.isEmpty else { throw OpenRefusal.nobodyInScope }
            let sql = db.sql
            for start in stride(from: 0, to: people.count, by: Self.insertBatch) {
                var insert = sql.insert(into: WaveInvitation.schema)
                    .columns("id", "wave_id", "person_id", "unit_id", "token_hash", "status")
                for person in people[start..<min(start + Self.insertBatch, people.count)] {
                    let id = UUID()
                    insert = insert.values([
                        SQLBind(id), SQLBind(waveID), SQLBind(person.id), SQLBind(person.unit),
                        SQLBind(links.hash(for: id)), SQLBind(WaveInvitation.Status.invited.rawValue)
                    ])
                }
                try await insert.run()
            }
            return people.count
        }
        await db.refreshPlannerStatistics(of: [WaveInvitation.schema])
        wave.lifecycle = lifecycle
        return invited
    }

    /// Invited, started and completed per unit (the unit a person was in when the wave opened).
    func responseRates(of waveID: UUID) async throws -> [UUID: ResponseRate] {
        let rows = try await db.sql.select()
            .column("unit_id").column("status").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "people")
            .from(WaveInvitation.schema)
            .where("wave_id", .equal, waveID)
            .groupBy("unit_id").groupBy("status")
            .all()
        var counts: [UUID: [WaveInvitation.Status: Int]] = [:]
        for row in rows {
            let unit = try row.decode(column: "unit_id", as: UUID.self)
            let status = WaveInvitation.Status(rawValue: try row.decode(column: "status", as: String.self)) ?? .invited
            counts[unit, default: [:]][status] = try row.decode(column: "people", as: Int.self)
        }
        return counts.mapValues { byStatus in
            let completed = byStatus[.completed] ?? 0
            let started = (byStatus[.started] ?? 0) + completed
            return ResponseRate(invited: started + (byStatus[.invited] ?? 0), started: started, completed: completed)
        }
    }
}
