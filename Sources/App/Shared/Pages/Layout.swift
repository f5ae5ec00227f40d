import Foundation
import Plot
import Vapor
import VeerkrachtCore

/// The frame of every page: header with the organisation switcher, language switch and
/// sign-out, the page itself, and a footer.
enum Layout {
    static func render(_ page: some Page, context: PageContext) -> String {
        frame(main(page, context: context), context: context)
    }

    /// The page's own part: breadcrumbs, heading and body, which depend on the page and the
    /// language only, so a page every reader sees alike can keep it (`KeptPages`).
    static func main(_ page: some Page, context: PageContext) -> RenderedMain {
        let s = context.strings
        let title = page.title(s)
        let html = Node<HTML.BodyContext>.group(
            Navigation.breadcrumbs(page.breadcrumbs(s), strings: s),
            .h1(.text(title)), page.body(context)
        ).render()
        return RenderedMain(title: title, html: html, isWide: page.isWide, organisationID: page.frameOrganisationID)
    }

    /// The frame around a page's own part: the header for the reader, and the footer.
    static func frame(_ main: RenderedMain, context: PageContext) -> String {
        let halves = frameHalves(main, context: context)
        return halves.before + main.html + halves.after
    }

    /// The frame in two halves, everything before the page's own part and everything after it.
    /// Plot copies a raw child once per element around it (`main`, `body`, `html`, the document),
    /// which was a fifth of a large kept page (perf, the heatmap at 100,000 respondents); the
    /// frame is small, so it is rendered around a stand-in and the part goes between the halves.
    static func frameHalves(_ main: RenderedMain, context: PageContext) -> (before: Substring, after: Substring) {
        KeptFrames.halves(main, context: context) { renderHalves(main, context: context) }
    }

    private static func renderHalves(_ main: RenderedMain, context: PageContext) -> (before: Substring, after: Substring) {
        let s = context.strings
        let html = HTML(
            .attribute(named: "lang", value: context.language.rawValue),
            head(title: main.title),
            .body(
                .a(.class("skip"), .href("#main"), .text(s.skipToContent)),
                header(context),
                places(context),
                .main(.id("main"), .if(main.isWide, .class("wide")), .raw(mainStandIn)),
                .footer(.p(.text(s.footer(version: VeerkrachtVersion.current))))
            )
        ).render()
        // Everything else in the frame is escaped text, so the stand-in is found where it was put.
        guard let at = html.range(of: mainStandIn) else { return (html[...], "") }
        return (html[..<at.lowerBound], html[at.upperBound...])
    }

    /// Random per process and never sent, like the form token's stand-in.
    private static let mainStandIn = "kept-main-" + SecureToken.generate()

    /// The head every page shares; `extra` adds page-specific meta elements.
    static func head(title: String, extra: Node<HTML.HeadContext> = .empty) -> Node<HTML.DocumentContext> {
        .head(
            .meta(.charset(.utf8)),
            .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
            extra,
            .title("\(title) · Veerkracht"),
            .link(.rel(.stylesheet), .href(Route.stylesheet.path))
        )
    }

    /// A button per language, the current one pressed; the form around them says where to.
    static func languageButtons(_ languages: [VeerkrachtCore.Language], current: VeerkrachtCore.Language) -> Node<HTML.FormContext> {
        .forEach(languages) { language in
            .button(
                .type(.submit), .name("language"), .value(language.rawValue),
                .attribute(named: "lang", value: language.rawValue),
                .if(language == current, .attribute(named: "aria-pressed", value: "true")),
                .text(language.strings.languageName))
        }
    }

    /// A rendered page as a response that no cache keeps.
    static func response(html: String, status: HTTPResponseStatus) -> Response {
        response(body: ByteBuffer(string: html), status: status)
    }

    static func response(body: ByteBuffer, status: HTTPResponseStatus) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(buffer: body))
    }

    private static func header(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .header(
            .class("site"),
            .a(.class("brand"), .href(Route.home.path), .text("Veerkracht")),
            .nav(
                .attribute(named: "aria-label", value: s.mainNavigation),
                .unwrap(context.user) { user in
                    .group(
                        organisationSwitcher(user, context),
                        .if(user.isAdmin, .a(.href(Route.adminOrganisations.path), .text(s.administration))),
                        .a(.href(Route.accountPassword.path), .text(s.accountLink))
                    )
                },
                languageSwitch(context),
                .unwrap(context.user) { user in
                    .form(
                        .class("inline"), .method(.post), .action(Route.signOut.path),
                        Forms.csrf(context),
                        .button(.type(.submit), .text(s.signOut(email: user.email))))
                }
            )
        )
    }

    /// The organisation's places, for a member of the organisation the page belongs to.
    private static func places(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard let organisation = context.organisationID,
            let membership = context.user?.organisations.first(where: { $0.organisationID == organisation })
        else { return .empty }
        return Navigation.places(organisation: organisation, role: membership.role, path: context.path, strings: context.strings)
    }

    private static func organisationSwitcher(_ user: SignedInUser, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard !user.organisations.isEmpty else { return .empty }
        let current = user.organisations.first { $0.organisationID == context.organisationID }
        return .details(
            .class("switcher"),
            .summary(.text(current?.name ?? context.strings.chooseOrganisation)),
            .ul(
                .forEach(user.organisations) { membership in
                    .li(
                        .a(
                            .href(Route.organisation(membership.organisationID).path),
                            .if(membership.organisationID == context.organisationID, .attribute(named: "aria-current", value: "page")),
                            .text(membership.name)))
                })
        )
    }

    private static func languageSwitch(_ context: PageContext) -> Node<HTML.BodyContext> {
        .form(
            .class("inline"), .method(.post), .action(Route.language.path),
            Forms.csrf(context),
            .input(.type(.hidden), .name("return"), .value(context.path)),
            languageButtons(VeerkrachtCore.Language.allCases, current: context.language)
        )
    }
}
