import Fluent
import Foundation
import NIOConcurrencyHelpers
import PostgresNIO
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
        guard let token = KioskGuard.currentToken(of: self) ?? parameters.get("token"), token.count <= 64,
            let link = try await surveyLink(tokenHash: SecureToken.hash(token)),
            let questionnaire = QuestionnaireCache.shared.questionnaire(link.instruments)
        else {
            throw SurveyRefusal.unknownLink
        }
        let timeZone = TimeZone(identifier: link.timeZone) ?? WaveSettings.defaultTimeZone
        if requireOpen {
            let lifecycle = WaveLifecycle(
                status: WaveLifecycle.Status(rawValue: link.waveStatus) ?? .draft, opensAt: link.opensAt, closesAt: link.closesAt)
            let now = self.now
            if lifecycle.status == .draft { throw SurveyRefusal.unknownLink }
            if lifecycle.effectiveStatus(at: now) == .closed { throw SurveyRefusal.closed }
            if now < link.opensAt { throw SurveyRefusal.notYetOpen(opensAt: link.opensAt, timeZone: timeZone) }
        }
        return SurveySession(
            invitationID: link.invitationID,
            unitID: link.unitID,
            status: WaveInvitation.Status(rawValue: link.status) ?? .invited,
            language: link.language.flatMap(Language.init(rawValue:)),
            answers: WaveInvitation.answers(fromProgress: link.progress),
            waveID: link.waveID,
            timeZone: timeZone,
            languages: link.languages.split(separator: ",").compactMap { Language(rawValue: String($0)) },
            questionnaire: questionnaire,
            birthYear: link.birthYear,
            gender: link.gender.flatMap(Gender.init(rawValue:)),
            startDate: link.startDate.flatMap(CalendarDate.init(parsing:)),
            threshold: link.threshold,
            openAnswerThreshold: link.openAnswerThreshold)
    }

    /// On an SQLite file the link is read on this thread (see `SQLiteInlineReaders`); on
    /// PostgreSQL through a statement each connection prepares once, so the join is planned once
    /// per connection instead of on every page a respondent opens.
    private func surveyLink(tokenHash: String) async throws -> SurveyLinkRow? {
        guard let postgres = application.veerkracht.postgresByLoop?.shared(on: eventLoop) else {
            return try await quickRows(SurveyLinkRow.query(tokenHash: tokenHash), limit: 1).first.map(SurveyLinkRow.init)
        }
        // The database is PostgreSQL's, so only the row itself can be missing.
        let row = try await postgres.withPostgresConnection { connection, logger in
            try await connection.execute(SurveyLinkRow.Statement(tokenHash: tokenHash), logger: logger).first { _ in true }
        }
        return row ?? nil
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
