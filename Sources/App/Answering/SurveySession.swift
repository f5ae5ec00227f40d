import Fluent
import SQLKit
import Vapor
import VeerkrachtCore

/// What a personal link opens: the invitation, its wave and the wave's questionnaire.
struct SurveySession {
    let invitation: WaveInvitation
    let wave: Wave
    let questionnaire: Questionnaire

    var invitationID: UUID { invitation.id! }
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
    func surveySession(requireOpen: Bool = true) async throws -> SurveySession {
        guard let token = parameters.get("token"), token.count <= 64,
              let invitation = try await WaveInvitation.query(on: db)
                .filter(\.$tokenHash == SecureToken.hash(token)).with(\.$wave).first(),
              let questionnaire = invitation.wave.questionnaire else {
            throw SurveyRefusal.unknownLink
        }
        let wave = invitation.wave
        if requireOpen {
            let now = Date()
            let lifecycle = wave.lifecycle
            if lifecycle.status == .draft { throw SurveyRefusal.unknownLink }
            if lifecycle.effectiveStatus(at: now) == .closed { throw SurveyRefusal.closed }
            if now < wave.opensAt { throw SurveyRefusal.notYetOpen(opensAt: wave.opensAt, timeZone: wave.timeZone) }
        }
        return SurveySession(invitation: invitation, wave: wave, questionnaire: questionnaire)
    }
}
