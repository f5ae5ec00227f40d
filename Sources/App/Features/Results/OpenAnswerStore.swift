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

    /// One page of a question's answers, and whether more follow.
    struct Page: Sendable {
        let questionCode: String
        let answers: [Shown]
        let hasMore: Bool
    }

    /// What is asked: every question's first answers, or one question's answers after one.
    struct Slice: Sendable {
        /// The wave's open questions, or the one asked for.
        let questions: [String]
        /// Whether one question was asked for: it then gets a longer page.
        let isOneQuestion: Bool
        let after: UUID?

        static let overview = 20
        static let page = 100
    }

    /// nil unless the wave is closed (a new answer appearing in an open wave points at who just
    /// answered) and the group passes the open answers' own threshold. Answers come in the order
    /// of their ids, which are random: the same for everyone, so pages follow on, and telling
    /// nothing about when or by whom an answer was given. Each page reads only its own rows
    /// (an index on wave, question and id), however many answers a wave has.
    func shown(wave: Wave, group: ResultGroup, results: WaveResults, tree: UnitTree, slice: Slice, now: Date) async throws
        -> [Page]?
    {
        // Open answers carry a unit only, so a band narrows nothing: only unit groups have them.
        guard group.band == nil, wave.lifecycle.effectiveStatus(at: now) == .closed,
            results.showsOpenAnswers(of: group.unit, threshold: wave.openAnswerThreshold)
        else { return nil }
        let waveID = try wave.requireID()
        let units = group.unit.map { tree.subtree(of: $0).map(\.id) }
        let size = slice.isOneQuestion ? Slice.page : Slice.overview
        var pages: [Page] = []
        for code in slice.questions {
            var query = OpenAnswer.query(on: db).filter(\.$wave.$id == waveID).filter(\.$questionCode == code).filter(\.$hidden == false)
            if let units { query = query.filter(\.$unitID ~~ units) }
            if let after = slice.after { query = query.filter(\.$id > after) }
            let rows = try await query.sort(\.$id).limit(size + 1).all()
            pages.append(
                Page(
                    questionCode: code,
                    answers: try rows.prefix(size).map { Shown(id: try $0.requireID(), questionCode: $0.questionCode, text: $0.text) },
                    hasMore: rows.count > size))
        }
        return pages
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
