import Fluent
import Foundation
import Testing
import Vapor

@testable import App

/// No stored value may rewrite a page: every attribute value Plot writes passes one escaping path.
@Suite struct EscapedAttributesTests {
    static let hostile = #"x"><base href="//evil.example/">'<b>&"#
    static let escaped = "x&quot;&gt;&lt;base href=&quot;//evil.example/&quot;&gt;&#39;&lt;b&gt;&amp;"

    @Test func theEscapeLeavesNoCharacterThatEndsAnAttributeOrStartsMarkup() {
        #expect(AttributeText.escape(Self.hostile) == Self.escaped)
        #expect(AttributeText.escape("Team Noord – één") == "Team Noord – één")
    }

    @Test func everyTextValuedAttributeAViewCanWriteIsEscaped() {
        let rendered = AttributeEscapeSamples.rendered(with: Self.hostile)
        #expect(rendered.count == 9)
        for html in rendered {
            #expect(!html.contains("<base"), "\(html)")
            #expect(!html.contains("'<"), "\(html)")
            #expect(html.contains(Self.escaped), "\(html)")
        }
    }

    @Test func aUnitNamedLikeMarkupAddsNoElementToItsPage() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let browser = try await app.signedIn(as: "adv@example.org", .advisor, in: organisation)
            let name = #"Noord"><meta http-equiv="refresh" content="0;url=https:evil.example">"#
            #expect(
                try await browser.post(Route.units(organisation).path, ["name": name, "code": #"N"><base href="https:evil.example">"#])
                    .status == .created)
            let unit = try #require(try await Unit.query(on: app.db).filter(\.$code == #"N"><base href="https:evil.example">"#).first())
            let page = try await browser.get(Route.unit(organisation, unit: unit.requireID()).path)
            #expect(page.status == .ok)
            #expect(!page.body.contains("<meta http-equiv"))
            #expect(!page.body.contains("<base"))
            #expect(page.body.contains("Noord&quot;&gt;&lt;meta"))
        }
    }

    @Test func noSourceBuildsAnAttributeByHandPastTheEscape() throws {
        let files = try appSources()
        #expect(files.count > 50)
        let offenders = files.filter { $0.name != "EscapedAttributes.swift" && $0.text.contains("Attribute(name:") }.map(\.name)
        #expect(offenders.isEmpty, "\(offenders)")
    }
}
