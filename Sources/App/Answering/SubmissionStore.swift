import Fluent
import Foundation
import SQLKit
import VeerkrachtCore

/// Saves answers in progress and turns them into an anonymous response.
struct SubmissionStore {
    let db: any Database

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()

    /// Keeps a page's answers with the invitation. A submitted invitation is never written
    /// again, so a late save from a second tab cannot bring answers back to it.
    func saveProgress(_ answers: Answers, of invitationID: UUID) async throws -> Bool {
        let progress = String(decoding: try Self.encoder.encode(answers), as: UTF8.self)
        let rows = try await (db as! any SQLDatabase).raw("""
            UPDATE wave_invitations SET progress = \(bind: progress), status = \(bind: WaveInvitation.Status.started.rawValue)
            WHERE id = \(bind: invitationID) AND status <> \(bind: WaveInvitation.Status.completed.rawValue) RETURNING id
            """).all()
        return rows.count == 1
    }

    /// Stores the response and marks the invitation completed in one transaction, and removes
    /// the answers from the invitation. Returns false when the invitation was already
    /// completed (a second tab, a double click): then nothing is stored.
    func submit(_ answers: Answers, session: SurveySession, now: Date) async throws -> Bool {
        let wave = session.wave
        let invitationID = session.invitationID
        let unitID = session.invitation.unitID
        let day = CalendarDate(now, in: wave.timeZone)
        let person = try await Person.find(session.invitation.$person.id, on: db)
        let bands = DemographicBands(birthYear: person?.birthYear, gender: person?.gender.flatMap(Gender.init(rawValue:)),
                                     startDate: person?.startDate.flatMap(CalendarDate.init(parsing:)), on: day)
        let closed = String(decoding: try Self.encoder.encode(answers.closed), as: UTF8.self)
        let profile = session.questionnaire.includesLearningPreferences ? LearningProfile(answers: answers.closed) : nil
        return try await db.transaction { db in
            let sql = db as! any SQLDatabase
            // The first statement writes: SQLite takes its write lock at once, PostgreSQL locks
            // the row, so of two simultaneous submits exactly one finds the invitation open.
            let claimed = try await sql.raw("""
                UPDATE wave_invitations SET status = \(bind: WaveInvitation.Status.completed.rawValue), progress = NULL
                WHERE id = \(bind: invitationID) AND status <> \(bind: WaveInvitation.Status.completed.rawValue) RETURNING id
                """).all()
            guard claimed.count == 1 else { return false }
            try await sql.insert(into: SurveyResponse.schema)
                .columns("id", "wave_id", "unit_id", "age_band", "gender", "tenure_band", "submitted_on", "answers")
                .values(SQLBind(UUID()), SQLBind(wave.id!), SQLBind(unitID), SQLBind(bands.ageBand),
                        SQLBind(bands.gender?.rawValue), SQLBind(bands.tenureBand?.rawValue),
                        SQLBind(day.description), SQLBind(closed))
                .run()
            if !answers.open.isEmpty {
                var insert = sql.insert(into: OpenAnswer.schema).columns("id", "wave_id", "unit_id", "question_code", "text")
                // Sorted by code, not by when they were typed: the order tells nothing.
                for (code, text) in answers.open.sorted(by: { $0.key < $1.key }) {
                    insert = insert.values(SQLBind(UUID()), SQLBind(wave.id!), SQLBind(unitID), SQLBind(code), SQLBind(text))
                }
                try await insert.run()
            }
            if let profile {
                try await LearningProfileRow(invitationID: invitationID, profile: profile).create(on: db)
            }
            return true
        }
    }
}
