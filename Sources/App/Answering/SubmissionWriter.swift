import Fluent
import Foundation
import SQLKit
import VeerkrachtCore

/// Stores submitted responses in groups (group commit). Submits that arrive while a group is
/// being written wait for the next one, so one transaction of four statements stores many
/// responses, and this process never races itself for SQLite's single write lock. Every
/// caller hears back only after its group committed: an acknowledged response is stored.
actor SubmissionWriter {
    /// One response, ready to store: anonymous already, apart from the invitation it closes.
    struct Submission: Sendable {
        let invitationID: UUID
        let waveID: UUID
        let unitID: UUID
        let bands: DemographicBands
        let day: CalendarDate
        /// JSON object of item code to 1–5.
        let answers: String
        /// The same answers in `CompactAnswers` form, for results.
        let itemAnswers: String
        let openAnswers: [(code: String, text: String)]
        let profile: LearningProfile?
        /// The person's choices at the end of a learning-preference scan.
        var shareWithTeam = false
        var countInResults = true
    }

    /// Keeps a group's binds well below SQLite's limit (32,766), open answers included.
    static let maximumGroup = 200

    private var pending: [(submission: Submission, db: any Database, reply: CheckedContinuation<Bool, any Error>)] = []
    private var writing = false

    /// Stores the response and completes its invitation. False when the invitation was
    /// already completed (another tab, a double click): then nothing is stored.
    func submit(_ submission: Submission, on db: any Database) async throws -> Bool {
        try await withCheckedThrowingContinuation { reply in
            pending.append((submission, db, reply))
            if !writing {
                writing = true
                Task { await writeGroups() }
            }
        }
    }

    private func writeGroups() async {
        while !pending.isEmpty {
            let group = Array(pending.prefix(Self.maximumGroup))
            pending.removeFirst(group.count)
            do {
                let stored = try await Self.write(group.map(\.submission), on: group[0].db)
                for (index, item) in group.enumerated() { item.reply.resume(returning: stored.contains(index)) }
            } catch {
                for item in group { item.reply.resume(throwing: error) }
            }
        }
        writing = false
    }

    /// Writes one group in one transaction; returns the positions of the submissions stored.
    static func write(_ group: [Submission], on db: any Database) async throws -> Set<Int> {
        try await db.transaction { db in
            let sql = db as! any SQLDatabase
            // The first statement writes: SQLite takes its write lock at once and PostgreSQL
            // locks the rows, so an invitation is completed by exactly one submit.
            let claimed = try await sql.raw("""
                UPDATE wave_invitations SET status = \(bind: WaveInvitation.Status.completed.rawValue), progress = NULL
                WHERE id IN (\(binds: group.map(\.invitationID))) AND status <> \(bind: WaveInvitation.Status.completed.rawValue)
                RETURNING id
                """).all().map { try $0.decode(column: "id", as: UUID.self) }
            var open = Set(claimed)
            // Two submits of one invitation in one group: the first one counts.
            let stored = group.indices.filter { open.remove(group[$0].invitationID) != nil }
            guard !stored.isEmpty else { return [] }
            let submissions = stored.map { group[$0] }
            // Who chose to stay out of the anonymous results keeps only their own profile.
            let counted = submissions.filter(\.countInResults)
            if !counted.isEmpty {
                try await insertResponses(counted, sql)
                try await insertOpenAnswers(counted, sql)
            }
            try await insertProfiles(submissions, sql)
            return Set(stored)
        }
    }

    private static func insertResponses(_ submissions: [Submission], _ sql: any SQLDatabase) async throws {
        var insert = sql.insert(into: SurveyResponse.schema)
            .columns("id", "wave_id", "unit_id", "age_band", "gender", "tenure_band", "submitted_on", "answers", "item_answers")
        for s in submissions {
            insert = insert.values(SQLBind(UUID()), SQLBind(s.waveID), SQLBind(s.unitID), SQLBind(s.bands.ageBand),
                                   SQLBind(s.bands.gender?.rawValue), SQLBind(s.bands.tenureBand?.rawValue),
                                   SQLBind(s.day.description), SQLBind(s.answers), SQLBind(s.itemAnswers))
        }
        try await insert.run()
    }

    /// Open answers carry no reference to their response, and are written sorted by question
    /// and text, so neither a column nor the order links them to the scores.
    private static func insertOpenAnswers(_ submissions: [Submission], _ sql: any SQLDatabase) async throws {
        let rows = submissions.flatMap { s in s.openAnswers.map { (s.waveID, s.unitID, $0.code, $0.text) } }
            .sorted { ($0.2, $0.3) < ($1.2, $1.3) }
        guard !rows.isEmpty else { return }
        var insert = sql.insert(into: OpenAnswer.schema).columns("id", "wave_id", "unit_id", "question_code", "text")
        for row in rows {
            insert = insert.values(SQLBind(UUID()), SQLBind(row.0), SQLBind(row.1), SQLBind(row.2), SQLBind(row.3))
        }
        try await insert.run()
    }

    private static func insertProfiles(_ submissions: [Submission], _ sql: any SQLDatabase) async throws {
        let profiles = submissions.compactMap { s in s.profile.map { (s, $0) } }
        guard !profiles.isEmpty else { return }
        var insert = sql.insert(into: LearningProfileRow.schema)
            .columns("id", "invitation_id", "ka", "pa", "kv", "oe", "on", "share_with_team", "counted_in_results")
        for (submission, profile) in profiles {
            let scores = LearningPreference.allCases.map { SQLBind(profile.scores[$0]!) as any SQLExpression }
            insert = insert.values([SQLBind(UUID()), SQLBind(submission.invitationID)] + scores
                                   + [SQLBind(submission.shareWithTeam), SQLBind(submission.countInResults)])
        }
        try await insert.run()
        try await WaveProfiles.changed(Set(profiles.map(\.0.waveID)), on: sql)
    }
}
