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
        let kiosk = try await Kiosks(db: req.db).kiosk(of: req)
        // Code entry on a shared device's screen means the previous person is done or gone.
        if let kiosk, kiosk.current != nil { try await Kiosks(db: req.db).setCurrent(kiosk, invitation: nil) }
        let response = req.page(CodeEntryPage(kiosk: try await kioskNote(req, kiosk)))
        if kiosk != nil { Kiosks.startTurn(response, secure: req.application.configuration.usesSecureCookies) }
        return response
    }

    /// On a shared device: which wave and unit it serves.
    private func kioskNote(_ req: Request, _ kiosk: Kiosks.Kiosk?) async throws -> String? {
        guard let kiosk else { return nil }
        let wave = try await Wave.find(kiosk.wave, on: req.db)
        let tree = try await req.unitTree(kiosk.organisation)
        return req.strings.kioskNote(wave: wave?.name ?? "", unit: kiosk.unit.map { tree.path(of: $0) })
    }

    func enter(_ req: Request) async throws -> Response {
        let typed = try req.content.decode(Form.self).code ?? ""
        let guesses = CodeGuesses(db: req.db)
        let client = req.clientAddress
        let kiosks = Kiosks(db: req.db)
        let kiosk = try await kiosks.kiosk(of: req)
        guard try await guesses.mayTry(client: client, now: req.now) else {
            let response = req.page(
                CodeEntryPage(error: req.strings.codeTooManyTries, kiosk: try await kioskNote(req, kiosk)),
                status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: "\(Int(CodeGuesses.window))")
            return response
        }
        guard let code = PersonalCode.normalised(typed), let invitation = try await openInvitation(code, req),
            try await kiosk.asyncMap({ try await Self.serves($0, invitation, req) }) ?? true
        else {
            try await guesses.recordWrong(client: client, now: req.now)
            return req.page(
                CodeEntryPage(error: req.strings.codeNotRecognised, kiosk: try await kioskNote(req, kiosk)),
                status: .unprocessableEntity)
        }
        // The person's own scan, as if they had clicked their link; on a kiosk under the word
        // that stands for its current person, so no address on it opens the scan elsewhere.
        if let kiosk {
            try await kiosks.setCurrent(kiosk, invitation: invitation.id)
            return req.redirect(to: Route.survey(token: Kiosks.pathWord).path)
        }
        return req.redirect(to: Route.survey(token: req.application.surveyLinks.token(for: invitation.id)).path)
    }

    /// The invitation the code belongs to, while its scan can still be answered: the wave
    /// open, its links not retired, the scan not yet sent.
    struct OpenInvitation {
        let id: UUID
        let wave: UUID
        let unit: UUID
    }

    /// Whether a kiosk serves this invitation: its wave, and its unit or one below.
    private static func serves(_ kiosk: Kiosks.Kiosk, _ invitation: OpenInvitation, _ req: Request) async throws -> Bool {
        guard invitation.wave == kiosk.wave else { return false }
        guard let unit = kiosk.unit else { return true }
        return try await req.unitTree(kiosk.organisation).subtree(of: unit).contains { $0.id == invitation.unit }
    }

    private func openInvitation(_ code: String, _ req: Request) async throws -> OpenInvitation? {
        let row = try await req.db.sql.raw(
            """
            SELECT id, wave_id, unit_id, status FROM wave_invitations WHERE code_hash = \(bind: SurveyLinks.codeHash(code))
            """
        ).first()
        guard let row, try row.decode(column: "status", as: String.self) != WaveInvitation.Status.completed.rawValue,
            let wave = try await Wave.find(try row.decode(column: "wave_id", as: UUID.self), on: req.db),
            wave.linksRetiredAt == nil, wave.lifecycle.effectiveStatus(at: req.now) == .open
        else { return nil }
        return OpenInvitation(
            id: try row.decode(column: "id", as: UUID.self), wave: try wave.requireID(),
            unit: try row.decode(column: "unit_id", as: UUID.self))
    }
}
