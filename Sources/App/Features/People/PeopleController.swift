import Fluent
import Vapor
import VeerkrachtCore

/// The people of an organisation, a page at a time, and erasing one person's data.
struct PeopleController {
    struct EraseForm: Content {
        var externalID: String?
        var confirm: String?
        enum CodingKeys: String, CodingKey {
            case externalID = "external_id"
            case confirm
        }
    }

    /// Erases a person's personal data on their request (`PersonErasure`). The audit log says
    /// that someone was erased, not who.
    func erase(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let form = try req.content.decode(EraseForm.self)
        let externalID = (form.externalID ?? "").trimmingCharacters(in: .whitespaces)
        guard form.confirm == "1", !externalID.isEmpty else {
            return try await index(req, notice: nil, error: req.strings.eraseNeedsConfirmation, status: .unprocessableEntity)
        }
        guard try await PersonErasure(db: req.db, organisationID: access.organisationID).erase(externalID: externalID, now: req.now) else {
            return try await index(req, notice: nil, error: req.strings.eraseUnknownPerson, status: .unprocessableEntity)
        }
        try await req.audit(.personErased, "1", organisation: access.organisationID)
        return try await index(req, notice: req.strings.personErased, error: nil, status: .ok)
    }

    /// A page of the list is the same for every reader of the same role until the people or the
    /// units change: kept under both revisions (a search is made each time, so that one-off
    /// searches do not push out what everyone reads). The list holds personal data, so
    /// browsers keep none of it.
    func index(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let (unitsRevision, tree) = try await req.revisedUnitTree(access.organisationID)
        let people = try await req.application.activePeople.people(of: access.organisationID, on: req.db, reads: req.keyReads)
        let search = PeopleSearch(text: req.query[String.self, at: "q"], unit: req.query[String.self, at: "unit"], tree: tree)
        guard search.isEmpty else { return req.page(try await page(req, access, tree: tree, people: people, search: search)) }
        // Clamped as the page clamps it: a page number past the last is the last page, under
        // one key, so made-up numbers cannot push other pages out of the kept ones.
        let asked = min(max(1, req.query[Int.self, at: "page"] ?? 1), PeoplePage.pageCount(total: people.listed))
        let maintains = access.role.maintainsOrganisation
        let key = "people|\(access.organisationID)|\(people.revision)|\(unitsRevision)|\(maintains)|\(maintains ? asked : 1)"
        return try await req.keptPage(key, caching: .never) {
            try await page(req, access, tree: tree, people: people, search: search)
        }
    }

    private func index(_ req: Request, notice: String?, error: String?, status: HTTPResponseStatus) async throws -> Response {
        let access = try req.organisationAccess()
        let tree = try await req.unitTree(access.organisationID)
        let people = try await req.application.activePeople.people(of: access.organisationID, on: req.db, reads: req.keyReads)
        let search = PeopleSearch(text: req.query[String.self, at: "q"], unit: req.query[String.self, at: "unit"], tree: tree)
        var page = try await page(req, access, tree: tree, people: people, search: search)
        (page.notice, page.error) = (notice, error)
        return req.page(page, status: status)
    }

    private func page(_ req: Request, _ access: OrganisationAccess, tree: UnitTree, people: ActivePeople, search: PeopleSearch)
        async throws -> PeoplePage
    {
        let total = people.listed
        // Birth years, start dates and e-mail addresses are for the people who keep the list;
        // managers and viewers see how many people each unit has.
        guard access.role.maintainsOrganisation else {
            let headcount = tree.rolledUp(people.perUnit)
            let units = tree.flattened(includeArchived: false).map {
                PeoplePage.UnitCount(name: $0.node.name, depth: $0.depth, people: headcount[$0.node.id] ?? 0)
            }
            return PeoplePage(
                organisationID: access.organisationID, rows: [], total: total, pageNumber: 1,
                canImport: false, unitCounts: units)
        }
        let query = Person.query(on: req.db).filter(\.$organisation.$id == access.organisationID)
        let found = search.isEmpty ? total : try await search.apply(to: query.copy()).count()
        let pageNumber = min(max(1, req.query[Int.self, at: "page"] ?? 1), PeoplePage.pageCount(total: found))
        let rows = try await search.apply(to: query.copy())
            .sort(\.$externalID)
            .range(((pageNumber - 1) * PeoplePage.pageSize)..<(pageNumber * PeoplePage.pageSize))
            .all()
            .map { person in
                PeoplePage.Row(
                    externalID: person.externalID, email: person.email,
                    unitPath: person.$unit.id.map(tree.path(of:)), birthYear: person.birthYear,
                    gender: person.gender.flatMap(Gender.init(rawValue:)), startDate: person.startDate,
                    level: person.level, isArchived: person.archivedAt != nil)
            }
        var page = PeoplePage(
            organisationID: access.organisationID, rows: rows, total: total,
            pageNumber: pageNumber, canImport: access.role.maintainsOrganisation)
        page.search = search
        page.found = found
        page.tree = tree
        return page
    }
}
