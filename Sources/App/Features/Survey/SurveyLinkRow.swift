import Foundation
import PostgresNIO
import SQLKit

/// What one personal link opens, as stored: the invitation, its wave and the person's few facts.
/// Read on every page a respondent opens and on every submit, so it is one query that both
/// databases answer from an index.
struct SurveyLinkRow: Sendable {
    let invitationID: UUID
    let unitID: UUID
    let status: String
    let language: String?
    let progress: String?
    let waveID: UUID
    let instruments: String
    let opensAt: Date
    let closesAt: Date
    let timeZone: String
    let languages: String
    let waveStatus: String
    let threshold: Int
    let openAnswerThreshold: Int
    let birthYear: Int?
    let gender: String?
    let startDate: String?

    /// The columns in the order both readers decode them.
    private static let columns = """
        SELECT i.id, i.unit_id, i.status, i.language, i.progress,
               w.id AS wave_id, w.instruments, w.opens_at, w.closes_at, w.time_zone, w.languages, w.status AS wave_status,
               w.anonymity_threshold, w.open_answer_threshold,
               p.birth_year, p.gender, p.start_date
        FROM wave_invitations i JOIN waves w ON w.id = i.wave_id JOIN people p ON p.id = i.person_id
        """

    /// The cast keeps SQLite's plan fixed: it otherwise plans the join again for every new
    /// bare parameter, which was a twentieth of every submit.
    static func query(tokenHash: String) -> SQLQueryString {
        "\(unsafeRaw: columns) WHERE i.token_hash = CAST(\(bind: tokenHash) AS TEXT) AND w.links_retired_at IS NULL"
    }

    /// The same query, prepared once per PostgreSQL connection and decoded by position.
    struct Statement: PostgresPreparedStatement {
        /// Named here: the protocol's default name is made by reflection on every execution.
        static let name = "veerkracht_survey_link"
        static let sql = columns + " WHERE i.token_hash = $1 AND w.links_retired_at IS NULL"
        let tokenHash: String

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings(capacity: 1)
            bindings.append(tokenHash)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> SurveyLinkRow {
            let c = try row.decode(
                (UUID, UUID, String, String?, String?, UUID, String, Date, Date, String, String, String, Int, Int, Int?, String?, String?)
                    .self)
            return SurveyLinkRow(
                invitationID: c.0, unitID: c.1, status: c.2, language: c.3, progress: c.4, waveID: c.5, instruments: c.6,
                opensAt: c.7, closesAt: c.8, timeZone: c.9, languages: c.10, waveStatus: c.11, threshold: c.12,
                openAnswerThreshold: c.13, birthYear: c.14, gender: c.15, startDate: c.16)
        }
    }
}

extension SurveyLinkRow {
    /// The row as the SQLite readers return it, by column name.
    init(_ row: any SQLRow) throws {
        invitationID = try row.decode(column: "id", as: UUID.self)
        unitID = try row.decode(column: "unit_id", as: UUID.self)
        status = try row.decode(column: "status", as: String.self)
        language = try row.decode(column: "language", as: String?.self)
        progress = try row.decode(column: "progress", as: String?.self)
        waveID = try row.decode(column: "wave_id", as: UUID.self)
        instruments = try row.decode(column: "instruments", as: String.self)
        opensAt = try row.decode(column: "opens_at", as: Date.self)
        closesAt = try row.decode(column: "closes_at", as: Date.self)
        timeZone = try row.decode(column: "time_zone", as: String.self)
        languages = try row.decode(column: "languages", as: String.self)
        waveStatus = try row.decode(column: "wave_status", as: String.self)
        threshold = try row.decode(column: "anonymity_threshold", as: Int.self)
        openAnswerThreshold = try row.decode(column: "open_answer_threshold", as: Int.self)
        birthYear = try row.decode(column: "birth_year", as: Int?.self)
        gender = try row.decode(column: "gender", as: String?.self)
        startDate = try row.decode(column: "start_date", as: String?.self)
    }
}
