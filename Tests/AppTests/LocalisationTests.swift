import Fluent
import Testing
import Vapor
import VeerkrachtCore

@testable import App

@Suite struct LocalisationTests {
    @Test func pagesAreDutchWithoutAPreference() async throws {
        try await withVeerkracht { app in
            try await app.createUser("ann@example.org")
            let page = try await Browser(app).get(Route.signIn.path)
            #expect(page.body.contains("<html lang=\"nl\">"))
            #expect(page.body.contains("<h1>\(Dutch().signInTitle)</h1>"))
        }
    }

    @Test func theBrowsersLanguageIsFollowed() async throws {
        try await withVeerkracht { app in
            try await app.createUser("ann@example.org")
            let page = try await Browser(app, acceptLanguage: "en-GB,en;q=0.9,nl;q=0.5").get(Route.signIn.path)
            #expect(page.body.contains("<html lang=\"en\">"))
            #expect(page.body.contains("<h1>\(English().signInTitle)</h1>"))
        }
    }

    @Test func theSwitchInTheHeaderChangesTheLanguageAndReturnsToThePage() async throws {
        try await withVeerkracht { app in
            try await app.createUser("ann@example.org")
            let browser = Browser(app)
            _ = try await browser.get(Route.signIn.path)
            let page = try await browser.post(Route.language.path, ["language": "en", "return": Route.signIn.path])
            #expect(page.path == Route.signIn.path)
            #expect(page.body.contains("<h1>\(English().signInTitle)</h1>"))
        }
    }

    @Test func theAccountsChoiceWinsOverTheBrowser() async throws {
        try await withVeerkracht { app in
            try await app.createUser("ann@example.org")
            let browser = Browser(app, acceptLanguage: "nl")
            _ = try await browser.signIn("ann@example.org")
            _ = try await browser.post(Route.language.path, ["language": "en", "return": "/"])
            #expect(try await User.query(on: app.db).first()?.language == "en")
            let fresh = Browser(app, acceptLanguage: "nl")
            let home = try await fresh.signIn("ann@example.org")
            #expect(home.body.contains("<h1>\(English().homeTitle)</h1>"))
        }
    }

    @Test func theSwitchDoesNotRedirectToAnotherSite() async throws {
        try await withVeerkracht { app in
            try await app.createUser("ann@example.org")
            let browser = Browser(app)
            _ = try await browser.get(Route.signIn.path)
            let page = try await browser.post(Route.language.path, ["language": "en", "return": "//evil.example"], follow: false)
            #expect(page.location == Route.home.path)
        }
    }

    @Test func anUnknownLanguageIsABadRequest() async throws {
        try await withVeerkracht { app in
            try await app.createUser("ann@example.org")
            let browser = Browser(app)
            _ = try await browser.get(Route.signIn.path)
            #expect(try await browser.post(Route.language.path, ["language": "fr"]).status == .badRequest)
        }
    }
}
