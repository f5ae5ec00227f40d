import Foundation
import SQLKit
import VeerkrachtCore

/// The statements that store one group of submissions, written once for every database.
///
/// First `claim` completes the group's invitations that were still open and returns their ids;
/// `firstClaims` picks the submissions that won them; `storing` writes those. All in one
/// transaction, so an invitation is completed by exactly one submit and never without its
/// response.
enum SubmissionStatements {
    typealias Submission = SubmissionWriter.Submission

    /// The first statement writes: SQLite takes its write lock at once and PostgreSQL locks the
    /// rows, so two groups cannot both complete one invitation.
    static func claim(_ group: [Submission]) -> SQLQueryString {
        let completed = WaveInvitation.Status.completed.rawValue
        return """
            UPDATE wave_invitations SET status = \(bind: completed), progress = NULL
            WHERE id IN (\(binds: group.map(\.invitationID))) AND status <> \(bind: completed)
            RETURNING id
            """
    }

    /// Positions of the submissions that store a response: those whose invitation was claimed,
    /// and of two submits of one invitation in one group, the first.
    static func firstClaims(in group: [Submission], claimed: [UUID]) -> [Int] {
        var open = Set(claimed)
        return group.indices.filter { open.remove(group[$0].invitationID) != nil }
    }

    /// Responses, open answers and profiles of the stored submissions. Who chose to stay out of
    /// the anonymous results keeps only their own profile.
    static func storing(_ submissions: [Submission]) -> [any SQLExpression] {
        let counted = submissions.filter(\.countInResults)
        let profiles = submissions.compactMap { s in s.profile.map { (s, $0) } }
        let statements: [(any SQLExpression)?] = [
            responses(counted), openAnswers(counted), profileRows(profiles),
            WaveProfiles.marking(Set(profiles.map(\.0.waveID)))
        ]
        // Sorted by wave, so two servers' writers lock the wave rows in the same order.
        let revisions = WaveRevision.raising(Dictionary(counted.map { ($0.waveID, 1) }, uniquingKeysWith: +))
        return statements.compactMap { $0 } + revisions
    }

    private static func responses(_ submissions: [Submission]) -> RowsInsert? {
        guard !submissions.isEmpty else { return nil }
        return RowsInsert(
            table: SurveyResponse.schema,
            columns: ["id", "wave_id", "unit_id", "age_band", "gender", "tenure_band", "submitted_on", "answers", "item_answers"],
            rows: submissions.map { s in
                [
                    UUID(), s.waveID, s.unitID, s.bands.ageBand, s.bands.gender?.rawValue, s.bands.tenureBand?.rawValue,
                    s.day.description, s.answers, s.itemAnswers
                ]
            })
    }

    /// Open answers carry no reference to their response, and are written sorted by question
    /// and text, so neither a column nor the order links them to the scores.
    private static func openAnswers(_ submissions: [Submission]) -> RowsInsert? {
        let rows = submissions.flatMap { s in s.openAnswers.map { (s.waveID, s.unitID, $0.code, $0.text) } }
            .sorted { ($0.2, $0.3) < ($1.2, $1.3) }
        guard !rows.isEmpty else { return nil }
        return RowsInsert(
            table: OpenAnswer.schema, columns: ["id", "wave_id", "unit_id", "question_code", "text"],
            rows: rows.map { [UUID(), $0.0, $0.1, $0.2, $0.3] })
    }

    private static func profileRows(_ profiles: [(Submission, LearningProfile)]) -> RowsInsert? {
        guard !profiles.isEmpty else { return nil }
        return RowsInsert(
            table: LearningProfileRow.schema,
            columns: LearningProfileRow.insertedColumns,
            rows: profiles.map { submission, profile in
                [UUID(), submission.invitationID, submission.waveID, submission.unitID]
                    + LearningPreference.allCases.map { profile.scores[$0]! }
                    + [submission.shareWithTeam, submission.countInResults]
            })
    }
}
