import Fluent
import SQLKit
import Vapor
import VeerkrachtCore

/// Units and people over the API: the same rules as the pages.
struct OrganisationAPI {
    func units(_ req: Request) async throws -> Response {
        let access = try req.apiAccess()
        let page = try Pagination(req)
        let tree = try await req.unitTree(access.organisationID)
        return try APIJSON.response(page.page(tree.nodes.values.map(UnitDTO.init)) { $0.id.uuidString })
    }

    func createUnit(_ req: Request) async throws -> Response {
        let access = try req.apiAccess(atLeast: .advisor)
        let input = try APIJSON.body(UnitCreate.self, of: req)
        let tree = try await req.unitTree(access.organisationID)
        if let problem = tree.problems(name: input.name, code: input.code, parent: input.parentId).first {
            let refusal = req.strings.unitProblem(problem)
            throw AppError.invalid(field: APIField.name(refusal.field), message: refusal.message)
        }
        let name = NameRules.cleaned(input.name)
        let code = input.code.map(NameRules.cleaned).flatMap { $0.isEmpty ? nil : $0 }
        let unit = Unit(organisationID: access.organisationID, parentID: input.parentId, name: name, code: code)
        try await UnitStore(db: req.db, organisationID: access.organisationID).save(unit)
        return try APIJSON.response(UnitDTO(unit.node), status: .created)
    }

    /// People are personal data: advisors only.
    func people(_ req: Request) async throws -> Response {
        let access = try req.apiAccess(atLeast: .advisor)
        let page = try Pagination(req)
        var query = Person.query(on: req.db).filter(\.$organisation.$id == access.organisationID).sort(\.$externalID)
        if let after = page.after { query = query.filter(\.$externalID > after) }
        let rows = try await query.limit(page.limit + 1).all().map { p in
            PersonDTO(
                id: try p.requireID(), externalId: p.externalID, email: p.email, unitId: p.$unit.id, birthYear: p.birthYear,
                gender: p.gender, startDate: p.startDate, archived: p.archivedAt != nil)
        }
        return try APIJSON.response(page.page(keyset: rows) { $0.externalId })
    }

    /// A CSV (`text/csv`) or JSON list of people, taken in whole or not at all.
    func importPeople(_ req: Request) async throws -> Response {
        let access = try req.apiAccess(atLeast: .advisor)
        let content: Data
        var fullImport = try req.flagQuery("fullImport")
        if req.headers.contentType?.type == "text", req.headers.contentType?.subType == "csv" {
            // An empty body is an empty file, which the importer refuses with its own message.
            content = req.body.data.map { Data(buffer: $0) } ?? Data()
        } else {
            let input = try APIJSON.body(PeopleImportRequest.self, of: req)
            content = Self.csv(input.people)
            fullImport = fullImport || (input.fullImport ?? false)
        }
        switch try await PeopleImporter(
            db: req.application.longWorkDatabase, organisationID: access.organisationID,
            threadPool: ComputeThreads.pool
        )
        .apply(content, fullImport: fullImport, now: req.now) {
        case .success(let plan):
            try await req.audit(
                .peopleImported, "API: +\(plan.creates.count) ~\(plan.changes.count) -\(plan.archives.count)",
                organisation: access.organisationID, by: access.userID)
            return try APIJSON.response(
                ImportSummaryDTO(created: plan.creates.count, changed: plan.changes.count, archived: plan.archives.count))
        case .failure(let rejection):
            let s = req.strings
            let lines = rejection.issues.prefix(20).map {
                "line \($0.line)\($0.column.map { " (\($0))" } ?? ""): \(s.importProblem($0.problem))"
            }
            throw AppError.invalid(
                field: rejection.issues.first?.column.map { "people.\($0)" } ?? "people",
                message: lines.joined(separator: "; "))
        }
    }

    /// JSON records as the CSV the importer reads, so both paths keep exactly the same rules.
    /// Line 1 is the header, so record i is line i + 2 in messages.
    static func csv(_ records: [PeopleImportRequest.Record]) -> Data {
        let header = [PersonColumn.externalID, .email, .unit, .birthYear, .gender, .startDate].map(\.rawValue)
        var text = CSVText.row(header, protectFormulas: false)
        for r in records {
            text += CSVText.row(
                [r.externalId, r.email ?? "", r.unit ?? "", r.birthYear.map(String.init) ?? "", r.gender ?? "", r.startDate ?? ""],
                protectFormulas: false)
        }
        return Data(text.utf8)
    }
}
