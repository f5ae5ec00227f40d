import Foundation
import Plot
import Vapor
import VeerkrachtCore

/// What every page knows of its request, gathered once by `Request.page(_:)`.
struct PageContext: Sendable {
    let language: VeerkrachtCore.Language
    let strings: any Strings
    let user: SignedInUser?
    /// The organisation the page belongs to, for the header's switcher.
    let organisationID: UUID?
    let csrfToken: String
    let path: String
}

/// A page: its values, its title and its body. The layout around it is shared.
protocol Page: Sendable {
    /// Which organisation the page belongs to, if any; the header marks it.
    var frameOrganisationID: UUID? { get }
    func title(_ strings: any Strings) -> String
    func body(_ context: PageContext) -> Node<HTML.BodyContext>
    /// The way from the organisation's places to a deep page, ending with the page itself.
    func breadcrumbs(_ strings: any Strings) -> [Breadcrumb]
    /// A data page (tables, heatmaps) uses the screen's full width.
    var isWide: Bool { get }
}

extension Page {
    var frameOrganisationID: UUID? { nil }
    func breadcrumbs(_ strings: any Strings) -> [Breadcrumb] { [] }
    var isWide: Bool { false }
}

/// A page inside one organisation: it always knows which, so its links need no unwrapping.
protocol PageInOrganisation: Page {
    var organisationID: UUID { get }
}

extension PageInOrganisation {
    var frameOrganisationID: UUID? { organisationID }
}

extension Request {
    var strings: any Strings { language.strings }

    func page(_ page: some Page, status: HTTPResponseStatus = .ok) -> Response {
        Layout.response(html: Layout.render(page, context: pageContext(organisationID: page.frameOrganisationID)), status: status)
    }

    func pageContext(organisationID: UUID?) -> PageContext {
        PageContext(
            language: language, strings: strings, user: signedInUser, organisationID: organisationID,
            csrfToken: csrfToken, path: url.path)
    }
}

extension VeerkrachtCore.Language {
    var strings: any Strings {
        switch self {
        case .nl: Dutch()
        case .en: English()
        }
    }
}
