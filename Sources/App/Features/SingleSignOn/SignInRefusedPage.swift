import Foundation
import Plot

/// Why a sign-in through an identity provider did not happen, in the person's language, with
/// the code an IT department can look up in the log.
struct SignInRefusedPage: Page {
    let refusal: SignInRefusal
    let providerName: String?

    func title(_ strings: any Strings) -> String { strings.signInRefusedTitle }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .group(
            Forms.notice(s.signInRefusal(refusal.kind, provider: providerName)),
            .p(.small(.text(s.signInRefusalCode(refusal.rawValue)))),
            .p(.a(.class("button"), .href(Route.signIn.path), .text(s.backToSignIn)))
        )
    }
}
