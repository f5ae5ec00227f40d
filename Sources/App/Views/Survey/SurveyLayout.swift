import Foundation
import Plot
import Vapor
import VeerkrachtCore

/// A page for respondents. They have no account and no session: the frame carries only the
/// language switch, which posts to their own link.
protocol SurveyPage: Sendable {
    func title(_ strings: any Strings) -> String
    func body(_ strings: any Strings, language: VeerkrachtCore.Language) -> Node<HTML.BodyContext>
}

struct SurveyFrame: Sendable {
    let language: VeerkrachtCore.Language
    /// The languages the wave offers; empty when the link is unknown.
    let languages: [VeerkrachtCore.Language]
    let token: String?
    let path: String
}

enum SurveyLayout {
    static func response(_ page: some SurveyPage, frame: SurveyFrame, status: HTTPResponseStatus = .ok) -> Response {
        let s = frame.language.strings
        let title = page.title(s)
        let html = HTML(
            .attribute(named: "lang", value: frame.language.rawValue),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // Personal links must not leak to other sites or into search engines.
                .meta(.name("robots"), .content("noindex")),
                .title("\(title) · Veerkracht"),
                .link(.rel(.stylesheet), .href(Route.stylesheet.path))
            ),
            .body(
                .class("survey"),
                .a(.class("skip"), .href("#main"), .text(s.skipToContent)),
                .header(.class("site"), .span(.class("brand"), .text("Veerkracht")), languageSwitch(frame)),
                .main(.id("main"), .h1(.text(title)), page.body(s, language: frame.language)),
                .footer(.p(.text(s.surveyFooter)))
            )
        ).render()
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(string: html))
    }

    private static func languageSwitch(_ frame: SurveyFrame) -> Node<HTML.BodyContext> {
        guard let token = frame.token, frame.languages.count > 1 else { return .empty }
        return .form(
            .class("inline"), .method(.post), .action(Route.surveyLanguage(token: token).path),
            .input(.type(.hidden), .name("return"), .value(frame.path)),
            .forEach(frame.languages) { language in
                .button(.type(.submit), .name("language"), .value(language.rawValue),
                        .attribute(named: "lang", value: language.rawValue),
                        .if(language == frame.language, .attribute(named: "aria-pressed", value: "true")),
                        .text(language.strings.languageName))
            }
        )
    }
}
