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
            // Personal links must not end up in search engines.
            Layout.head(title: title, extra: .meta(.name("robots"), .content("noindex"))),
            .body(
                .class("survey"),
                .a(.class("skip"), .href("#main"), .text(s.skipToContent)),
                .header(.class("site"), .span(.class("brand"), .text("Veerkracht")), languageSwitch(frame)),
                .main(.id("main"), .h1(.text(title)), page.body(s, language: frame.language)),
                .footer(.p(.text(s.surveyFooter)))
            )
        ).render()
        return Layout.response(html: html, status: status)
    }

    private static func languageSwitch(_ frame: SurveyFrame) -> Node<HTML.BodyContext> {
        guard let token = frame.token, frame.languages.count > 1 else { return .empty }
        return .form(
            .class("inline"), .method(.post), .action(Route.surveyLanguage(token: token).path),
            .input(.type(.hidden), .name("return"), .value(frame.path)),
            Layout.languageButtons(frame.languages, current: frame.language)
        )
    }
}
