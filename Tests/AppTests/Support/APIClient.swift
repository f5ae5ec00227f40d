import Foundation
import Testing
import Vapor
import VaporTesting
import VeerkrachtCore

@testable import App

/// Calls the JSON API as a program would: a bearer token, JSON in and out, no cookies.
struct APIClient {
    struct Answer {
        let status: HTTPStatus
        let headers: HTTPHeaders
        let body: Data

        var json: Any? { try? JSONSerialization.jsonObject(with: body) }
        var object: [String: Any] { json as? [String: Any] ?? [:] }
        var items: [[String: Any]] { object["items"] as? [[String: Any]] ?? [] }
        /// The `error` object of the one error shape.
        var error: [String: Any]? { object["error"] as? [String: Any] }
    }

    let app: Application
    let token: String?

    func send(
        _ method: HTTPMethod, _ path: String, json: Any? = nil, raw: (body: String, contentType: String)? = nil,
        headers extra: HTTPHeaders = [:]
    ) async throws -> Answer {
        var headers = extra
        if let token { headers.add(name: .authorization, value: "Bearer \(token)") }
        var body: ByteBuffer?
        if let json {
            headers.contentType = .json
            body = ByteBuffer(data: try JSONSerialization.data(withJSONObject: json))
        } else if let raw {
            headers.add(name: .contentType, value: raw.contentType)
            body = ByteBuffer(string: raw.body)
        }
        let response = try await app.testing().sendRequest(method, path, headers: headers, body: body)
        return Answer(status: response.status, headers: response.headers, body: Data(buffer: response.body))
    }

    func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> Answer { try await send(.GET, path, headers: headers) }
    func post(_ path: String, _ json: Any = [String: Any]()) async throws -> Answer { try await send(.POST, path, json: json) }
}

extension Application {
    /// A member with a token of `role` (at most the member's own) for one organisation.
    func apiClient(_ email: String, _ role: Role, in organisation: UUID, tokenRole: Role? = nil) async throws -> APIClient {
        let user = try await createUser(email, organisation: organisation, role: role)
        let token = try await APITokenStore(db: db).create(user: user, organisation: organisation, name: "test", role: tokenRole ?? role)
        return APIClient(app: self, token: token)
    }
}
