import Foundation
import Plot

struct ErrorPage: Page {
    let status: UInt
    let message: String

    func title(_ strings: any Strings) -> String { strings.errorTitle(status: Int(status)) }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .p(.text(message)),
            .p(.a(.href(Route.home.path), .text(context.strings.backHome)))
        )
    }
}
