import Fluent
import Vapor

/// The audit log, read-only: an organisation's for its advisors, everything for the
/// installation administrator. `?before=` (seconds since 1970) pages back.
struct AuditController {
    func organisation(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let events = try await AuditLog(db: req.db).events(of: access.organisationID, before: before(req))
        return req.page(AuditPage(organisationID: access.organisationID, events: events, path: Route.audit(access.organisationID).path))
    }

    func installation(_ req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        let events = try await AuditLog(db: req.db).events(of: nil, before: before(req))
        return req.page(AuditPage(organisationID: nil, events: events, path: Route.adminAudit.path))
    }

    private func before(_ req: Request) -> Date? {
        guard let seconds = req.query[Double.self, at: "before"], seconds.isFinite else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }
}
