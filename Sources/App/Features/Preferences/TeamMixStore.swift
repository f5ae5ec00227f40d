import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import VeerkrachtCore

/// The learning profiles of a wave with the unit and name of each person, for team views,
/// and which teams' mixes are open to their members.
struct TeamMixStore {
    let db: any Database

    /// The order of preferences of each person who agreed to be shown by name, with that name
    /// and whether their answers count in the anonymous results. Only they are read: a team's
    /// mix comes from the anonymous results, so the others' profiles would be read for nothing
    /// (at a million respondents, two thirds of a million rows). Scores are not kept: no page
    /// shows one person's scores to anyone but that person.
    func members(wave: UUID, layout: WaveResults.Layout) async throws -> [TeamProfiles.Member] {
        let members = NIOLockedValueBox([TeamProfiles.Member]())
        try await db.sql.raw(
            """
            SELECT lp.ka, lp.pa, lp.kv, lp.oe, lp.\(ident: "on") AS ontdekken, lp.counted_in_results,
                   i.unit_id, p.email, p.external_id
            FROM learning_profiles lp JOIN wave_invitations i ON i.id = lp.invitation_id JOIN people p ON p.id = i.person_id
            WHERE lp.wave_id = \(bind: wave) AND lp.share_with_team
            """
        ).run { row in
            guard
                let member = try? Self.member(
                    scores: ["ka", "pa", "kv", "oe", "ontdekken"].map { try row.decode(column: $0, as: Double.self) },
                    counted: row.decode(column: "counted_in_results", as: Bool.self),
                    unit: row.decode(column: "unit_id", as: UUID.self),
                    name: try row.decode(column: "email", as: String?.self) ?? (try row.decode(column: "external_id", as: String.self)),
                    layout: layout)
            else { return }
            members.withLockedValue { $0.append(member) }
        }.get()
        return members.withLockedValue { $0 }
    }

    /// Per node of `layout`, how many people are shown by name and counted in the results:
    /// what the members say about a unit's mix, counted by the database without their names.
    func namedAndCounted(wave: UUID, layout: WaveResults.Layout) async throws -> [Int] {
        var counts = [Int](repeating: 0, count: layout.nodes.count)
        let rows = try await db.sql.raw(
            """
            SELECT unit_id, COUNT(*) AS n FROM learning_profiles
            WHERE wave_id = \(bind: wave) AND share_with_team AND counted_in_results
            GROUP BY unit_id
            """
        ).all()
        for row in rows {
            counts[layout.node(of: try row.decode(column: "unit_id", as: UUID.self))] += try row.decode(column: "n", as: Int.self)
        }
        return counts
    }

    /// A member from the scores ka, pa, kv, oe and on (the columns above), in that order; nil
    /// for scores that make no profile.
    private static func member(
        scores: [Double], counted: Bool, unit: UUID, name: String, layout: WaveResults.Layout
    ) -> TeamProfiles.Member? {
        let preferences: [LearningPreference] = [.kunstAfkijken, .participeren, .kennisVerwerven, .oefenen, .ontdekken]
        guard let profile = LearningProfile(scores: Dictionary(uniqueKeysWithValues: zip(preferences, scores))) else { return nil }
        return TeamProfiles.Member(node: layout.node(of: unit), ranking: profile.ranking, name: name, counted: counted)
    }

    func isOpen(wave: UUID, unit: UUID) async throws -> Bool {
        try await db.sql.raw(
            """
            SELECT COUNT(*) AS n FROM team_mix_openings WHERE wave_id = \(bind: wave) AND unit_id = \(bind: unit)
            """
        ).first().map { try $0.decode(column: "n", as: Int.self) > 0 } ?? false
    }

    func setOpen(_ open: Bool, wave: UUID, unit: UUID, by user: UUID, at now: Date) async throws {
        try await db.writeTransaction { db in
            let sql = db.sql
            try await sql.raw("DELETE FROM team_mix_openings WHERE wave_id = \(bind: wave) AND unit_id = \(bind: unit)").run()
            guard open else { return }
            try await sql.insert(into: "team_mix_openings").columns("id", "wave_id", "unit_id", "opened_by", "opened_at")
                .values(SQLBind(UUID()), SQLBind(wave), SQLBind(unit), SQLBind(user), SQLBind(now)).run()
        }
    }
}

/// Everything a team view shows, gathered once for the advisor's page and the members' page.
struct TeamMixSummary: Sendable {
    let unitName: String
    let view: TeamProfiles.View
    let organisation: PreferenceMix?
    let advice: [TeamAdvice]
    let threshold: Int

    init(unitName: String, teams: TeamProfiles, unit: UUID?, learningTogether: Double?, threshold: Int) {
        self.unitName = unitName
        view = teams.view(of: unit)
        organisation = teams.mix(of: nil)
        advice = view.mix.map { TeamAdvice.advice(for: $0, learningTogether: learningTogether) } ?? []
        self.threshold = threshold
    }
}
