import Fluent
import Foundation
import JWTKit
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// Signing in through an identity provider (`TestIdentityProvider`, with keys it makes): the
/// whole flow through the routes, and every refusal with what the person sees.
@Suite struct SingleSignOnTests {
    /// An organisation Zorg whose addresses at zorg.example sign in through the test provider,
    /// with Anna as a member.
    struct Setting {
        let app: Application
        let provider: TestIdentityProvider
        let organisation: UUID
        let anna: UUID
    }

    private func withSetting(
        algorithm: TestIdentityProvider.Algorithm = .rs256, settings: IdentityProviderSettings = TestIdentityProvider.settings,
        member: Bool = true, _ test: (Setting) async throws -> Void
    ) async throws {
        try await withVeerkracht(identityProviders: [settings]) { app in
            let provider = try await TestIdentityProvider(algorithm: algorithm, clock: { [app] in app.clock.now() })
            await app.identityProviders.use(provider)
            let organisation = try await app.createOrganisation("Zorg")
            _ = try await SignInDomains(db: app.db).add(organisation: organisation, domain: "zorg.example", provider: "staff", now: Date())
            let anna = try await app.createUser(
                "anna@zorg.example", organisation: member ? organisation : nil, role: member ? .manager : nil)
            try await test(Setting(app: app, provider: provider, organisation: organisation, anna: anna))
        }
    }

    /// Starts a sign-in in `browser`, lets the provider sign the person in, and returns what
    /// the callback answered (not followed).
    private func signIn(_ s: Setting, browser: Browser) async throws -> Browser.Page {
        let start = try await browser.get(Route.signInWith(provider: "staff").path, follow: false)
        #expect(start.status == .seeOther)
        let location = try #require(start.location)
        let grant = try #require(await s.provider.authorize(location))
        return try await browser.get(Self.callback(code: grant.code, state: grant.state), follow: false)
    }

    static func callback(code: String, state: String) -> String {
        Route.signInCallback.path + "?code=\(code)&state=\(state)"
    }

    private func expectRefused(_ page: Browser.Page, _ refusal: SignInRefusal, status: HTTPStatus = .forbidden) {
        #expect(page.status == status)
        #expect(page.body.contains(refusal.rawValue))
    }

    private func isSignedIn(_ browser: Browser) async throws -> Bool {
        try await browser.get(Route.accountPassword.path, follow: false).status == .ok
    }

    // MARK: the flow

