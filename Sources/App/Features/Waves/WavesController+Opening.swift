import Fluent
import Vapor
import VeerkrachtCore

extension WavesController {
    /// Opens a draft: its invitations are made at once. A run of a rhythm must still keep the
    /// gap to other waves, and opening it prepares the next run as a draft.
    func open(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let wave = try await wave(req, access)
        let scheduling = PulseScheduling(
            db: req.db, organisationID: access.organisationID, tree: try await req.unitTree(access.organisationID), now: req.now,
            userID: access.userID)
        do {
            let (invited, next) = try await scheduling.open(wave, links: req.application.surveyLinks, strings: req.strings)
            try await req.audit(.waveOpened, "\(wave.name) (\(invited))", organisation: access.organisationID)
            var notice = req.strings.waveOpened(invited: invited)
            if let next { notice += " " + PulseController.notice(next, req.strings) }
            return try await refreshed(req, access, wave, notice: notice)
        } catch let refusal as PulseScheduling.Refusal {
            return try await refreshed(req, access, wave, error: PulseController.message(refusal, req.strings))
        } catch let refusal as WaveStore.OpenRefusal {
            let message = refusal == .nobodyInScope ? req.strings.waveNobodyInScope : req.strings.waveMoveRefused(.notDraft)
            return try await refreshed(req, access, wave, error: message)
        }
    }
}
