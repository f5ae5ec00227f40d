import Fluent
import SQLKit
import Vapor
import VeerkrachtCore

/// The dashboard, its reading guide and the report: everyone in the organisation reads them.
struct DashboardController {
    func dashboard(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let (unitsRevision, tree) = try await req.revisedUnitTree(access.organisationID)
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

    /// The report shows the whole organisation's dashboard, its latest results and its portfolio,
    /// the same for every reader: kept under the dashboard's key and the organisation's name.
    func report(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let (unitsRevision, _) = try await req.revisedUnitTree(access.organisationID)
        // The organisation's name is read with the dashboard's rows, and named in its key.
        let (key, _) = try await KeptDashboard.key(
            req, organisationID: access.organisationID, unit: nil, unitsRevision: unitsRevision, canStartWave: false,
            also: [RowTexts.Part("name", organisationColumns: ["name"])])
        return try await req.keptPage("report|\(key)") {
            try await ReportBuilder(req.application, db: req.db).page(organisationID: access.organisationID)
        }
    }
}
