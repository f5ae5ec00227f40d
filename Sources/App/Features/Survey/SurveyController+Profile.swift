import Fluent
import SQLKit
import Vapor
import VeerkrachtCore

/// A person's own profile and their team's mix, reached with their personal link after they
/// sent the scan; still reachable after the wave closed.
extension SurveyController {
    func profile(_ req: Request) async throws -> Response {
        try await respond(req, requireOpen: false) { session in
            guard session.status == .completed, session.questionnaire.includesLearningPreferences else { throw AppError.notFound }
            let row = try await LearningProfileRow.query(on: req.db).filter(\.$invitation.$id == session.invitationID).first()
            return page(
                req, session,
                ProfilePage(
                    token: token(req), profile: row.flatMap { LearningProfile(scores: $0.scores) },
                    shared: row?.shareWithTeam ?? false, counted: row?.countedInResults ?? true))
        }
    }

    func shareProfile(_ req: Request) async throws -> Response {
        try await respond(req, requireOpen: false) { session in
            let share = FormFields.value("share", in: FormFields.parse(req)) == "1"
            // Together, so no cache of the wave's profiles keeps a name that was withdrawn.
            try await req.db.writeTransaction { db in
                try await LearningProfileRow.query(on: db).filter(\.$invitation.$id == session.invitationID)
                    .set(\.$shareWithTeam, to: share).update()
                try await WaveProfiles.changed([session.waveID], on: db.sql)
            }
            return req.redirect(to: Route.surveyProfile(token: token(req)).path)
        }
    }

    /// Deletes the profile. Whether the answers stay in the anonymous results was the person's
    /// choice when sending: it is read before deleting and shown on the page that confirms it;
    /// after that nothing of the profile remains.
    func deleteProfile(_ req: Request) async throws -> Response {
        try await respond(req, requireOpen: false) { session in
            let row = try await LearningProfileRow.query(on: req.db).filter(\.$invitation.$id == session.invitationID).first()
            let counted = row?.countedInResults ?? true
            try await req.db.writeTransaction { db in
                try await row?.delete(on: db)
                try await WaveProfiles.changed([session.waveID], on: db.sql)
            }
            return page(req, session, ProfilePage(token: token(req), profile: nil, shared: false, counted: counted))
        }
    }

    func team(_ req: Request) async throws -> Response {
        try await respond(req, requireOpen: false) { session in
            guard session.status == .completed, session.questionnaire.includesLearningPreferences else { throw AppError.notFound }
            let store = TeamMixStore(db: req.db)
            guard try await store.isOpen(wave: session.waveID, unit: session.unitID) else {
                return page(req, session, SurveyTeamPage(summary: nil))
            }
            guard let wave = try await Wave.find(session.waveID, on: req.db) else { throw AppError.notFound }
            let tree = try await UnitStore(db: req.db, organisationID: wave.$organisation.id).tree()
            let summary = try await TeamMixLoader.summary(req, wave: wave, tree: tree, unit: session.unitID)
            let names = NamedPage(number: req.query[Int.self, at: "names"] ?? 1, path: Route.surveyTeam(token: token(req)).path)
            return page(req, session, SurveyTeamPage(summary: summary, names: names))
        }
    }
}
