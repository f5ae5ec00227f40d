import Fluent
import Foundation
import Vapor
import VeerkrachtCore

/// Sign-in through an organisation's identity provider: OpenID Connect's authorization code
/// flow with PKCE, `state` and `nonce`. One callback address serves every provider (the flow
/// row says which), so an installation registers one redirect URI per provider.
struct SingleSignOnController {
    /// The scopes asked for: who someone is and their address, nothing more.
    static let scopes = "openid email profile"

    func start(_ req: Request) async throws -> Response {
        let directory = req.application.identityProviders
        guard let slug = req.parameters.get("provider"), let provider = directory.provider(slug) else { throw AppError.notFound }
        let metadata: ProviderMetadata
        do {
            metadata = try await directory.metadata(provider, now: req.now)
        } catch {
            return refused(req, .providerUnreachable, provider: provider, detail: String(describing: error))
        }
        let flow = try await SignInFlows(db: req.db).start(provider: slug, now: req.now)
        // The state is also kept in this browser's session: a callback that arrives in another
        // browser (someone else's sign-in pushed onto a victim) finds no match.
        req.browserSession.data[SessionKey.signInState] = flow.state
        var components = URLComponents(url: metadata.authorizationEndpoint, resolvingAgainstBaseURL: false)
        let existing = components?.queryItems ?? []
        components?.queryItems =
            existing + [
                URLQueryItem(name: "response_type", value: "code"),
                URLQueryItem(name: "client_id", value: provider.clientID),
                URLQueryItem(name: "redirect_uri", value: Self.redirectURI(req.application)),
                URLQueryItem(name: "scope", value: Self.scopes),
                URLQueryItem(name: "state", value: flow.state),
                URLQueryItem(name: "nonce", value: flow.nonce),
                URLQueryItem(name: "code_challenge", value: PKCE.challenge(for: flow.verifier)),
                URLQueryItem(name: "code_challenge_method", value: "S256")
            ]
        guard let url = components?.url else {
            return refused(req, .providerUnreachable, provider: provider, detail: "authorization endpoint is no URL")
        }
        return req.redirect(to: url.absoluteString)
    }

    func callback(_ req: Request) async throws -> Response {
        guard let state = req.query[String.self, at: "state"], !state.isEmpty, state.count <= 200,
            let kept = req.hasSession ? req.browserSession.data[SessionKey.signInState] : nil,
            SecureToken.equal(kept, state)
        else { return refused(req, .flowUnknown, provider: nil, detail: "no matching state in this browser") }
        req.browserSession.data[SessionKey.signInState] = nil
        guard let flow = try await SignInFlows(db: req.db).take(state: state, now: req.now),
            let provider = req.application.identityProviders.provider(flow.provider)
        else { return refused(req, .flowUnknown, provider: nil, detail: "state unknown, used or expired") }
        if let error = req.query[String.self, at: "error"] {
            return refused(req, .providerDeclined, provider: provider, detail: "error=\(error)")
        }
        guard let code = req.query[String.self, at: "code"], !code.isEmpty, code.count <= 4096 else {
            return refused(req, .providerDeclined, provider: provider, detail: "no code")
        }
        let email: EmailAddress
        switch await identify(req, provider: provider, flow: flow, code: code) {
        case .success(let proven): email = proven
        case .failure(let failure): return refused(req, failure.refusal, provider: provider, detail: failure.detail)
        }
        let hasher = req.passwordHashing
        let outcome = try await SingleSignOnAccess(db: req.db).decide(
            email: email, provider: provider.slug, now: req.now, unusablePassword: { try await hasher.hash(SecureToken.generate()) })
        switch outcome {
        case .refused(let refusal):
            return refused(req, refusal, provider: provider, detail: "domain \(email.value.split(separator: "@").last ?? "")")
        case .signIn(let userID):
            try await req.startSession(for: userID)
            req.browserSession.data[SessionKey.provider] = provider.slug
            req.logger.info("signed in through \(provider.slug)", metadata: ["user": "\(userID)"])
            return req.redirect(to: Route.home.path)
        }
    }

    struct Failure: Error {
        let refusal: SignInRefusal
        let detail: String
    }

    /// The address the provider proves for this flow: the code exchanged for tokens, the ID
    /// token's signature and claims checked.
    private func identify(_ req: Request, provider: IdentityProviderSettings, flow: SignInFlows.Flow, code: String) async -> Result<
        EmailAddress, Failure
    > {
        let directory = req.application.identityProviders
        let reply: ProviderReply
        do {
            let metadata = try await directory.metadata(provider, now: req.now)
            let fields = [
                ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", Self.redirectURI(req.application)),
                ("code_verifier", flow.verifier), ("client_id", provider.clientID)
            ]
            reply = try await directory.send {
                try await $0.postForm(metadata.tokenEndpoint, fields: fields, user: provider.clientID, password: provider.clientSecret)
            }
        } catch {
            return .failure(Failure(refusal: .providerUnreachable, detail: String(describing: error)))
        }
        struct TokenReply: Decodable {
            let idToken: String?
            let error: String?
            enum CodingKeys: String, CodingKey {
                case idToken = "id_token"
                case error
            }
        }
        let decoded = try? JSONDecoder().decode(TokenReply.self, from: reply.body)
        guard reply.status == 200 else {
            return .failure(Failure(refusal: .codeRejected, detail: "token endpoint \(reply.status) \(decoded?.error ?? "")"))
        }
        guard let token = decoded?.idToken else { return .failure(Failure(refusal: .malformedToken, detail: "no id_token")) }
        let claims: IDTokenClaims
        do {
            claims = try await directory.verifiedClaims(token, provider: provider, now: req.now)
        } catch {
            return .failure(Failure(refusal: error, detail: "id_token"))
        }
        return IDTokenCheck.email(in: claims, provider: provider, issuer: provider.issuer.absoluteString, nonce: flow.nonce, now: req.now)
            .mapError { Failure(refusal: $0, detail: "claims of subject \(claims.subject.prefix(64))") }
    }

    /// The refusal page in the person's language; the log gets the code and a detail without
    /// any token, code or address.
    private func refused(_ req: Request, _ refusal: SignInRefusal, provider: IdentityProviderSettings?, detail: String) -> Response {
        req.logger.notice(
            "sign-in through an identity provider refused",
            metadata: [
                "reason": "\(refusal.rawValue)", "provider": "\(provider?.slug ?? "-")",
                "detail": "\(LogText.safe(detail))"
            ])
        let status: HTTPResponseStatus =
            switch refusal.kind {
            case .startAgain: .badRequest
            case .providerUnreachable: .badGateway
            default: .forbidden
            }
        return req.page(SignInRefusedPage(refusal: refusal, providerName: provider?.name), status: status)
    }

    static func redirectURI(_ app: Application) -> String {
        app.configuration.publicURL.absoluteString + Route.signInCallback.path
    }
}

/// RFC 7636: the challenge is the unpadded base64url SHA-256 of the verifier.
enum PKCE {
    static func challenge(for verifier: String) -> String {
        SecureToken.base64URL(Data(SHA256.hash(data: Data(verifier.utf8))))
    }
}
