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
        return [responses(counted), openAnswers(counted), profileRows(profiles),
                WaveProfiles.marking(Set(profiles.map(\.0.waveID)))].compactMap { $0 }
    }

    private static func responses(_ submissions: [Submission]) -> (any SQLExpression)? {
        guard !submissions.isEmpty else { return nil }
        var insert = SQLInsert(table: SQLIdentifier(SurveyResponse.schema))
        insert.columns = columns("id", "wave_id", "unit_id", "age_band", "gender", "tenure_band", "submitted_on", "answers", "item_answers")
        insert.values = submissions.map { s -> [any SQLExpression] in
            [SQLBind(UUID()), SQLBind(s.waveID), SQLBind(s.unitID), SQLBind(s.bands.ageBand),
             SQLBind(s.bands.gender?.rawValue), SQLBind(s.bands.tenureBand?.rawValue),
             SQLBind(s.day.description), SQLBind(s.answers), SQLBind(s.itemAnswers)]
        }
        return insert
    }

    /// Open answers carry no reference to their response, and are written sorted by question
    /// and text, so neither a column nor the order links them to the scores.
    private static func openAnswers(_ submissions: [Submission]) -> (any SQLExpression)? {
        let rows = submissions.flatMap { s in s.openAnswers.map { (s.waveID, s.unitID, $0.code, $0.text) } }
            .sorted { ($0.2, $0.3) < ($1.2, $1.3) }
        guard !rows.isEmpty else { return nil }
        var insert = SQLInsert(table: SQLIdentifier(OpenAnswer.schema))
        insert.columns = columns("id", "wave_id", "unit_id", "question_code", "text")
        insert.values = rows.map { row -> [any SQLExpression] in [SQLBind(UUID()), SQLBind(row.0), SQLBind(row.1), SQLBind(row.2), SQLBind(row.3)] }
        return insert
    }

    private static func profileRows(_ profiles: [(Submission, LearningProfile)]) -> (any SQLExpression)? {
        guard !profiles.isEmpty else { return nil }
        var insert = SQLInsert(table: SQLIdentifier(LearningProfileRow.schema))
        insert.columns = columns("id", "invitation_id", "ka", "pa", "kv", "oe", "on", "share_with_team", "counted_in_results")
        insert.values = profiles.map { submission, profile -> [any SQLExpression] in
            [SQLBind(UUID()), SQLBind(submission.invitationID)]
                + LearningPreference.allCases.map { SQLBind(profile.scores[$0]!) as any SQLExpression }
                + [SQLBind(submission.shareWithTeam), SQLBind(submission.countInResults)]
        }
        return insert
    }

    private static func columns(_ names: String...) -> [any SQLExpression] {
        names.map { SQLIdentifier($0) }
    }
}
