import Foundation
import Testing

@testable import App

@Suite struct RouteTests {
    @Test func idsAndLinkTokensStayAsTheyAre() {
        let id = UUID()
        #expect(Route.surveyThanks(token: "Ab-_9.~x").path == "/s/Ab-_9.~x/thanks")
        #expect(Route.escaped(id.uuidString) == id.uuidString)
    }

    @Test func anyOtherByteOfAParameterIsPercentEncoded() {
        #expect(Route.escaped("a b/ü?") == "a%20b%2F%C3%BC%3F")
    }
}

@Suite struct RequestLoggingTests {
    @Test func theLogLeavesOutTheTokensOfPersonalLinks() {
        #expect(RequestLoggingMiddleware.withoutSecrets(Route.surveySubmit(token: "geheim123").path) == "/s/…/submit")
        #expect(RequestLoggingMiddleware.withoutSecrets(Route.survey(token: "geheim123").path) == "/s/…")
        #expect(RequestLoggingMiddleware.withoutSecrets(Route.invitation(token: "geheim123").path) == "/invitations/…")
    }

    @Test func theLogKeepsOtherPathsWhole() {
        let organisation = UUID()
        #expect(RequestLoggingMiddleware.withoutSecrets(Route.waves(organisation).path) == Route.waves(organisation).path)
        #expect(RequestLoggingMiddleware.withoutSecrets("/") == "/")
    }
}

@Suite struct LocalPathTests {
    @Test func aReturnAddressMustStayOnThisSite() {
        #expect(Route.isLocalPath("/o/123/waves?unit=1"))
        #expect(!Route.isLocalPath("//evil.example"))
        #expect(!Route.isLocalPath("/\\evil.example"))
        #expect(!Route.isLocalPath("https://evil.example"))
        #expect(!Route.isLocalPath("/\tevil") && !Route.isLocalPath(""))
    }
}
