import Foundation
import Plot

/// One field for the code from a slip, large enough to type on a phone or a shared tablet.
struct CodeEntryPage: Page {
    var error: String?
    /// On a shared device: what it is for.
    var kiosk: String?

    func title(_ strings: any Strings) -> String { strings.codeEntryTitle }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .group(
            Forms.notice(kiosk, kind: .info),
            .p(.text(s.codeEntryIntro)),
            Forms.notice(error),
            .form(
                .method(.post), .action(Route.codeEntry.path), .class("code-entry"),
                Forms.csrf(context),
                Forms.field(
                    "code", label: s.codeEntryLabel, required: true, autocomplete: "off", hint: s.codeEntryHint,
                    error: nil),
                Forms.submit(s.codeEntrySubmit)
            )
        )
    }
}
