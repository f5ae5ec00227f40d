import Fluent
import Vapor
import VeerkrachtCore

/// Upload, preview and apply a people import. The file waits in the database between the
/// preview and the confirmation, so nothing changes before the advisor has seen what will.
struct ImportController {
    struct UploadForm: Content {
        var file: File?
        var full: String?
    }

    func form(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        return req.page(ImportPage(organisationID: access.organisationID))
    }

    /// An empty file with the column names in the language asked for (`?language=nl|en`),
    /// separated the way that language's Excel splits them.
    func template(_ req: Request) async throws -> Response {
        _ = try req.organisationAccess(atLeast: .advisor)
        let asked = req.query[String.self, at: "language"].flatMap(VeerkrachtCore.Language.init(rawValue:)) ?? req.language
        let dialect = CSVDialect.of(asked)
        let header = PersonColumn.allCases.map { asked == .nl ? $0.dutchHeader : $0.rawValue }
        return CSVDownload.response(
            name: asked == .nl ? "mensen-sjabloon" : "people-template",
            body: .init(string: CSVDialect.byteOrderMark + dialect.row(header)))
    }

    func upload(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let form = try await decodeOffTheEventLoops(req)
        guard let file = form.file, file.data.readableBytes > 0 else {
            return req.page(
                ImportPage(organisationID: access.organisationID, error: req.strings.importNoFile),
                status: .unprocessableEntity)
        }
        // Stale uploads hold personal data; they go as soon as they are no longer needed.
        try await PendingImport.query(on: req.db)
            .filter(\.$createdAt < req.now.addingTimeInterval(-PendingImport.validity)).delete()
        let bytes = Data(buffer: file.data)
        let pending = PendingImport(
            organisationID: access.organisationID, uploadedBy: access.userID,
            fileName: String(file.filename.suffix(200)),
            content: bytes.base64EncodedString(), fullImport: form.full != nil)
        try await pending.create(on: req.application.longWorkDatabase)
        return req.redirect(to: Route.peopleImportPreview(access.organisationID, upload: try pending.requireID()).path)
    }

    func preview(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let pending = try await pendingImport(req, access)
        if pending.appliedAt != nil {
            return req.page(ImportPage(organisationID: access.organisationID, error: req.strings.importAlreadyApplied))
        }
        let importer = PeopleImporter(
            db: req.application.longWorkDatabase, organisationID: access.organisationID,
            threadPool: ComputeThreads.pool)
        let result = try await importer.plan(try content(of: pending), fullImport: pending.fullImport, now: req.now)
        return try await page(req, access, pending, result)
    }

    func apply(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let pending = try await pendingImport(req, access)
        guard pending.appliedAt == nil else {
            return req.page(
                ImportPage(organisationID: access.organisationID, error: req.strings.importAlreadyApplied),
                status: .conflict)
        }
        let importer = PeopleImporter(
            db: req.application.longWorkDatabase, organisationID: access.organisationID,
            threadPool: ComputeThreads.pool)
        let result = try await importer.apply(try content(of: pending), fullImport: pending.fullImport, now: req.now)
        guard case .success(let plan) = result else {
            return try await page(req, access, pending, result)
        }
        // The file has done its work; keep no copy of personal data longer than needed.
        pending.appliedAt = req.now
        pending.content = ""
        try await pending.save(on: req.application.longWorkDatabase)
        try await req.audit(
            .peopleImported, "\(pending.fileName): +\(plan.creates.count) ~\(plan.changes.count) -\(plan.archives.count)",
            organisation: access.organisationID)
        req.logger.info(
            "People import applied",
            metadata: [
                "organisation": "\(access.organisationID)", "created": "\(plan.creates.count)",
                "changed": "\(plan.changes.count)", "archived": "\(plan.archives.count)"
            ])
        return req.page(
            ImportPreviewPage(
                organisationID: access.organisationID, uploadID: try pending.requireID(), fileName: pending.fileName,
                fullImport: pending.fullImport,
                content: .applied(created: plan.creates.count, changed: plan.changes.count, archived: plan.archives.count)))
    }

    private func page(
        _ req: Request, _ access: OrganisationAccess, _ pending: PendingImport,
        _ result: Result<ImportPlan, ImportRejection>
    ) async throws -> Response {
        let content: ImportPreviewPage.Content
        var status = HTTPResponseStatus.ok
        switch result {
        case .failure(let rejection):
            content = .problems(rejection.issues)
            status = .unprocessableEntity
        case .success(let plan):
            let tree = try await req.unitTree(access.organisationID)
            content = .plan(plan, unitPaths: Dictionary(uniqueKeysWithValues: tree.nodes.keys.map { ($0, tree.path(of: $0)) }))
        }
        return req.page(
            ImportPreviewPage(
                organisationID: access.organisationID, uploadID: try pending.requireID(),
                fileName: pending.fileName, fullImport: pending.fullImport, content: content),
            status: status)
    }

    /// A file of 200,000 rows is about 10 MB of multipart body: parsed on `ComputeThreads`, off
    /// the event loops and off the database's threads.
    private func decodeOffTheEventLoops(_ req: Request) async throws -> UploadForm {
        guard let boundary = req.headers.contentType?.parameters["boundary"], let body = req.body.data else {
            return try req.content.decode(UploadForm.self)
        }
        return try await ComputeThreads.pool.runIfActive {
            try FormDataDecoder().decode(UploadForm.self, from: body, boundary: boundary)
        }
    }

    private func pendingImport(_ req: Request, _ access: OrganisationAccess) async throws -> PendingImport {
        guard
            let pending = try await PendingImport.query(on: req.application.longWorkDatabase)
                .filter(\.$id == req.uuidParameter("upload"))
                .filter(\.$organisation.$id == access.organisationID).first()
        else {
            throw AppError.notFound
        }
        return pending
    }

    private func content(of pending: PendingImport) throws -> Data {
        guard let data = Data(base64Encoded: pending.content) else { throw AppError.notFound }
        return data
    }
}
