import Fluent
import Vapor
import VeerkrachtCore

/// The dashboard, its reading guide and the report: everyone in the organisation reads them.
struct DashboardController {
    func dashboard(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let (unitsRevision, tree) = try await req.application.unitTrees.revisedTree(of: access.organisationID, on: req.db)
        let unit = try req.unitQuery(in: tree)
        let canStartWave = access.role >= .advisor
        let key = try await KeptDashboard.key(
            req, organisationID: access.organisationID, unit: unit, unitsRevision: unitsRevision, canStartWave: canStartWave)
        return try await req.keptPage(key) {
            let data = try await DashboardLoader(req, organisationID: access.organisationID).load(unit: unit, tree: tree)
            return DashboardPage(organisationID: access.organisationID, data: data, tree: tree, canStartWave: canStartWave)
        }
    }

    func readingGuide(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        return req.page(ReadingGuidePage(organisationID: access.organisationID))
    }

    func report(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        return req.page(try await ReportBuilder(req.application, db: req.db).page(organisationID: access.organisationID))
    }
}
