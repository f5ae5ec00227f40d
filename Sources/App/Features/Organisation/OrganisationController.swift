import Fluent
import Vapor
import VeerkrachtCore

struct OrganisationController {
    func show(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let units = try await req.unitTree(access.organisationID).nodes.values.filter { !$0.isArchived }.count
        guard let organisation = try await Organisation.find(access.organisationID, on: req.db) else { throw AppError.notFound }
        let people = try await req.application.activePeople.count(of: organisation, on: req.db)
        let retention = organisation.retentionMonths
        return req.page(
            OrganisationPage(
                organisationID: access.organisationID, name: access.name,
                role: access.role, activeUnits: units, activePeople: people, retentionMonths: retention))
    }

    /// How many months after a wave closes its personal links keep working.
    func setRetention(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        struct Form: Content { var months: String? }
        guard let months = try req.content.decode(Form.self).months.flatMap(Int.init), RetentionSweep.allowedMonths.contains(months),
            let organisation = try await Organisation.find(access.organisationID, on: req.db)
        else {
            throw AppError.badRequest(req.strings.retentionOutOfRange)
        }
        organisation.retentionMonths = months
        try await organisation.save(on: req.db)
        try await req.audit(.retentionChanged, "\(months)", organisation: access.organisationID)
        return req.redirect(to: Route.organisation(access.organisationID).path)
    }

    /// Everything of the organisation as a ZIP (`OrganisationExport`), for its advisors.
    func export(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let data = try await OrganisationExport(app: req.application, db: req.db, organisationID: access.organisationID).zip(now: req.now)
        try await req.audit(.organisationExported, "\(data.count / 1_000) kB", organisation: access.organisationID)
        var headers = HTTPHeaders()
        headers.contentType = .zip
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"veerkracht-export.zip\"")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
