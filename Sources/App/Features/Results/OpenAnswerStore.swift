import Fluent
import Foundation
import SQLKit
import VeerkrachtCore

/// Open answers as results show them: only for a group the disclosure rule shows, never the
/// hidden ones, shuffled, and without their unit.
struct OpenAnswerStore {
    let db: any Database

    struct Shown: Sendable {
        let id: UUID
        let questionCode: String
        let text: String
    }

    /// nil unless the wave is closed (a new answer appearing in an open wave points at who just
    /// answered) and the group passes the open answers' own threshold.
    func shown(wave: Wave, group: ResultGroup, results: WaveResults, tree: UnitTree, now: Date) async throws -> [Shown]? {
        // Open answers carry a unit only, so a band narrows nothing: only unit groups have them.
        guard group.band == nil, wave.lifecycle.effectiveStatus(at: now) == .closed,
            results.showsOpenAnswers(of: group.unit, threshold: wave.openAnswerThreshold)
        else { return nil }
        let waveID = try wave.requireID()
        var query = OpenAnswer.query(on: db).filter(\.$wave.$id == waveID).filter(\.$hidden == false)
        if let unit = group.unit { query = query.filter(\.$unitID ~~ tree.subtree(of: unit).map(\.id)) }
        return try await query.all().map { Shown(id: try $0.requireID(), questionCode: $0.questionCode, text: $0.text) }.shuffled()
    }

    /// Hides an answer of this wave and logs who did it and when; a 404 for any other id.
    func hide(_ answerID: UUID, wave: UUID, by user: UUID, at now: Date) async throws {
        try await db.writeTransaction { db in
            guard let answer = try await OpenAnswer.query(on: db).filter(\.$id == answerID).filter(\.$wave.$id == wave).first() else {
                throw AppError.notFound
            }
            answer.hidden = true
            try await answer.save(on: db)
            try await db.sql.insert(into: "open_answer_hidings").columns("id", "open_answer_id", "user_id", "hidden_at")
                .values(SQLBind(UUID()), SQLBind(answerID), SQLBind(user), SQLBind(now)).run()
        }
    }
}
