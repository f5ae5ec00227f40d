import Foundation
import NIOCore
import Vapor

/// How Veerkracht talks to identity providers: two kinds of request, each bounded in time.
/// Tests put a provider of their own behind it; servers use Vapor's HTTP client.
protocol ProviderTransport: Sendable {
    func get(_ url: URL) async throws -> ProviderReply
    /// A form POST with HTTP basic authentication (`client_secret_basic`), as the token
    /// endpoint takes it.
    func postForm(_ url: URL, fields: [(String, String)], user: String, password: String) async throws -> ProviderReply
}

struct ProviderReply: Sendable {
    let status: Int
    let body: Data
}

/// A provider that answered nothing usable in time, or could not be reached.
struct ProviderUnreachable: Error, CustomStringConvertible {
    let description: String
}

/// Vapor's client with a deadline per request, so a slow provider never holds a sign-in (and
/// its connection) longer than `timeout`.
struct HTTPProviderTransport: ProviderTransport {
    let client: any Client
    let timeout: TimeAmount

    /// Enough for a provider's answer on a slow day; discovery documents and key sets are small.
    static let defaultTimeout = TimeAmount.seconds(5)
    /// A discovery document or key set larger than this is not one.
    static let largestReply = 1 << 20

    func get(_ url: URL) async throws -> ProviderReply {
        try await send(ClientRequest(method: .GET, url: URI(string: url.absoluteString), headers: ["Accept": "application/json"]))
    }

    func postForm(_ url: URL, fields: [(String, String)], user: String, password: String) async throws -> ProviderReply {
        var request = ClientRequest(method: .POST, url: URI(string: url.absoluteString))
        request.headers.contentType = .urlEncodedForm
        request.headers.replaceOrAdd(name: .accept, value: "application/json")
        // RFC 6749 §2.3.1: id and secret are form-encoded before they go into the basic header.
        let credentials = "\(Self.formEncoded(user)):\(Self.formEncoded(password))"
        request.headers.replaceOrAdd(name: .authorization, value: "Basic " + Data(credentials.utf8).base64EncodedString())
        request.body = ByteBuffer(string: fields.map { "\(Self.formEncoded($0.0))=\(Self.formEncoded($0.1))" }.joined(separator: "&"))
        return try await send(request)
    }

    private func send(_ request: ClientRequest) async throws -> ProviderReply {
        var request = request
        request.timeout = timeout
        let response: ClientResponse
        do {
            response = try await client.send(request)
        } catch {
            throw ProviderUnreachable(description: "\(request.url.host ?? "?"): \(String(describing: error).prefix(200))")
        }
        let length = response.body?.readableBytes ?? 0
        guard length <= Self.largestReply else { throw ProviderUnreachable(description: "reply of \(length) bytes") }
        return ProviderReply(status: Int(response.status.code), body: response.body.map { Data($0.readableBytesView) } ?? Data())
    }

    /// Form encoding is the path segment's percent-encoding: only `A–Z a–z 0–9 -._~` stay.
    static func formEncoded(_ text: String) -> String { Route.escaped(text) }
}
