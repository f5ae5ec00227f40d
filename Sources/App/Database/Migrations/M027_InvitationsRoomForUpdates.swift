import Fluent
import SQLKit

/// Submitting a scan changes its invitation's status and clears its progress; neither is in an
/// index, so PostgreSQL can rewrite the row in its own page without touching the table's five
/// indexes ("HOT" updates), but only when the page has room. Invitations are written in bulk
/// when a wave is planned, filling their pages; then a quarter to half of the submits rewrote
/// all five indexes. Leaving a fifth of each new page free made every submit's update HOT in
/// `Benchmarks/ingest.sh` and cut PostgreSQL's work per submit by a tenth. It applies to pages
/// written from now on, so to every wave planned after it. SQLite has no such setting.
struct M027_InvitationsRoomForUpdates: AsyncMigration {
    static let fillFactor = 80

    func prepare(on database: any Database) async throws {
        guard database.sql.dialect.name == "postgresql" else { return }
        try await database.sql.raw("ALTER TABLE wave_invitations SET (fillfactor = \(unsafeRaw: String(Self.fillFactor)))").run()
    }

    func revert(on database: any Database) async throws {
        guard database.sql.dialect.name == "postgresql" else { return }
        try await database.sql.raw("ALTER TABLE wave_invitations RESET (fillfactor)").run()
    }
}
