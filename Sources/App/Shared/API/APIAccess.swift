import Vapor
import VeerkrachtCore

/// Reads `Authorization: Bearer <token>` on the API's routes; no valid token is a 401.
struct APIAuthMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let bearer = request.headers.bearerAuthorization,
            let access = try await APITokenStore(db: request.db).access(for: bearer.token, now: request.now)
        else {
            throw AppError.unauthorized
        }
        request.storage[APIAccessKey.self] = access
        return try await next.respond(to: request)
    }
}

private struct APIAccessKey: StorageKey { typealias Value = OrganisationAccess }

extension Request {
    /// The organisation named by `{organisation}`, when the token is for it; any other is a
    /// 404 so the answer does not confirm it exists. Too low a role is a 403.
    func apiAccess(atLeast minimum: Role = .viewer) throws -> OrganisationAccess {
        guard let access = storage[APIAccessKey.self] else { throw AppError.unauthorized }
        guard parameters.get("org", as: UUID.self) == access.organisationID else { throw AppError.notFound }
        guard access.role >= minimum else { throw AppError.forbidden }
        return access
    }
}

extension Request {
    /// `?unit=<id>` on the API: left out is the organisation; anything but a unit id of this
    /// organisation is refused (an empty value too, unlike the pages' filter forms).
    func apiUnit(in tree: UnitTree) throws -> UUID? {
        guard let text = query[String.self, at: "unit"] else { return nil }
        guard let id = UUID(uuidString: text) else { throw AppError.invalid(field: "unit", message: "unit must be a unit's id.") }
        guard tree.nodes[id] != nil else { throw AppError.notFound }
        return id
    }
}

/// `?limit=&cursor=` on lists: at most `limit` items after the one the cursor names.
struct Pagination: Sendable {
    static let defaultLimit = 50
    static let maximumLimit = 200

    let limit: Int
    /// The id of the last item of the page before.
    let after: String?

    init(_ req: Request) throws {
        if let text = req.query[String.self, at: "limit"] {
            guard let limit = Int(text), (1...Self.maximumLimit).contains(limit) else {
                throw AppError.invalid(field: "limit", message: "limit must be a whole number from 1 to \(Self.maximumLimit).")
            }
            self.limit = limit
        } else {
            limit = Self.defaultLimit
        }
        if let cursor = req.query[String.self, at: "cursor"] {
            guard let decoded = Self.decode(cursor) else {
                throw AppError.invalid(field: "cursor", message: "cursor is not one this API gave out.")
            }
            after = decoded
        } else {
            after = nil
        }
    }

    /// A page of items ordered by their key; the cursor is the last key, opaque to clients.
    func page<T: Encodable & Sendable>(_ items: [T], key: (T) -> String) -> APIPage<T> {
        let sorted = items.sorted { key($0) < key($1) }
        let rest = after.map { after in sorted.filter { key($0) > after } } ?? sorted
        let page = Array(rest.prefix(limit))
        return APIPage(items: page, nextCursor: rest.count > limit ? page.last.map { Self.encode(key($0)) } : nil)
    }

    /// A page of rows the database already ordered by key and started after the cursor, at
    /// most `limit + 1` of them: the extra one only says that another page follows.
    func page<T: Encodable & Sendable>(keyset rows: [T], key: (T) -> String) -> APIPage<T> {
        let page = Array(rows.prefix(limit))
        return APIPage(items: page, nextCursor: rows.count > limit ? page.last.map { Self.encode(key($0)) } : nil)
    }

    static func encode(_ key: String) -> String { SecureToken.base64URL(Data(("c:" + key).utf8)) }

    static func decode(_ cursor: String) -> String? {
        guard cursor.count <= 200, let data = SecureToken.data(base64URL: cursor), let text = String(data: data, encoding: .utf8),
            text.hasPrefix("c:")
        else { return nil }
        return String(text.dropFirst(2))
    }
}

/// One page of a list and the cursor of the next, null on the last.
struct APIPage<T: Encodable & Sendable>: Encodable, Sendable {
    let items: [T]
    @Null var nextCursor: String?
}
