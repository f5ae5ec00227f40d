import Fluent
import SQLKit
import Vapor
import VeerkrachtCore

struct OrganisationController {
    /// Kept per role and language until its name, units, people or retention change: every
    /// member lands here after signing in.
    func show(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let (unitsRevision, tree) = try await req.revisedUnitTree(access.organisationID)
        let query: SQLQueryString =
            "SELECT retention_months, people_revision FROM \(ident: Organisation.schema) WHERE id = \(bind: access.organisationID)"
        guard let row = try await req.keyReads.rows(query).first else { throw AppError.notFound }
        let retention = try row.decode(column: "retention_months", as: Int.self)
        let peopleRevision = try row.decode(column: "people_revision", as: Int.self)
        let key =
            "organisation|\(access.organisationID)|\(access.role)|units \(unitsRevision)|people \(peopleRevision)|\(retention)|"
            + access.name
        return try await req.keptPage(key) {
            OrganisationPage(
                organisationID: access.organisationID, name: access.name, role: access.role,
                activeUnits: tree.nodes.values.filter { !$0.isArchived }.count,
                activePeople: try await req.application.activePeople.people(
                    of: access.organisationID, revision: peopleRevision, on: req.db
                ).total,
                retentionMonths: retention)
        }
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
