import Foundation
import Plot
import VeerkrachtCore

/// A respondent page with a banner above it that says it is a preview, offers the other
/// languages and leads back to the wave.
struct PreviewBanner: Sendable {
    let text: String
    let languages: [(name: String, path: String)]
    let back: String
}

struct PreviewPage<Inner: SurveyPage>: SurveyPage {
    let banner: PreviewBanner
    let page: Inner

    func title(_ strings: any Strings) -> String { page.title(strings) }

    func body(_ s: any Strings, language: VeerkrachtCore.Language) -> Node<HTML.BodyContext> {
        .group(
            .div(
                .class("notice"), .attribute(named: "role", value: "note"),
                .p(.text(banner.text)),
                .p(
                    .group(banner.languages.map { .group(.a(.href($0.path), .text($0.name)), .text(" · ")) }),
                    .a(.href(banner.back), .text(s.backToWave)))),
            page.body(s, language: language)
        )
    }
}
