import Fluent
import Vapor
import VeerkrachtCore

/// The portfolio over the API: everyone in the organisation reads it, advisors keep it.
struct ProgrammesAPI {
    /// The details of a programme; what is left out stays as it was (or empty on create).
    struct Details: Decodable {
        let name: String
        let owner: String?
        let status: Programme.Status?
        let start: CalendarDate?
        let end: CalendarDate?
        let destination: String?
        let process: ODProcess?
        let focus: Programme.Focus?
        let targetUnits: [UUID]?
        let targetLevels: String?
        let participants: Int?
        let basedOnOwnWishes: Bool?

        /// The name as sent is checked before its spaces are trimmed, as the page and the CSV
        /// import check it.
        func checkedName(_ req: Request) throws -> Details {
            if let problem = Programme.sentNameProblems(name).first {
                throw AppError.invalid(field: APIField.name(problem.field), message: req.strings.programmeProblem(problem))
            }
            return self
        }

        func apply(to original: Programme) -> Programme {
            var p = original
            p.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
            if let owner { p.owner = owner }
            if let status { p.status = status }
            if let start { p.start = start }
            if let end { p.end = end }
            if let destination { p.destination = destination }
            if let process { p.process = process }
            if let focus { p.focus = focus }
            if let targetUnits { p.targetUnits = targetUnits }
            if let targetLevels { p.targetLevels = targetLevels }
            if let participants { p.participants = participants }
            if let basedOnOwnWishes { p.basedOnOwnWishes = basedOnOwnWishes }
            return p
        }
    }

    /// Realised yields (by their index in the programme's list) and the figures for ROI.
    struct Evaluation: Decodable {
        struct YieldResult: Decodable {
            let index: Int
            let realisation: Programme.Realisation?
            let evidence: String?
        }
        let yields: [YieldResult]?
        let benefits: Double?
        let attributedShare: Double?
        let hourlyCost: Double?
    }

    func list(_ req: Request) async throws -> Response {
        let access = try req.apiAccess()
        let page = try Pagination(req)
        let all = try await ProgrammeStore(db: req.db, organisationID: access.organisationID).all()
        return try APIJSON.response(page.page(all.map(Self.dto)) { $0.id.uuidString })
    }

    func create(_ req: Request) async throws -> Response {
        let access = try req.apiAccess(atLeast: .advisor)
        let details = try APIJSON.body(Details.self, of: req).checkedName(req)
        let programme = try await checked(details.apply(to: Programme(name: details.name)), req, access)
        let id = try await ProgrammeStore(db: req.db, organisationID: access.organisationID).save(programme, id: nil)
        return try APIJSON.response(Self.dto((id, programme)), status: .created)
    }

    func show(_ req: Request) async throws -> Response {
        let access = try req.apiAccess()
        let id = try req.uuidParameter("programme")
        return try APIJSON.response(Self.dto((id, try await ProgrammeStore(db: req.db, organisationID: access.organisationID).find(id))))
    }

    func update(_ req: Request) async throws -> Response {
        let access = try req.apiAccess(atLeast: .advisor)
        let id = try req.uuidParameter("programme")
        let store = ProgrammeStore(db: req.db, organisationID: access.organisationID)
        let original = try await store.find(id)
        let programme = try await checked(try APIJSON.body(Details.self, of: req).checkedName(req).apply(to: original), req, access)
        try await store.save(programme, id: id)
        return try APIJSON.response(Self.dto((id, programme)))
    }

    func evaluate(_ req: Request) async throws -> Response {
        let access = try req.apiAccess(atLeast: .advisor)
        let id = try req.uuidParameter("programme")
        let store = ProgrammeStore(db: req.db, organisationID: access.organisationID)
        var programme = try await store.find(id)
        let evaluation = try APIJSON.body(Evaluation.self, of: req)
        for result in evaluation.yields ?? [] {
            guard programme.yields.indices.contains(result.index) else {
                throw AppError.invalid(field: "yields", message: "The programme has no yield number \(result.index) (counting from 0).")
            }
            programme.yields[result.index].realisation = result.realisation
            if let evidence = result.evidence { programme.yields[result.index].evidence = evidence }
        }
        if let benefits = evaluation.benefits { programme.benefits = benefits }
        if let share = evaluation.attributedShare { programme.attributedShare = share }
        if let cost = evaluation.hourlyCost { programme.hourlyCost = cost }
        programme = try await checked(programme, req, access)
        try await store.save(programme, id: id)
        return try APIJSON.response(Self.dto((id, programme)))
    }

    /// The programme when it breaks no rule; otherwise a 422 naming the first field at fault.
    private func checked(_ programme: Programme, _ req: Request, _ access: OrganisationAccess) async throws -> Programme {
        let tree = try await req.unitTree(access.organisationID)
        if programme.targetUnits.contains(where: { tree.nodes[$0] == nil }) {
            throw AppError.invalid(field: "targetUnits", message: req.strings.unknownUnit)
        }
        // Sums must stay numbers: a cost that overflows answers nobody.
        guard programme.costs.isFinite, programme.roiPercent?.isFinite ?? true else {
            throw AppError.invalid(field: "benefits", message: req.strings.programmeProblem(.tooLarge(field: "benefits")))
        }
        if let problem = programme.problems.first {
            throw AppError.invalid(field: APIField.name(problem.field), message: req.strings.programmeProblem(problem))
        }
        return programme
    }

    static func dto(_ row: (id: UUID, programme: Programme)) -> ProgrammeDTO {
        ProgrammeDTO(
            id: row.id, programme: row.programme, designedBeforehand: row.programme.isDesignedBeforehand,
            costs: row.programme.costs, roiPercent: row.programme.roiPercent)
    }
}
