import Foundation
import Testing
import VeerkrachtCore

@testable import App

/// A kept part is sent inside the reader's frame, written piece by piece with its tag made from
/// hashes kept beside it: the bytes must be the page `Layout.frame` makes, and the tag must
/// change with every byte that differs.
struct KeptMainTests {
    private let part = RenderedMain(
        title: "Heatmap <b>", html: "<p>a</p><input value=\"\(KeptMain.formTokenStandIn)\"><p>&lt;x&gt;</p>\(KeptMain.formTokenStandIn)",
        isWide: true, organisationID: UUID())

    private func context(token: String, language: VeerkrachtCore.Language = .nl) -> PageContext {
        PageContext(language: language, strings: language.strings, user: nil, organisationID: nil, csrfToken: token, path: "/x")
    }

    @Test func aKeptPartIsSentAsTheFrameAroundItWithTheReadersTokenByteForByte() {
        let framed = KeptMain(part).framed(for: context(token: "reader-token"))
        let withToken = RenderedMain(
            title: part.title, html: part.html.replacingOccurrences(of: KeptMain.formTokenStandIn, with: "reader-token"),
            isWide: part.isWide, organisationID: part.organisationID)
        #expect(String(buffer: framed.body) == Layout.frame(withToken, context: context(token: "reader-token")))
        #expect(!String(buffer: framed.body).contains(KeptMain.formTokenStandIn))
    }

    @Test func theTagIsTheSameForTheSameBytesAndDiffersWithTheToken() {
        let kept = KeptMain(part)
        #expect(kept.framed(for: context(token: "one")).tag == KeptMain(part).framed(for: context(token: "one")).tag)
        #expect(kept.framed(for: context(token: "one")).tag != kept.framed(for: context(token: "two")).tag)
    }

    @Test func theTagDiffersWithThePartAndWithTheFrame() {
        let other = RenderedMain(title: part.title, html: part.html + " ", isWide: part.isWide, organisationID: part.organisationID)
        let tag = KeptMain(part).framed(for: context(token: "one")).tag
        #expect(KeptMain(other).framed(for: context(token: "one")).tag != tag)
        #expect(KeptMain(part).framed(for: context(token: "one", language: .en)).tag != tag)
    }

    @Test func aKeptFrameIsTheReadersOwnAndFollowsTheirAccount() {
        func reader(_ email: String, organisation: String) -> PageContext {
            let user = SignedInUser(
                id: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!, email: email, isAdmin: false, language: nil,
                organisations: [OrganisationMembership(organisationID: part.organisationID!, name: organisation, role: .viewer)])
            return PageContext(
                language: .nl, strings: Dutch(), user: user, organisationID: part.organisationID, csrfToken: "t", path: "/x")
        }
        let first = Layout.frameHalves(part, context: reader("een@example.org", organisation: "Zorggroep")).before
        let renamed = Layout.frameHalves(part, context: reader("een@example.org", organisation: "Zorg & Welzijn")).before
        let other = Layout.frameHalves(part, context: reader("twee@example.org", organisation: "Zorggroep")).before
        #expect(first.contains("Zorggroep") && renamed.contains("Zorg &amp; Welzijn") && !renamed.contains("Zorggroep"))
        #expect(other.contains("twee@example.org") && !other.contains("een@example.org"))
    }
}
