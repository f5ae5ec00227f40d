import Fluent
import Vapor
import VeerkrachtCore

/// A member's personal API tokens for one organisation: made, listed (never shown again) and revoked.
struct APITokenController {
    func index(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        return req.page(try await page(req, access))
    }

    func create(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let fields = FormFields.parse(req)
        let name = (FormFields.value("name", in: fields) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let role = FormFields.value("role", in: fields).flatMap(Role.init(rawValue:))
        var problems: [String: String] = [:]
        if !TokenNameProblem.problems(name).isEmpty { problems["name"] = req.strings.tokenNameMissing }
        if role.map({ $0 > access.role }) ?? true { problems["role"] = req.strings.tokenRoleTooHigh }
        guard problems.isEmpty, let role else {
            var page = try await page(req, access)
            page.problems = problems
            return req.page(page, status: .unprocessableEntity)
        }
        let token = try await APITokenStore(db: req.db).create(
            user: access.userID, organisation: access.organisationID, name: name, role: role)
        try await req.audit(.tokenCreated, "\(name) (\(role.rawValue))", organisation: access.organisationID)
        var page = try await page(req, access)
        page.newToken = token
        return req.page(page, status: .created)
    }

    func revoke(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        try await APITokenStore(db: req.db).revoke(
            try req.uuidParameter("token"), user: access.userID, organisation: access.organisationID, at: req.now)
        try await req.audit(.tokenRevoked, try req.uuidParameter("token").uuidString, organisation: access.organisationID)
        return req.redirect(to: Route.apiTokens(access.organisationID).path)
    }

    private func page(_ req: Request, _ access: OrganisationAccess) async throws -> APITokensPage {
        APITokensPage(
            organisationID: access.organisationID, role: access.role,
            tokens: try await APITokenStore(db: req.db).tokens(of: access.userID, in: access.organisationID))
    }
}
