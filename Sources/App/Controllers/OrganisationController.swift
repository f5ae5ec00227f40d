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
}
