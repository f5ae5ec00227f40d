import Fluent
import Vapor
import VeerkrachtCore

/// The tree of units: anyone in the organisation reads it, advisors change it.
struct UnitsController {
    struct UnitForm: Content {
        var name: String?
        var code: String?
        var parent: String?
    }

    /// The same for every reader of the same role until the units or the people change: kept
    /// under both revisions (rendering 273 units was most of this request).
    func index(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let (revision, tree) = try await req.revisedUnitTree(access.organisationID)
        let people = try await req.application.activePeople.people(of: access.organisationID, on: req.db, reads: req.keyReads)
        let canEdit = access.role.maintainsOrganisation
        let key = "units|\(access.organisationID)|\(revision)|\(people.revision)|\(canEdit)"
        return try await req.keptPage(key) {
            UnitsPage(organisationID: access.organisationID, tree: tree, peopleByUnit: people.perUnit, canEdit: canEdit)
        }
    }

    func create(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let form = try req.content.decode(UnitForm.self)
        let store = UnitStore(db: req.db, organisationID: access.organisationID)
        let tree = try await store.tree()
        let parentID = try parent(form.parent)
        if let problem = tree.problems(name: form.name ?? "", code: form.code, parent: parentID).first {
            var page = try await unitsPage(req, access)
            page.form = .init(name: form.name ?? "", code: form.code ?? "", parent: form.parent ?? "")
            page.problem = req.strings.unitProblem(problem)
            return req.page(page, status: .unprocessableEntity)
        }
        let (name, code) = cleaned(form)
        try await store.save(Unit(organisationID: access.organisationID, parentID: parentID, name: name, code: code))
        var page = try await unitsPage(req, access)
        page.notice = req.strings.unitCreated(name: name)
        return req.page(page, status: .created)
    }

    /// Kept per role and language until the units or the people change: the page shows the
    /// unit as the tree holds it, its place in the tree and how many people it has.
    func show(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let id = try req.uuidParameter("unit")
        let (unitsRevision, tree) = try await req.revisedUnitTree(access.organisationID)
        guard tree.nodes[id] != nil else { throw AppError.notFound }
        let people = try await PeopleRevision.read(of: access.organisationID, on: req.keyReads) ?? 0
        let key = "unit|\(access.organisationID)|\(id)|\(access.role.maintainsOrganisation)|units \(unitsRevision)|people \(people)"
        return try await req.keptPage(key) {
            try await unitPage(req, access, try await UnitStore(db: req.db, organisationID: access.organisationID).unit(id))
        }
    }

    func rename(_ req: Request) async throws -> Response {
        try await change(req) { req, unit, tree, form in
            if let problem = tree.problems(name: form.name ?? "", code: form.code, parent: unit.$parent.id, unit: unit.id).first {
                return req.strings.unitProblem(problem)
            }
            let (name, code) = cleaned(form)
            unit.name = name
            unit.code = code
            try await UnitStore(db: req.db, organisationID: unit.$organisation.id).save(unit)
            return nil
        }
    }

    func move(_ req: Request) async throws -> Response {
        try await change(req) { req, unit, tree, form in
            let parentID = try parent(form.parent)
            if let problem = tree.problems(name: unit.name, code: unit.code, parent: parentID, unit: unit.id).first {
                return req.strings.unitProblem(problem)
            }
            unit.$parent.id = parentID
            try await UnitStore(db: req.db, organisationID: unit.$organisation.id).save(unit)
            return nil
        }
    }

    /// Archives the unit and everything below it, once no active person is left in them.
    func archive(_ req: Request) async throws -> Response {
        try await change(req) { req, unit, tree, _ in
            let ids = tree.subtree(of: try unit.requireID()).map(\.id)
            let people = try await Person.query(on: req.db)
                .filter(\.$unit.$id ~~ ids).filter(\.$archivedAt == nil).count()
            guard people == 0 else { return FieldProblem(field: "", message: req.strings.unitHasPeople(people)) }
            try await UnitStore(db: req.db, organisationID: unit.$organisation.id).archive(ids, at: req.now)
            return nil
        }
    }

    /// Brings back one archived unit (not its sub-units, which may have been archived on purpose).
    func restore(_ req: Request) async throws -> Response {
        try await change(req) { req, unit, tree, _ in
            if let parentID = unit.$parent.id, tree.nodes[parentID]?.isArchived == true {
                return FieldProblem(field: "", message: req.strings.unitRestoreBlocked)
            }
            if tree.hasActiveSibling(named: unit.name, under: unit.$parent.id, excluding: unit.id) {
                return req.strings.unitProblem(.nameTaken)
            }
            unit.archivedAt = nil
            try await UnitStore(db: req.db, organisationID: unit.$organisation.id).save(unit)
            return nil
        }
    }

    /// Runs one change to a unit; the change answers a message when it refuses.
    private func change(
        _ req: Request,
        _ apply: (Request, Unit, UnitTree, UnitForm) async throws -> FieldProblem?
    ) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let store = UnitStore(db: req.db, organisationID: access.organisationID)
        let unit = try await store.unit(try req.uuidParameter("unit"))
        let form = (try? req.content.decode(UnitForm.self)) ?? UnitForm()
        if let refusal = try await apply(req, unit, try await store.tree(), form) {
            var page = try await unitPage(req, access, unit)
            page.problem = refusal
            if form.name != nil { (page.name, page.code) = (form.name ?? "", form.code ?? "") }
            return req.page(page, status: .unprocessableEntity)
        }
        return req.redirect(to: Route.unit(access.organisationID, unit: try unit.requireID()).path)
    }

    private func cleaned(_ form: UnitForm) -> (name: String, code: String?) {
        let code = NameRules.cleaned(form.code ?? "")
        return (NameRules.cleaned(form.name ?? ""), code.isEmpty ? nil : code)
    }

    /// The chosen parent; a value that is no id at all is a bad request (the form never sends
    /// one), an id of no unit of this organisation is the rules' `parentUnknown`.
    private func parent(_ raw: String?) throws -> UUID? {
        guard let raw, !raw.isEmpty else { return nil }
        guard let id = UUID(uuidString: raw) else { throw AppError.badRequest("parent") }
        return id
    }

    private func unitsPage(_ req: Request, _ access: OrganisationAccess) async throws -> UnitsPage {
        let store = UnitStore(db: req.db, organisationID: access.organisationID)
        return UnitsPage(
            organisationID: access.organisationID, tree: try await store.tree(),
            peopleByUnit: try await req.application.activePeople.people(of: access.organisationID, on: req.db, reads: req.keyReads).perUnit,
            canEdit: access.role.maintainsOrganisation)
    }

    private func unitPage(_ req: Request, _ access: OrganisationAccess, _ unit: Unit) async throws -> UnitPage {
        let store = UnitStore(db: req.db, organisationID: access.organisationID)
        let tree = try await req.unitTree(access.organisationID)
        let node = unit.node
        let people = try await store.headcount(tree: tree, counts: req.application.activePeople)[node.id] ?? 0
        return UnitPage(
            organisationID: access.organisationID, unit: node, tree: tree, activePeople: people,
            canEdit: access.role.maintainsOrganisation, name: unit.name, code: unit.code ?? "")
    }
}
