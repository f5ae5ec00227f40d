import Fluent
import Vapor
import VeerkrachtCore

/// The report of the whole organisation, for the report page and for `veerkracht report`.
struct ReportBuilder {
    let app: Application
    let db: any Database

    init(_ app: Application, db: any Database) {
        self.app = app
        self.db = db
    }

    func page(organisationID: UUID) async throws -> ReportPage {
        guard let organisation = try await Organisation.find(organisationID, on: db) else { throw AppError.notFound }
        let tree = try await UnitStore(db: db, organisationID: organisationID).tree()
        let data = try await DashboardLoader(app, db: db, organisationID: organisationID).load(unit: nil, tree: tree)
        let today = data.today
        var latest: ReportPage.LatestResults?
        if let summary = data.dloWave {
            let wave = try await WaveStore(db: db, organisationID: organisationID).wave(summary.id)
            let waveResults = try await app.results.results(for: wave, tree: tree, on: db, now: app.clock.now())
            latest = waveResults.tally(ResultGroup(unit: nil)).map {
                ReportPage.LatestResults(wave: summary, results: waveResults, tally: $0)
            }
        }
        let portfolio = PortfolioPage(
            organisationID: organisationID, programmes: try await ProgrammeStore(db: db, organisationID: organisationID).all(),
            tree: tree, headcount: data.headcount,
            today: today, canEdit: false, problems: [], name: "")
        return ReportPage(
            organisationID: organisationID, organisationName: organisation.name, data: data, latest: latest, portfolio: portfolio)
    }
}
