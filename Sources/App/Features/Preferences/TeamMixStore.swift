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
            WHERE i.wave_id = \(bind: wave) AND lp.share_with_team = \(bind: true)
            """
        ).run { row in
            guard let member = try? Self.member(row, layout: layout) else { return }
            members.withLockedValue { $0.append(member) }
        }.get()
        return members.withLockedValue { $0 }
    }

    private static func member(_ row: any SQLRow, layout: WaveResults.Layout) throws -> TeamProfiles.Member? {
        let scores: [LearningPreference: Double] = [
            .kunstAfkijken: try row.decode(column: "ka", as: Double.self), .participeren: try row.decode(column: "pa", as: Double.self),
            .kennisVerwerven: try row.decode(column: "kv", as: Double.self), .oefenen: try row.decode(column: "oe", as: Double.self),
            .ontdekken: try row.decode(column: "ontdekken", as: Double.self)
        ]
        guard let profile = LearningProfile(scores: scores) else { return nil }
        let name = try row.decode(column: "email", as: String?.self) ?? (try row.decode(column: "external_id", as: String.self))
        return TeamProfiles.Member(
            node: layout.node(of: try row.decode(column: "unit_id", as: UUID.self)), ranking: profile.ranking,
            name: name, counted: try row.decode(column: "counted_in_results", as: Bool.self))
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
