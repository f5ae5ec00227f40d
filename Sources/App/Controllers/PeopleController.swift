import Fluent
import Vapor
import VeerkrachtCore

/// The people of an organisation, a page at a time.
struct PeopleController {
    func index(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let query = Person.query(on: req.db).filter(\.$organisation.$id == access.organisationID)
        let total = try await query.count()
        let pageNumber = min(max(1, req.query[Int.self, at: "page"] ?? 1), PeoplePage.pageCount(total: total))
        let people = try await query.copy()
            .sort(\.$externalID)
            .range(((pageNumber - 1) * PeoplePage.pageSize)..<(pageNumber * PeoplePage.pageSize))
            .all()
        let tree = try await UnitStore(db: req.db, organisationID: access.organisationID).tree()
        let rows = people.map { person in
            PeoplePage.Row(externalID: person.externalID, email: person.email,
                           unitPath: person.$unit.id.map(tree.path(of:)), birthYear: person.birthYear,
                           gender: person.gender.flatMap(Gender.init(rawValue:)), startDate: person.startDate,
                           level: person.level, isArchived: person.archivedAt != nil)
        }
        return req.page(PeoplePage(organisationID: access.organisationID, rows: rows, total: total,
                                   pageNumber: pageNumber, canImport: access.role.maintainsOrganisation))
    }
}
