import Fluent
import SQLKit
import Vapor
import VeerkrachtCore

/// The L&D portfolio: everyone in the organisation reads it; advisors keep it.
struct PortfolioController {
    /// The same for every reader of the same role on the same day until a programme, the units
    /// or the people change: kept under the programmes' rows and both revisions.
    func index(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let (unitsRevision, tree) = try await req.revisedUnitTree(access.organisationID)
        let people = try await req.application.activePeople.people(of: access.organisationID, on: req.db, reads: req.keyReads)
        var programmes = KeyDigest()
        for row in try await RowTexts.read(ProgrammeRow.self, organisation: access.organisationID, on: req.keyReads) { programmes.add(row) }
        let canEdit = access.role >= .advisor
        let key =
            "portfolio|\(access.organisationID)|\(unitsRevision)|\(people.revision)|\(req.today)|\(canEdit)|\(programmes.finish())"
        return try await req.keptPage(key) {
            PortfolioPage(
                organisationID: access.organisationID,
                programmes: try await ProgrammeStore(db: req.db, organisationID: access.organisationID).all(), tree: tree,
                headcount: tree.rolledUp(people.perUnit), today: req.today, canEdit: canEdit, problems: [], name: "")
        }
    }

    func create(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let sent = FormFields.value("name", in: FormFields.parse(req)) ?? ""
        let name = sent.trimmingCharacters(in: .whitespacesAndNewlines)
        let programme = Programme(name: name)
        let sentProblems = Programme.sentNameProblems(sent)
        // A name too long as sent says all there is to say about the name field.
        let problems = sentProblems + programme.problems.filter { sentProblems.isEmpty || $0.field != "name" }
        guard problems.isEmpty else {
            return req.page(try await portfolioPage(req, access, problems: problems, name: name), status: .unprocessableEntity)
        }
        let id = try await ProgrammeStore(db: req.db, organisationID: access.organisationID).save(programme, id: nil)
        return req.redirect(to: Route.programme(access.organisationID, programme: id).path)
    }

    /// The same for every reader of the same role on the same day until the programme or the
    /// units change: kept under its row and the units revision (its forms and the list of 273
    /// units to aim it at were most of this request).
    func show(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let id = try req.uuidParameter("programme")
        let (unitsRevision, _) = try await req.revisedUnitTree(access.organisationID)
        guard let row = try await RowTexts.read(ProgrammeRow.self, organisation: access.organisationID, id: id, on: req.keyReads).first
        else { throw AppError.notFound }
        var digest = KeyDigest()
        digest.add(row)
        let key = "programme|\(access.organisationID)|\(id)|\(unitsRevision)|\(req.today)|\(access.role >= .advisor)|\(digest.finish())"
        return try await req.keptPage(key) {
            let programme = try await ProgrammeStore(db: req.db, organisationID: access.organisationID).find(id)
            return try await programmePage(req, access, id: id, programme: programme, problems: [])
        }
    }

    /// One of the programme page's forms (`ProgrammeForm.Action`). Any problem: 422, the page
    /// with every message, and nothing saved.
    func act(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let id = try req.uuidParameter("programme")
        guard let action = req.parameters.get("action").flatMap(ProgrammeForm.Action.init(rawValue:)) else { throw AppError.notFound }
        let store = ProgrammeStore(db: req.db, organisationID: access.organisationID)
        let original = try await store.find(id)
        let tree = try await req.unitTree(access.organisationID)
        var form = ProgrammeForm(fields: FormFields.parse(req), today: req.today, tree: tree)
        let changed = form.apply(action, to: original)
        guard form.problems.isEmpty else {
            return req.page(
                try await programmePage(req, access, id: id, programme: original, problems: form.problems),
                status: .unprocessableEntity)
        }
        try await store.save(changed, id: id)
        return req.redirect(to: Route.programme(access.organisationID, programme: id).path + "#\(action.rawValue)")
    }

    /// A CSV of programmes, added all together or not at all.
    func importCSV(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        struct Upload: Content { var file: File? }
        let upload = try req.content.decode(Upload.self)
        let store = ProgrammeStore(db: req.db, organisationID: access.organisationID)
        let existing = Set(try await store.all().map(\.programme.name))
        let tree = try await req.unitTree(access.organisationID)
        let bytes = upload.file.map { Data(buffer: $0.data) } ?? Data()
        switch ProgrammeImporter.plan(bytes, existingNames: existing, tree: tree, today: req.today) {
        case .unreadable:
            var page = try await portfolioPage(req, access, problems: [], name: "")
            page.importError = req.strings.importUnreadable
            return req.page(page, status: .unprocessableEntity)
        case .problems(let problems):
            var page = try await portfolioPage(req, access, problems: [], name: "")
            page.importProblems = problems
            return req.page(page, status: .unprocessableEntity)
        case .programmes(let programmes):
            let organisation = access.organisationID
            try await req.db.writeTransaction { db in
                let store = ProgrammeStore(db: db, organisationID: organisation)
                for programme in programmes { try await store.save(programme, id: nil) }
            }
            return req.redirect(to: Route.portfolio(access.organisationID).path)
        }
    }

    func csv(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let programmes = try await ProgrammeStore(db: req.db, organisationID: access.organisationID).all()
        return CSVDownload.response(
            name: "programmes", body: .init(string: ProgrammesCSV.render(programmes.map(\.programme), dialect: req.csvDialect)))
    }

    // MARK: - Pages

    private func portfolioPage(_ req: Request, _ access: OrganisationAccess, problems: [ProgrammeProblem], name: String) async throws
        -> PortfolioPage
    {
        let programmes = try await ProgrammeStore(db: req.db, organisationID: access.organisationID).all()
        let tree = try await req.unitTree(access.organisationID)
        return PortfolioPage(
            organisationID: access.organisationID, programmes: programmes, tree: tree,
            headcount: try await UnitStore(db: req.db, organisationID: access.organisationID).headcount(
                tree: tree, counts: req.application.activePeople),
            today: req.today, canEdit: access.role >= .advisor, problems: problems, name: name)
    }

    private func programmePage(
        _ req: Request, _ access: OrganisationAccess, id: UUID, programme: Programme,
        problems: [ProgrammeProblem]
    ) async throws -> ProgrammePage {
        ProgrammePage(
            organisationID: access.organisationID, id: id, programme: programme,
            tree: try await req.unitTree(access.organisationID),
            today: req.today, canEdit: access.role >= .advisor, problems: problems)
    }
}

/// One row per programme with its key figures, for spreadsheets.
enum ProgrammesCSV {
    /// The columns the import reads come first, so an export can be imported elsewhere.
    static let header =
        ProgrammeImporter.columns + [
            "designed_beforehand", "money", "costs", "roi_percent", "benefit_cost_ratio",
            "reconstruction_due", "redesign_due"
        ]

    static func render(_ programmes: [Programme], dialect: CSVDialect) -> String {
        var csv = CSVDialect.byteOrderMark + dialect.row(header)
        for p in programmes {
            csv += dialect.row([
                p.name, p.owner, p.status.rawValue, p.start?.description ?? "", p.end?.description ?? "",
                p.process?.rawValue ?? "", p.focus?.rawValue ?? "", p.destination, p.participants.map(String.init) ?? "",
                p.targetLevels, p.isDesignedBeforehand ? "yes" : "no",
                dialect.number(p.money), dialect.number(p.costs), dialect.number(p.roiPercent),
                dialect.number(p.benefitCostRatio), p.reconstructionDue?.description ?? "", p.redesignDue?.description ?? ""
            ])
        }
        return csv
    }
}
