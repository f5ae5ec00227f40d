import Fluent
import Vapor
import VeerkrachtCore

struct OrganisationController {
    func show(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let units = try await Unit.query(on: req.db)
            .filter(\.$organisation.$id == access.organisationID).filter(\.$archivedAt == nil).count()
        let people = try await Person.query(on: req.db)
            .filter(\.$organisation.$id == access.organisationID).filter(\.$archivedAt == nil).count()
        return req.page(OrganisationPage(organisationID: access.organisationID, name: access.name,
                                         role: access.role, activeUnits: units, activePeople: people))
    }

    /// Everything of the organisation as a ZIP (`OrganisationExport`), for its advisors.
    func export(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let data = try await OrganisationExport(app: req.application, db: req.db, organisationID: access.organisationID).zip()
        try await req.audit(.organisationExported, "\(data.count / 1_000) kB", organisation: access.organisationID)
        var headers = HTTPHeaders()
        headers.contentType = .zip
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"veerkracht-export.zip\"")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
