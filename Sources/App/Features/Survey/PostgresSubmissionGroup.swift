import Foundation
import PostgresNIO
import VeerkrachtCore

/// On PostgreSQL a whole group of submissions is stored by one prepared statement: the same
/// steps as `SubmissionStatements` (claim the open invitations, store the winners' responses,
/// open answers and profiles, raise the waves' revisions), written as data-modifying parts of
/// one query. One statement is one round trip and its own transaction, planned once per
/// connection; the seven round trips of the general path were most of PostgreSQL's and the
/// server's time per submit.
///
/// Each column of the group travels as one array, so the text never depends on the group's size.
/// The waves a group changes are locked in the order of their ids (`locked`) before they are
/// updated: two servers' groups that both touch the same waves then wait for each other instead
/// of each holding one wave the other needs (a deadlock, which would fail both groups' submits).
/// PostgreSQL runs every part exactly once and to completion; all parts see the same snapshot, so
/// the later parts read what earlier parts did only through their `RETURNING` rows.
struct PostgresSubmissionGroup: PostgresPreparedStatement {
    typealias Submission = SubmissionWriter.Submission

    /// Named here: the protocol's default name is made by reflection on every execution.
    static let name = "veerkracht_submission_group"
    static let sql = """
        WITH submitted AS (
            SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[],
                                 $8::text[], $9::text[], $10::bool[], $11::bool[])
                WITH ORDINALITY AS s(invitation_id, wave_id, unit_id, age_band, gender, tenure_band, submitted_on,
                                     answers, item_answers, counted, shared, place)
        ), claimed AS (
            UPDATE wave_invitations SET status = '\(completed)', progress = NULL
            WHERE id = ANY($1::uuid[]) AND status <> '\(completed)'
            RETURNING id
        ), stored AS (
            SELECT DISTINCT ON (s.invitation_id) s.*
            FROM submitted s JOIN claimed c ON c.id = s.invitation_id
            ORDER BY s.invitation_id, s.place
        ), responses AS (
            INSERT INTO \(SurveyResponse.schema) (id, wave_id, unit_id, age_band, gender, tenure_band, submitted_on, answers, item_answers)
            SELECT gen_random_uuid(), wave_id, unit_id, NULLIF(age_band, ''), NULLIF(gender, ''), NULLIF(tenure_band, ''),
                   submitted_on, answers, item_answers
            FROM stored WHERE counted
        ), open_rows AS (
            INSERT INTO \(OpenAnswer.schema) (id, wave_id, unit_id, question_code, text)
            SELECT gen_random_uuid(), s.wave_id, s.unit_id, o.code, o.text
            FROM unnest($12::int8[], $13::text[], $14::text[]) AS o(place, code, text)
            JOIN stored s ON s.place = o.place
            WHERE s.counted
            ORDER BY o.code, o.text
        ), profiles AS (
            INSERT INTO \(LearningProfileRow.schema)
                (id, invitation_id, wave_id, unit_id, ka, pa, kv, oe, "on", share_with_team, counted_in_results)
            SELECT gen_random_uuid(), s.invitation_id, s.wave_id, s.unit_id, p.ka, p.pa, p.kv, p.oe, p.on_, s.shared, s.counted
            FROM unnest($15::int8[], $16::float8[], $17::float8[], $18::float8[], $19::float8[], $20::float8[])
                AS p(place, ka, pa, kv, oe, on_)
            JOIN stored s ON s.place = p.place
            RETURNING invitation_id
        ), changes AS (
            SELECT s.wave_id, count(*) FILTER (WHERE s.counted) AS responses, count(p.invitation_id) AS profiles
            FROM stored s LEFT JOIN profiles p ON p.invitation_id = s.invitation_id
            GROUP BY s.wave_id
        ), locked AS (
            SELECT w.id FROM waves w
            WHERE w.id IN (SELECT wave_id FROM changes WHERE responses > 0 OR profiles > 0)
            ORDER BY w.id FOR UPDATE
        ), waves_changed AS (
            UPDATE waves w SET results_revision = w.results_revision + c.responses,
                profiles_changed_at = CASE WHEN c.profiles > 0 THEN $21::timestamptz ELSE w.profiles_changed_at END
            FROM changes c
            WHERE w.id = c.wave_id AND w.id IN (SELECT id FROM locked)
        )
        SELECT place FROM stored
        """
    private static let completed = WaveInvitation.Status.completed.rawValue

    let group: [Submission]
    let now: Date

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 21)
        bindings.append(group.map(\.invitationID))
        bindings.append(group.map(\.waveID))
        bindings.append(group.map(\.unitID))
        // Arrays of PostgreSQL's driver hold no nulls: an empty text stands for a band not known.
        bindings.append(group.map { $0.bands.ageBand ?? "" })
        bindings.append(group.map { $0.bands.gender?.rawValue ?? "" })
        bindings.append(group.map { $0.bands.tenureBand?.rawValue ?? "" })
        bindings.append(group.map(\.day.description))
        bindings.append(group.map(\.answers))
        bindings.append(group.map(\.itemAnswers))
        bindings.append(group.map(\.countInResults))
        bindings.append(group.map(\.shareWithTeam))
        // Open answers and profiles name their submission by its place in the group (from 1, as
        // `WITH ORDINALITY` counts), so a second submit of one invitation brings none of its own.
        let open = group.enumerated().flatMap { place, s in s.openAnswers.map { (place + 1, $0.code, $0.text) } }
        bindings.append(open.map(\.0))
        bindings.append(open.map(\.1))
        bindings.append(open.map(\.2))
        let profiles = group.enumerated().compactMap { place, s in s.profile.map { (place + 1, $0) } }
        bindings.append(profiles.map(\.0))
        for preference in LearningPreference.allCases {
            bindings.append(profiles.map { $0.1.scores[preference] ?? 0 })
        }
        bindings.append(now)
        return bindings
    }

    /// `place` counts from 1 (`WITH ORDINALITY`); the writer counts from 0.
    func decodeRow(_ row: PostgresRow) throws -> Int {
        try row.decode(Int.self) - 1
    }
}
