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
        let rows = try await db.sql.raw(
            """
            UPDATE wave_invitations SET progress = \(bind: progress), status = \(bind: WaveInvitation.Status.started.rawValue)
            WHERE id = \(bind: invitationID) AND status <> \(bind: WaveInvitation.Status.completed.rawValue) RETURNING id
            """
        ).all()
        return rows.count == 1
    }

    /// Stores the response and marks the invitation completed in one transaction, and removes
    /// the answers from the invitation. Returns false when the invitation was already
    /// completed (a second tab, a double click): then nothing is stored.
    /// `shareWithTeam` and `countInResults` are the person's choices; they only apply to waves
    /// with the learning-preference scan (defaults: not shared, counted).
    /// The database is asked for only when the writer goes through the driver.
    static func submit(
        _ answers: Answers, session: SurveySession, writer: SubmissionWriter, now: Date,
        shareWithTeam: Bool = false, countInResults: Bool = true,
        on db: @autoclosure () -> any Database
    ) async throws -> Bool {
        let day = CalendarDate(now, in: session.timeZone)
        let bands = DemographicBands(birthYear: session.birthYear, gender: session.gender, startDate: session.startDate, on: day)
        var submission = SubmissionWriter.Submission(
            invitationID: session.invitationID, waveID: session.waveID, unitID: session.unitID,
            bands: bands, day: day, answers: answers.closedJSON,
            itemAnswers: CompactAnswers.encode(answers, columns: CompactAnswers.columns(of: session.questionnaire)),
            openAnswers: answers.open.map { ($0.key, $0.value) },
            profile: session.questionnaire.includesLearningPreferences ? LearningProfile(answers: answers.closed) : nil)
        if session.questionnaire.includesLearningPreferences {
            submission.shareWithTeam = shareWithTeam
            submission.countInResults = countInResults
        }
        return try await writer.submit(submission, on: db())
    }
}
