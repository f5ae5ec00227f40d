import Testing
import Vapor

@testable import App

/// The session cookie is found among a request's cookies the way Vapor's parse would find it.
@Suite struct SessionCookieTests {
    private func headers(_ values: String...) -> HTTPHeaders {
        HTTPHeaders(values.map { ("Cookie", $0) })
    }

    @Test func theSessionCookieIsFoundAmongOthers() {
        #expect(SessionCookie.isPresent(in: headers("lang=nl; veerkracht_session=abc; theme=dark")))
        #expect(SessionCookie.isPresent(in: headers("veerkracht_session=abc")))
        #expect(SessionCookie.isPresent(in: headers("a=1", "veerkracht_session=abc")))
    }

    @Test func aCookieWhoseNameOnlyEndsOrStartsLikeTheSessionsIsNotIt() {
        #expect(!SessionCookie.isPresent(in: headers("xveerkracht_session=abc; veerkracht_sessions=1")))
        #expect(!SessionCookie.isPresent(in: headers("lang=veerkracht_session=abc")))
        #expect(!SessionCookie.isPresent(in: HTTPHeaders()))
    }

    @Test func anEmptyValueCountsAsVaporCountsIt() {
        let raw = "veerkracht_session="
        #expect(SessionCookie.isPresent(in: headers(raw)) == (headers(raw).cookie?[DatabaseSessionDriver.cookieName] != nil))
    }

    @Test func theValueIsReadWithoutTheSpacesAroundIt() {
        #expect(SessionCookie.value(in: headers("lang=nl;  veerkracht_session=abc \t; theme=dark")) == "abc")
        #expect(SessionCookie.value(in: headers("\tveerkracht_session=x=y")) == "x=y")
    }

    @Test func theFirstOfTwoSessionCookiesCounts() {
        #expect(SessionCookie.value(in: headers("veerkracht_session=first; veerkracht_session=second")) == "first")
        #expect(SessionCookie.value(in: headers("a=1", "veerkracht_session=one", "veerkracht_session=two")) == "one")
    }

    @Test func aHeaderOfOnlySemicolonsAndSpacesHoldsNoSession() {
        #expect(SessionCookie.value(in: headers(" ; ;;  ")) == nil)
        #expect(SessionCookie.value(in: headers("veerkracht_session")) == nil)
        #expect(SessionCookie.value(in: headers("")) == nil)
    }
}
