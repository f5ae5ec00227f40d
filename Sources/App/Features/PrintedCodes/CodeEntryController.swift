import Fluent
import Foundation
import SQLKit
import Vapor
import VeerkrachtCore

/// `/c`: where someone without e-mail types the code from their slip and lands in their own
/// scan. A wrong code, a used one and one of a closed wave get the same answer.
struct CodeEntryController {
    struct Form: Content {
        var code: String?
    }

    func show(_ req: Request) async throws -> Response {
        req.page(CodeEntryPage())
    }

    func enter(_ req: Request) async throws -> Response {
        let typed = try req.content.decode(Form.self).code ?? ""
        let guesses = CodeGuesses(db: req.db)
        let client = req.clientAddress
        guard try await guesses.mayTry(client: client, now: req.now) else {
            let response = req.page(CodeEntryPage(error: req.strings.codeTooManyTries), status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: "\(Int(CodeGuesses.window))")
            return response
        }
        guard let code = PersonalCode.normalised(typed), let invitation = try await openInvitation(code, req) else {
            try await guesses.recordWrong(client: client, now: req.now)
            return req.page(CodeEntryPage(error: req.strings.codeNotRecognised), status: .unprocessableEntity)
        }
        // The person's own link, as if they had clicked it; its pages do the rest.
        return req.redirect(to: Route.survey(token: req.application.surveyLinks.token(for: invitation)).path)
    }

    /// The invitation the code belongs to, while its scan can still be answered: the wave
    /// open, its links not retired, the scan not yet sent.
    private func openInvitation(_ code: String, _ req: Request) async throws -> UUID? {
        let row = try await req.db.sql.raw(
            """
            SELECT id, wave_id, status FROM wave_invitations WHERE code_hash = \(bind: SurveyLinks.codeHash(code))
            """
        ).first()
        guard let row, try row.decode(column: "status", as: String.self) != WaveInvitation.Status.completed.rawValue,
            let wave = try await Wave.find(try row.decode(column: "wave_id", as: UUID.self), on: req.db),
            wave.linksRetiredAt == nil, wave.lifecycle.effectiveStatus(at: req.now) == .open
        else { return nil }
        return try row.decode(column: "id", as: UUID.self)
    }
}
