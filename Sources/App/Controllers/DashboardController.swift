import Fluent
import Vapor
import VeerkrachtCore

/// The dashboard, its reading guide and the report: everyone in the organisation reads them.
struct DashboardController {
    func dashboard(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let tree = try await UnitStore(db: req.db, organisationID: access.organisationID).tree()
        let unit = try ResultsController.unit(from: req, tree: tree)
        let data = try await DashboardLoader(req, organisationID: access.organisationID)
            .load(unit: unit, tree: tree, today: PortfolioController.today())
        return req.page(DashboardPage(organisationID: access.organisationID, data: data, tree: tree, canStartWave: access.role >= .advisor))
    }

    func readingGuide(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        return req.page(ReadingGuidePage(organisationID: access.organisationID))
    }

    func report(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        return req.page(try await Self.report(req.application, db: req.db, organisationID: access.organisationID))
    }

    /// The report of the whole organisation, for the page and for `veerkracht report`.
    static func report(_ app: Application, db: any Database, organisationID: UUID) async throws -> ReportPage {
        guard let organisation = try await Organisation.find(organisationID, on: db) else { throw AppError.notFound }
        let tree = try await UnitStore(db: db, organisationID: organisationID).tree()
        let today = PortfolioController.today()
        let data = try await DashboardLoader(app, db: db, organisationID: organisationID).load(unit: nil, tree: tree, today: today)
        var latest: ReportPage.LatestResults?
        if let summary = data.dloWave {
            let wave = try await WaveStore(db: db, organisationID: organisationID).wave(summary.id)
            let waveResults = try await app.results.results(for: wave, tree: tree, on: db)
            latest = waveResults.tally(ResultGroup(unit: nil)).map { ReportPage.LatestResults(wave: summary, results: waveResults, tally: $0) }
        }
        let portfolio = PortfolioPage(organisationID: organisationID, programmes: try await ProgrammeStore(db: db, organisationID: organisationID).all(),
                                      tree: tree, headcount: data.headcount,
                                      today: today, canEdit: false, problems: [], name: "")
        return ReportPage(organisationID: organisationID, organisationName: organisation.name, data: data, latest: latest, portfolio: portfolio)
    }
}
