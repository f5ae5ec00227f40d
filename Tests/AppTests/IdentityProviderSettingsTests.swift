import Foundation
import Testing
import Vapor

@testable import App

@Suite struct IdentityProviderSettingsTests {
    @Test func eachListedProviderIsReadWithItsSettings() throws {
        let configuration = try AppConfiguration(environment: [
            "OIDC_PROVIDERS": "entra, key-cloak",
            "OIDC_ENTRA_ISSUER": "https://login.microsoftonline.com/tenant/v2.0/", "OIDC_ENTRA_CLIENT_ID": "id-1",
            "OIDC_ENTRA_CLIENT_SECRET": "secret-1", "OIDC_ENTRA_NAME": "Microsoft", "OIDC_ENTRA_EMAILS_VERIFIED": "true",
            "OIDC_KEY_CLOAK_ISSUER": "https://sso.example.org/realms/staff", "OIDC_KEY_CLOAK_CLIENT_ID": "id-2",
            "OIDC_KEY_CLOAK_CLIENT_SECRET": "secret-2"
        ])
        #expect(
            configuration.identityProviders == [
                IdentityProviderSettings(
                    slug: "entra", name: "Microsoft", issuer: URL(string: "https://login.microsoftonline.com/tenant/v2.0")!,
                    clientID: "id-1", clientSecret: "secret-1", emailsAreVerified: true),
                IdentityProviderSettings(
                    slug: "key-cloak", name: "key-cloak", issuer: URL(string: "https://sso.example.org/realms/staff")!,
                    clientID: "id-2", clientSecret: "secret-2")
            ])
    }

    @Test func aProviderWithoutIssuerOrSecretOrOverPlainHTTPIsRefusedByName() {
        do {
            _ = try AppConfiguration(environment: [
                "OIDC_PROVIDERS": "a,b,c d", "OIDC_A_ISSUER": "http://sso.example.org", "OIDC_A_CLIENT_ID": "x",
                "OIDC_A_CLIENT_SECRET": "y", "OIDC_B_CLIENT_ID": "x"
            ])
            Issue.record("a wrong provider must stop the start")
        } catch {
            let settings = error.problems.map(\.setting)
            #expect(settings.contains("OIDC_A_ISSUER") && settings.contains("OIDC_B_ISSUER") && settings.contains("OIDC_B_CLIENT_SECRET"))
            #expect(settings.contains("OIDC_PROVIDERS"))
            #expect(!error.description.contains("y\n") && !error.problems.contains { $0.problem.contains("'y'") })
        }
    }

    @Test func plainHTTPIsAcceptedOnThisMachineOnly() {
        #expect(IdentityProviderSettings.isAcceptableIssuer(URL(string: "http://127.0.0.1:9400")!))
        #expect(IdentityProviderSettings.isAcceptableIssuer(URL(string: "https://id.example.org")!))
        #expect(!IdentityProviderSettings.isAcceptableIssuer(URL(string: "http://id.example.org")!))
        #expect(!IdentityProviderSettings.isAcceptableIssuer(URL(string: "ftp://id.example.org")!))
    }

    /// A provider that does not answer is given up after the transport's time-out, not waited
    /// for: a port here that takes the connection and never answers, and a time-out of 200 ms.
    /// Without the time-out the call would wait until the port is closed, 10 s later, and fail
    /// only then.
    @Test func aSlowProviderIsGivenUpAfterTheTimeOut() async throws {
        let silent = try SilentListener()
        let closing = Task {
            try? await Task.sleep(for: .seconds(10))
            silent.stop()
        }
        defer { closing.cancel() }
        try await withVeerkracht { app in
            let transport = HTTPProviderTransport(client: app.client, timeout: .milliseconds(200))
            let started = ContinuousClock.now
            await #expect(throws: ProviderUnreachable.self) {
                _ = try await transport.get(URL(string: "http://127.0.0.1:\(silent.port)/.well-known/openid-configuration")!)
            }
            #expect(ContinuousClock.now - started < .seconds(5))
        }
    }
}
