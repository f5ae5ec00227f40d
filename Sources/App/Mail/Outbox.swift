import Fluent
import SQLKit
import Vapor

/// The queue of invitation and reminder mails. Queuing is a database write, so nothing is
/// lost when the mail server is down; `OutboxSender` works through it and retries.
struct Outbox {
    let db: any Database

    struct Status: Sendable, Equatable {
        var waiting = 0
        var sent = 0
        /// Waiting messages that failed at least once; they are retried.
        var failing = 0
        var lastError: String?
    }

    /// Queues one message per invitation that needs it and has an e-mail address: invitations
    /// not mailed before, or reminders for everyone who has not finished and has no reminder
    /// waiting. Returns how many were queued.
    func enqueue(_ kind: OutboxMessage.Kind, waveID: UUID, now: Date) async throws -> Int {
        let invitations = try await WaveInvitation.query(on: db)
            .filter(\.$wave.$id == waveID)
            .filter(\.$statusValue != WaveInvitation.Status.completed.rawValue)
            .join(Person.self, on: \WaveInvitation.$person.$id == \Person.$id)
            .filter(Person.self, \.$email != nil)
            .all()
        let existing = try await OutboxMessage.query(on: db)
            .join(WaveInvitation.self, on: \OutboxMessage.$invitation.$id == \WaveInvitation.$id)
            .filter(WaveInvitation.self, \.$wave.$id == waveID)
            .filter(\.$kindValue == kind.rawValue)
            .all()
        // An invitation is mailed once; a reminder again only once the previous one went out.
        let skip = Set(existing.filter { kind == .invitation || $0.sentAt == nil }.map { $0.$invitation.id })
        let messages = try invitations.compactMap { invitation -> OutboxMessage? in
            let id = try invitation.requireID()
            return skip.contains(id) ? nil : OutboxMessage(invitationID: id, kind: kind, now: now)
        }
        try await messages.create(on: db)
        return messages.count
    }

    /// Counted by the database (one grouped row per state), not by reading every message: a
    /// wave of 100,000 people has as many, and its page shows this on every visit.
    func status(waveID: UUID) async throws -> Status {
        let rows = try await db.sql.raw(
            """
            SELECT CASE WHEN m.sent_at IS NOT NULL THEN 'sent' WHEN m.attempts > 0 THEN 'failing' ELSE 'waiting' END AS state,
            COUNT(*) AS n, MAX(m.last_error) AS error
            FROM \(ident: OutboxMessage.schema) m JOIN \(ident: WaveInvitation.schema) i ON i.id = m.invitation_id
            WHERE i.wave_id = \(bind: waveID) GROUP BY 1
            """
        ).all()
        var status = Status()
        for row in rows {
            let count = try row.decode(column: "n", as: Int.self)
            switch try row.decode(column: "state", as: String.self) {
            case "sent": status.sent += count
            case "failing":
                status.waiting += count
                status.failing += count
                status.lastError = try row.decode(column: "error", as: String?.self)
            default: status.waiting += count
            }
        }
        return status
    }
}