    @Test func theStartRedirectsToTheProviderWithPKCEStateAndNonce() async throws {
        try await withSetting { s in
            let start = try await Browser(s.app).get(Route.signInWith(provider: "staff").path, follow: false)
            let location = try #require(start.location)
            let url = try #require(URLComponents(string: location))
            let query = Dictionary((url.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { a, _ in a })
            #expect(url.path == "/realms/staff/auth")
            #expect(query["response_type"] == "code" && query["client_id"] == "veerkracht")
            #expect(query["redirect_uri"] == "http://127.0.0.1:8080/sign-in/oidc/callback")
            #expect(query["scope"] == "openid email profile")
            #expect(query["code_challenge_method"] == "S256" && query["code_challenge"]?.count == 43)
            #expect((query["state"]?.count ?? 0) >= 43 && (query["nonce"]?.count ?? 0) >= 43 && query["state"] != query["nonce"])
        }
    }

    @Test func aMemberWhoseDomainIsAllowedSignsInWithAnRS256Token() async throws {
        try await withSetting { s in
            let browser = Browser(s.app)
            let answer = try await signIn(s, browser: browser)
            #expect(answer.status == .seeOther && answer.location == Route.home.path)
            #expect(try await isSignedIn(browser))
            // The code went back with the verifier and Veerkracht's own redirect address.
            let request = try #require(await s.provider.tokenRequests.last)
            #expect(request["grant_type"] == "authorization_code" && request["code_verifier"]?.count == 86)
        }
    }

    @Test func anES256TokenSignsInToo() async throws {
        try await withSetting(algorithm: .es256) { s in
            let browser = Browser(s.app)
            let answer = try await signIn(s, browser: browser)
            #expect(answer.location == Route.home.path)
            #expect(try await isSignedIn(browser))
        }
    }

    @Test func afterAKeyRotationTheNewKeyIsFetchedOnceAndAccepted() async throws {
        try await withSetting { s in
            let start = Date()
            s.app.clock = .fixed(start)
            #expect(try await signIn(s, browser: Browser(s.app)).location == Route.home.path)
            try await s.provider.rotate()
            // Key sets are fetched again at most once per interval, so the rotation is seen after it.
            s.app.clock = .fixed(start.addingTimeInterval(ProviderDirectory.keyRefreshInterval + 1))
            #expect(try await signIn(s, browser: Browser(s.app)).location == Route.home.path)
            #expect(await s.provider.keySetFetches == 2)
            // The rotated key is kept: the next sign-in fetches nothing.
            #expect(try await signIn(s, browser: Browser(s.app)).location == Route.home.path)
            #expect(await s.provider.keySetFetches == 2)
        }
    }

    @Test func anUnknownKeyIDIsRefusedAndRefetchesTheKeysAtMostOncePerInterval() async throws {
        try await withSetting { s in
            // A clock held still: on a busy machine real seconds would pass the interval.
            let start = Date()
            s.app.clock = .fixed(start)
            #expect(try await signIn(s, browser: Browser(s.app)).location == Route.home.path)
            await s.provider.set { $0.useUnpublishedKeyID = true }
            // Within the interval the kept set answers: no fetch for an invented key id.
            expectRefused(try await signIn(s, browser: Browser(s.app)), .unknownKey)
            #expect(await s.provider.keySetFetches == 1)
            s.app.clock = .fixed(start.addingTimeInterval(ProviderDirectory.keyRefreshInterval + 1))
            expectRefused(try await signIn(s, browser: Browser(s.app)), .unknownKey)
            expectRefused(try await signIn(s, browser: Browser(s.app)), .unknownKey)
            #expect(await s.provider.keySetFetches == 2)
        }
    }

    @Test func someoneWithAnOpenInvitationAndNoAccountAcceptsItBySigningIn() async throws {
        try await withSetting { s in
            let admin = try await s.app.createUser("admin@veerkracht.test", admin: true)
            try await Invitation(
                organisationID: s.organisation, email: "bram@zorg.example", role: Role.advisor.rawValue,
                tokenHash: SecureToken.hash(SecureToken.generate()), invitedBy: admin, expiresAt: Date().addingTimeInterval(3600)
            ).create(on: s.app.db)
            await s.provider.set { $0.tamper = { $0 = $0.with(email: "bram@zorg.example") } }
            let browser = Browser(s.app)
            #expect(try await signIn(s, browser: browser).location == Route.home.path)
            let bram = try #require(try await User.query(on: s.app.db).filter(\.$email == "bram@zorg.example").first())
            let membership = try #require(try await Membership.query(on: s.app.db).filter(\.$user.$id == bram.requireID()).first())
            #expect(membership.role == .advisor && membership.$organisation.id == s.organisation)
            #expect(try await Invitation.query(on: s.app.db).filter(\.$email == "bram@zorg.example").first()?.acceptedAt != nil)
            // The account has no password anyone knows.
            let byPassword = Browser(s.app)
            #expect(try await byPassword.signIn("bram@zorg.example", password: "").status == .unauthorized)
        }
    }

    // MARK: refusals about the person

    @Test func someoneWithNeitherAccountNorInvitationIsToldToAskAndGetsNoAccount() async throws {
        try await withSetting { s in
            await s.provider.set { $0.tamper = { $0 = $0.with(email: "carla@zorg.example") } }
            let page = try await signIn(s, browser: Browser(s.app))
            expectRefused(page, .noAccess)
            #expect(page.body.contains("Vraag uw adviseur om een uitnodiging"))
            #expect(try await User.query(on: s.app.db).filter(\.$email == "carla@zorg.example").count() == 0)
        }
    }

    @Test func aRemovedMemberCannotGetBackInThroughTheProvider() async throws {
        try await withSetting { s in
            try await Membership.query(on: s.app.db).filter(\.$user.$id == s.anna).delete()
            let browser = Browser(s.app)
            expectRefused(try await signIn(s, browser: browser), .noAccess)
            #expect(try await !isSignedIn(browser))
        }
    }

    @Test func aDomainNoOrganisationAllowsForTheProviderIsRefused() async throws {
        try await withSetting { s in
            await s.provider.set { $0.tamper = { $0 = $0.with(email: "anna@elders.example") } }
            expectRefused(try await signIn(s, browser: Browser(s.app)), .domainNotAllowed)
        }
    }

    @Test func anUnverifiedOrMissingAddressIsRefused() async throws {
        try await withSetting { s in
            await s.provider.set { $0.tamper = { $0 = $0.with(emailVerified: .some(false)) } }
            expectRefused(try await signIn(s, browser: Browser(s.app)), .emailUnverified)
            await s.provider.set { $0.tamper = { $0 = $0.with(emailVerified: .some(nil)) } }
            expectRefused(try await signIn(s, browser: Browser(s.app)), .emailUnverified)
            await s.provider.set { $0.tamper = { $0 = $0.with(email: .some(nil)) } }
            expectRefused(try await signIn(s, browser: Browser(s.app)), .emailMissing)
        }
    }

    @Test func aProviderSaidToVerifyItsAddressesMayLeaveTheClaimOut() async throws {
        var settings = TestIdentityProvider.settings
        settings.emailsAreVerified = true
        try await withSetting(settings: settings) { s in
            await s.provider.set { $0.tamper = { $0 = $0.with(emailVerified: .some(nil)) } }
            #expect(try await signIn(s, browser: Browser(s.app)).location == Route.home.path)
            await s.provider.set { $0.tamper = { $0 = $0.with(emailVerified: .some(false)) } }
            expectRefused(try await signIn(s, browser: Browser(s.app)), .emailUnverified)
        }
    }

    // MARK: refusals about the token

    @Test(arguments: [
        (SignInRefusal.wrongIssuer, "issuer"), (.wrongAudience, "audience"), (.wrongAudience, "second audience"),
        (.expired, "expired"), (.notYetValid, "not yet valid"), (.nonceMismatch, "nonce")
    ])
    func aTokenWithAWrongClaimIsRefused(refusal: SignInRefusal, claim: String) async throws {
        try await withSetting { s in
            await s.provider.set {
                $0.tamper = { claims in
                    let now = Date()
                    switch claim {
                    case "issuer": claims = claims.with(issuer: "https://id.example.test/realms/other")
                    case "audience": claims = claims.with(audience: ["someone-else"])
                    case "second audience": claims = claims.with(audience: ["veerkracht", "someone-else"])
                    case "expired": claims = claims.with(expires: now.addingTimeInterval(-IDTokenCheck.leeway - 5))
                    case "not yet valid": claims = claims.with(notBefore: now.addingTimeInterval(IDTokenCheck.leeway + 60))
                    default: claims = claims.with(nonce: "a nonce of another sign-in")
                    }
                }
            }
            let browser = Browser(s.app)
            let page = try await signIn(s, browser: browser)
            expectRefused(page, refusal)
            #expect(page.body.contains("kon niet worden gecontroleerd"))
            #expect(try await !isSignedIn(browser))
        }
    }

    @Test func aSignatureByAnotherKeyIsRefused() async throws {
        try await withSetting { s in
            await s.provider.set { $0.signWithForeignKey = true }
            expectRefused(try await signIn(s, browser: Browser(s.app)), .badSignature)
        }
    }

    @Test func anUnsignedTokenIsRefused() async throws {
        try await withSetting { s in
            let header = SecureToken.base64URL(Data(#"{"alg":"none","typ":"JWT"}"#.utf8))
            let body = SecureToken.base64URL(Data(#"{"iss":"x","sub":"y","aud":"veerkracht","exp":9999999999}"#.utf8))
            await s.provider.set { $0.rawToken = header + "." + body + "." }
            expectRefused(try await signIn(s, browser: Browser(s.app)), .unsupportedAlgorithm)
            await s.provider.set { $0.rawToken = "not a token" }
            expectRefused(try await signIn(s, browser: Browser(s.app)), .malformedToken)
        }
    }

    @Test func aTokenThatNamesNoKeyOrLacksItsSubjectIsRefused() async throws {
        try await withSetting { s in
            await s.provider.set { $0.omitKeyID = true }
            expectRefused(try await signIn(s, browser: Browser(s.app)), .unknownKey)
            await s.provider.set {
                $0.omitKeyID = false
                $0.omitSubject = true
            }
            expectRefused(try await signIn(s, browser: Browser(s.app)), .malformedToken)
        }
    }

    // MARK: refusals about the flow

    @Test func aCallbackReplayedAfterSigningInIsRefused() async throws {
        try await withSetting { s in
            let browser = Browser(s.app)
            let start = try await browser.get(Route.signInWith(provider: "staff").path, follow: false)
            let location = try #require(start.location)
            let grant = try #require(await s.provider.authorize(location))
            let callback = Self.callback(code: grant.code, state: grant.state)
            #expect(try await browser.get(callback, follow: false).location == Route.home.path)
            expectRefused(try await browser.get(callback, follow: false), .flowUnknown, status: .badRequest)
            // Another browser replaying the same address gets no further.
            expectRefused(try await Browser(s.app).get(callback, follow: false), .flowUnknown, status: .badRequest)
        }
    }

    @Test func aCallbackInAnotherBrowserThanTheStartIsRefused() async throws {
        try await withSetting { s in
            let start = try await Browser(s.app).get(Route.signInWith(provider: "staff").path, follow: false)
            let location = try #require(start.location)
            let grant = try #require(await s.provider.authorize(location))
            let victim = Browser(s.app)
            _ = try await victim.get(Route.signIn.path)
            expectRefused(
                try await victim.get(Self.callback(code: grant.code, state: grant.state), follow: false), .flowUnknown, status: .badRequest)
            #expect(try await !isSignedIn(victim))
        }
    }

    @Test func aFlowOlderThanTenMinutesIsRefused() async throws {
        try await withSetting { s in
            let browser = Browser(s.app)
            let start = try await browser.get(Route.signInWith(provider: "staff").path, follow: false)
            let location = try #require(start.location)
            let grant = try #require(await s.provider.authorize(location))
            s.app.clock = .fixed(Date().addingTimeInterval(SignInFlows.lifetime + 1))
            expectRefused(
                try await browser.get(Self.callback(code: grant.code, state: grant.state), follow: false), .flowUnknown, status: .badRequest
            )
        }
    }

    @Test func aProviderThatSaysNoOrRefusesTheCodeIsShownAsSuch() async throws {
        try await withSetting { s in
            let browser = Browser(s.app)
            let start = try await browser.get(Route.signInWith(provider: "staff").path, follow: false)
            let location = try #require(start.location)
            let grant = try #require(await s.provider.authorize(location))
            let declined = try await browser.get(
                Route.signInCallback.path + "?error=access_denied%0Aforged%20line&state=\(grant.state)", follow: false)
            expectRefused(declined, .providerDeclined)
            await s.provider.set { $0.tokenStatus = 500 }
            expectRefused(try await signIn(s, browser: Browser(s.app)), .codeRejected)
        }
    }

    @Test func aProviderThatIsDownGetsAClearPageAndNoHangingRequest() async throws {
        try await withSetting { s in
            await s.provider.set { $0.isDown = true }
            let page = try await Browser(s.app).get(Route.signInWith(provider: "staff").path, follow: false)
            expectRefused(page, .providerUnreachable, status: .badGateway)
            #expect(page.body.contains("antwoordde niet op tijd"))
        }
    }

    @Test func aDiscoveryDocumentNamingAScriptAddressIsNotFollowed() async throws {
        try await withSetting { s in
            await s.provider.set { $0.endSession = "javascript:alert(1)" }
            let page = try await Browser(s.app).get(Route.signInWith(provider: "staff").path, follow: false)
            expectRefused(page, .providerUnreachable, status: .badGateway)
        }
    }

    @Test func anUnknownProviderIsNotFound() async throws {
        try await withSetting { s in
            let page = try await Browser(s.app).get(Route.signInWith(provider: "nobody").path, follow: false)
            #expect(page.status == .notFound)
        }
    }

    @Test func theRefusalPageSpeaksThePersonsLanguage() async throws {
        try await withSetting { s in
            await s.provider.set { $0.tamper = { $0 = $0.with(email: "carla@zorg.example") } }
            let page = try await signIn(s, browser: Browser(s.app, acceptLanguage: "en"))
            #expect(
                page.body.contains("Ask your advisor for an invitation") && page.body.contains("Code for your IT department: no-access"))
        }
    }

    @Test func aRefusalIsLoggedWithItsCodeButNeverTheTokenCodeOrAddress() async throws {
        try await withSetting { s in
            // At the level servers log by default; at debug the database driver logs every bind.
            let log = CapturedLog(level: .info)
            s.app.logger = log.logger
            await s.provider.set { $0.tamper = { $0 = $0.with(audience: ["someone-else"]) } }
            let browser = Browser(s.app)
            let start = try await browser.get(Route.signInWith(provider: "staff").path, follow: false)
            let location = try #require(start.location)
            let grant = try #require(await s.provider.authorize(location))
            _ = try await browser.get(Self.callback(code: grant.code, state: grant.state), follow: false)
            let refusals = log.all.filter { $0.contains("identity provider refused") }
            #expect(refusals.count == 1 && refusals.first?.contains("reason=wrong-audience") == true)
            #expect(refusals.first?.contains("provider=staff") == true)
            let everything = log.all.joined(separator: "\n")
            #expect(!everything.contains(grant.code) && !everything.contains(grant.state) && !everything.contains("eyJ"))
            #expect(!everything.lowercased().contains("anna@zorg.example"))
        }
    }

    // MARK: password, sign-out and settings

    @Test func anOrganisationCanSwitchPasswordSignInOffButNotForAdministrators() async throws {
        try await withSetting { s in
            try await SignInDomains(db: s.app.db).setPasswordSignIn(false, organisation: s.organisation)
            let page = try await Browser(s.app).signIn("anna@zorg.example")
            #expect(page.status == .forbidden && page.body.contains("eigen inlogdienst") && page.body.contains("Inloggen met Staff ID"))
            // A wrong password still gets the ordinary answer: the switch says nothing to a guesser.
            #expect(try await Browser(s.app).signIn("anna@zorg.example", password: "wrong").status == .unauthorized)
            try await s.app.createUser("root@zorg.example", admin: true, organisation: s.organisation, role: .advisor)
            #expect(try await Browser(s.app).signIn("root@zorg.example").status == .ok)
            #expect(try await signIn(s, browser: Browser(s.app)).location == Route.home.path)
        }
    }

    @Test func signingOutOfAProviderSessionLinksToTheProvidersEndSession() async throws {
        try await withSetting { s in
            let browser = Browser(s.app)
            _ = try await signIn(s, browser: browser)
            let page = try await browser.post(Route.signOut.path)
            #expect(page.body.contains("Ook uitloggen bij Staff ID"))
            #expect(page.body.contains("https://id.example.test/realms/staff/logout?client_id=veerkracht&amp;post_logout_redirect_uri="))
            #expect(try await !isSignedIn(browser))
        }
    }

    @Test func theAdministratorAllowsADomainAndNeverSeesTheSecret() async throws {
        try await withSetting { s in
            try await s.app.createUser("root@veerkracht.test", admin: true)
            let admin = Browser(s.app)
            _ = try await admin.signIn("root@veerkracht.test")
            let path = Route.adminSignInDomains(s.organisation).path
            let refused = try await admin.post(path, ["domain": "not a domain", "provider": "staff"])
            #expect(refused.status == .unprocessableEntity && refused.body.contains("Er is niets gewijzigd"))
            let page = try await admin.post(path, ["domain": " @Thuiszorg.Example ", "provider": "staff"])
            #expect(page.status == .ok && page.body.contains("thuiszorg.example"))
            #expect(!page.body.contains(TestIdentityProvider.settings.clientSecret))
            #expect(try await SignInDomains(db: s.app.db).rules(of: s.organisation).map(\.domain) == ["thuiszorg.example", "zorg.example"])
            #expect(try await admin.post(path, ["domain": "zorg.example", "provider": "staff"]).status == .unprocessableEntity)
        }
    }
}

extension IDTokenClaims {
    func with(
        issuer: String? = nil, audience: [String]? = nil, expires: Date? = nil, notBefore: Date? = nil, nonce: String? = nil,
        email: String?? = .none, emailVerified: Bool?? = .none
    ) -> IDTokenClaims {
        IDTokenClaims(
            issuer: issuer ?? self.issuer, subject: subject, audience: audience ?? self.audience, authorizedParty: authorizedParty,
            expires: expires ?? self.expires, notBefore: notBefore ?? self.notBefore, nonce: nonce ?? self.nonce,
            email: email ?? self.email, emailVerified: emailVerified ?? self.emailVerified)
    }
}
