import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import Vapor
import VeerkrachtCore

/// What a personal link opens, as plain values: the invitation's state, what the wave asks
/// and offers, and the person's few facts that become the response's bands.
struct SurveySession: Sendable {
    let invitationID: UUID
    let unitID: UUID
    let status: WaveInvitation.Status
    let language: Language?
    let answers: Answers
    let waveID: UUID
    let timeZone: TimeZone
    let languages: [Language]
    let questionnaire: Questionnaire
    let birthYear: Int?
    let gender: Gender?
    let startDate: CalendarDate?
    let threshold: Int
    let openAnswerThreshold: Int
}

/// Why a link cannot be answered now; each has its own page.
enum SurveyRefusal: Error, Equatable {
    case unknownLink
    case notYetOpen(opensAt: Date, timeZone: TimeZone)
    case closed
}

extension Request {
    /// The survey behind the `token` path parameter. An unknown token, or a wave that is not
    /// open now, is refused before anything is read or changed.
    ///
    /// Every respondent page runs this, so it is one plain query without model decoding: at
    /// thousands of submits a second, building three Fluent models per request showed up as
    /// the largest cost.
    func surveySession(requireOpen: Bool = true) async throws -> SurveySession {
        guard let token = parameters.get("token"), token.count <= 64,
            let row = try await surveyRow(tokenHash: SecureToken.hash(token)),
            let questionnaire = QuestionnaireCache.shared.questionnaire(try row.decode(column: "instruments", as: String.self))
        else {
            throw SurveyRefusal.unknownLink
        }
        let opensAt = try row.decode(column: "opens_at", as: Date.self)
        let timeZone = TimeZone(identifier: try row.decode(column: "time_zone", as: String.self)) ?? WaveSettings.defaultTimeZone
        if requireOpen {
            let lifecycle = WaveLifecycle(
                status: WaveLifecycle.Status(rawValue: try row.decode(column: "wave_status", as: String.self)) ?? .draft,
                opensAt: opensAt, closesAt: try row.decode(column: "closes_at", as: Date.self))
            let now = self.now
            if lifecycle.status == .draft { throw SurveyRefusal.unknownLink }
            if lifecycle.effectiveStatus(at: now) == .closed { throw SurveyRefusal.closed }
            if now < opensAt { throw SurveyRefusal.notYetOpen(opensAt: opensAt, timeZone: timeZone) }
        }
        let progress = try row.decode(column: "progress", as: String?.self)
        return SurveySession(
            invitationID: try row.decode(column: "id", as: UUID.self),
            unitID: try row.decode(column: "unit_id", as: UUID.self),
            status: WaveInvitation.Status(rawValue: try row.decode(column: "status", as: String.self)) ?? .invited,
            language: try row.decode(column: "language", as: String?.self).flatMap(Language.init(rawValue:)),
            answers: WaveInvitation.answers(fromProgress: progress),
            waveID: try row.decode(column: "wave_id", as: UUID.self),
            timeZone: timeZone,
            languages: try row.decode(column: "languages", as: String.self).split(separator: ",").compactMap {
                Language(rawValue: String($0))
            },
            questionnaire: questionnaire,
            birthYear: try row.decode(column: "birth_year", as: Int?.self),
            gender: try row.decode(column: "gender", as: String?.self).flatMap(Gender.init(rawValue:)),
            startDate: try row.decode(column: "start_date", as: String?.self).flatMap(CalendarDate.init(parsing:)),
            threshold: try row.decode(column: "anonymity_threshold", as: Int.self),
            openAnswerThreshold: try row.decode(column: "open_answer_threshold", as: Int.self))
    }

    /// On an SQLite file the link is read on this thread (see `SQLiteInlineReaders`). The cast
    /// keeps the plan fixed: SQLite otherwise plans a join again for every new bare parameter,
    /// which was a twentieth of every submit.
    private func surveyRow(tokenHash: String) async throws -> (any SQLRow)? {
        let query: SQLQueryString = """
            SELECT i.id, i.unit_id, i.status, i.language, i.progress,
                   w.id AS wave_id, w.instruments, w.opens_at, w.closes_at, w.time_zone, w.languages, w.status AS wave_status,
                   w.anonymity_threshold, w.open_answer_threshold,
                   p.birth_year, p.gender, p.start_date
            FROM wave_invitations i JOIN waves w ON w.id = i.wave_id JOIN people p ON p.id = i.person_id
            WHERE i.token_hash = CAST(\(bind: tokenHash) AS TEXT) AND w.links_retired_at IS NULL
            """
        if let file = application.veerkracht.sqliteFile {
            do {
                return try file.inlineReaders.first(query)
            } catch {
                return try await file.reader.first(query)
            }
        }
        return try await db.sql.raw(query).first()
    }
}

/// A wave's instruments never change, so their pages are laid out once per combination.
final class QuestionnaireCache: Sendable {
    static let shared = QuestionnaireCache()
    private let built = NIOLockedValueBox<[String: Questionnaire]>([:])

    /// The questionnaire for a stored instrument list such as `dlo@1,lp@1`.
    func questionnaire(_ instrumentList: String) -> Questionnaire? {
        if let known = built.withLockedValue({ $0[instrumentList] }) { return known }
        guard let questionnaire = Questionnaire(references: instrumentList.split(separator: ",").map(String.init)) else { return nil }
        built.withLockedValue { $0[instrumentList] = questionnaire }
        return questionnaire
    }
}
