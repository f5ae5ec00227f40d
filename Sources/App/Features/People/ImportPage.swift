import Foundation
import Plot
import VeerkrachtCore

/// The upload form for a people import, with what the file should look like.
struct ImportPage: PageInOrganisation {
    let organisationID: UUID
    var error: String?

    func title(_ strings: any Strings) -> String { strings.importTitle }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .group(
            .p(.text(s.importIntro)),
            .table(
                .caption(.text(s.importColumnsCaption)),
                .thead(.tr(.th(.text(s.columnHeading)), .th(.text(s.alsoUnderstoodHeading)), .th(.text(s.meaningHeading)))),
                .tbody(
                    .forEach(PersonColumn.allCases) { column in
                        .tr(
                            .td(.code(.text(column.rawValue))), .td(.text(column.aliases.joined(separator: ", "))),
                            .td(.text(s.columnMeaning(column))))
                    })
            ),
            .p(.class("hint"), .text(s.importFormatHint)),
            .p(
                .text(s.templateIntro + " "),
                .a(
                    .href(Route.peopleTemplate(organisationID).path + "?language=nl"), .attribute(named: "hreflang", value: "nl"),
                    .text(s.templateLink(.nl))),
                .text(" · "),
                .a(
                    .href(Route.peopleTemplate(organisationID).path + "?language=en"), .attribute(named: "hreflang", value: "en"),
                    .text(s.templateLink(.en)))),
            Forms.notice(error),
            .form(
                .method(.post), .action(Route.peopleImport(organisationID).path), .enctype(.multipartData),
                Forms.csrf(context),
                .div(
                    .class("field"),
                    .label(.for("field-file"), .text(s.importFileLabel)),
                    .input(
                        .id("field-file"), .name("file"), .type(.file), .required(true),
                        .attribute(named: "accept", value: ".csv,text/csv,text/plain"))),
                .div(
                    .class("field check"),
                    .input(.id("field-full"), .name("full"), .type(.checkbox), .value("1")),
                    .label(.for("field-full"), .text(s.importFullLabel))),
                .p(.class("hint"), .text(s.importFullHint)),
                Forms.submit(s.importPreviewSubmit)
            )
        )
    }
}

extension ImportPage {
    func breadcrumbs(_ strings: any Strings) -> [Breadcrumb] {
        [Breadcrumb(label: strings.peopleTitle, path: Route.people(organisationID).path), Breadcrumb(label: strings.importTitle, path: nil)]
    }
}
