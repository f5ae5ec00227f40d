import Fluent
import Foundation
import SQLKit
import Vapor
import VeerkrachtCore

/// Some months after a wave closed, what still ties it to people goes: its personal links
/// stop working (so a profile or a thank-you page can no longer be opened with one), answers
/// in progress, learning-preference profiles and unsent mails are deleted. The anonymous
/// responses, and everything shown from them, stay.
struct RetentionSweep {
    static let defaultMonths = 12
    static let allowedMonths = 1...120

    let db: any Database

    /// Retires the links of every wave that closed longer ago than its organisation keeps
    /// them; returns how many waves it retired.
    @discardableResult
    func run(now: Date) async throws -> Int {
        var retired = 0
        for organisation in try await Organisation.query(on: db).all() {
            let months = organisation.retentionMonths
            guard let cutoff = Calendar(identifier: .gregorian).date(byAdding: .month, value: -months, to: now) else { continue }
            let waves = try await Wave.query(on: db).filter(\.$organisation.$id == organisation.requireID())
                .filter(\.$statusValue != WaveLifecycle.Status.draft.rawValue).filter(\.$closesAt < cutoff)
                .filter(\.$linksRetiredAt == nil).all()
            for wave in waves {
                try await retire(wave, now: now)
                retired += 1
            }
        }
        return retired
    }

    private func retire(_ wave: Wave, now: Date) async throws {
        let waveID = try wave.requireID()
        try await db.transaction { db in
            let sql = db.sql
            let invitations = SQLSubquery.select { $0.column("id").from("wave_invitations").where("wave_id", .equal, waveID) }
            try await sql.delete(from: "learning_profiles").where("invitation_id", .in, invitations).run()
            try await sql.delete(from: "mail_outbox").where("invitation_id", .in, invitations).where("sent_at", .is, SQLLiteral.null).run()
            try await sql.update("wave_invitations").set("progress", to: SQLLiteral.null).set("language", to: SQLLiteral.null)
                .where("wave_id", .equal, waveID).run()
            try await sql.update("waves").set("links_retired_at", to: SQLBind(now)).where("id", .equal, waveID).run()
        }
    }
}

/// Sweeps once an hour while the server runs (and once soon after it starts).
struct RetentionLifecycle: LifecycleHandler {
    func didBoot(_ application: Application) throws {
        application.repeatInBackground(after: .seconds(60), every: .seconds(3_600)) {
            do { try await RetentionSweep(db: application.db).run(now: application.clock.now()) } catch {
                application.logger.error("Retention: \(error)")
            }
        }
    }
}
