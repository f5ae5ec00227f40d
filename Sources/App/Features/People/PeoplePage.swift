import Foundation
import Plot
import VeerkrachtCore

/// The people of an organisation, a page at a time.
struct PeoplePage: PageInOrganisation {
    struct Row: Sendable {
        let externalID: String
        let email: String?
        let unitPath: String?
        let birthYear: Int?
        let gender: Gender?
        let startDate: String?
        let level: String?
        let isArchived: Bool
    }

    /// What a manager or viewer sees instead of the list: active people per unit, sub-units included.
    struct UnitCount: Sendable {
        let name: String
        let depth: Int
        let people: Int
    }

    static let pageSize = 100

    static func pageCount(total: Int) -> Int { max(1, (total + pageSize - 1) / pageSize) }

    let organisationID: UUID
    let rows: [Row]
    let total: Int
    let pageNumber: Int
    let canImport: Bool
    var unitCounts: [UnitCount]?
    var search: PeopleSearch?
    /// How many people the search found (all of them without a search).
    var found: Int?
    var tree: UnitTree?
    var notice: String?
    var error: String?

    func title(_ strings: any Strings) -> String { strings.peopleTitle }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let org = organisationID
        let pages = Self.pageCount(total: found ?? total)
        let keep = search?.queryString ?? ""
        if let unitCounts { return counts(unitCounts, context) }
        return .group(
            Forms.notice(notice, kind: .success),
            Forms.notice(error),
            .p(
                .text(s.peopleCount(total)),
                .if(canImport, .group(.text(" · "), .a(.href(Route.peopleImport(org).path), .text(s.importTitle))))),
            searchForm(context),
            .if(search.map { !$0.isEmpty } ?? false, .p(.attribute(named: "role", value: "status"), .text(s.peopleFound(found ?? 0)))),
            .if(
                rows.isEmpty, .p(.text(s.peopleEmpty)),
                else: .div(
                    .class("scroll"),
                    .table(
                        .thead(
                            .tr(
                                .th(.text(PersonColumn.externalID.rawValue)), .th(.text(s.emailLabel)), .th(.text(s.unitLabel)),
                                .th(.text(s.birthYearLabel)), .th(.text(s.genderLabel)), .th(.text(s.startDateLabel)),
                                .th(.text(s.levelLabel)), .th(.text(s.statusHeading)))),
                        .tbody(
                            .forEach(rows) { row in
                                .tr(
                                    .class(row.isArchived ? "archived" : ""),
                                    .td(.text(row.externalID)), .td(.text(row.email ?? "")), .td(.text(row.unitPath ?? "")),
                                    .td(.text(row.birthYear.map(String.init) ?? "")), .td(.text(row.gender.map(s.genderName) ?? "")),
                                    .td(.text(row.startDate.flatMap(CalendarDate.init(parsing:)).map(s.day) ?? "")),
                                    .td(.text(row.level ?? "")),
                                    .td(.text(row.isArchived ? s.archived : s.active)))
                            })
                    ))),
            .if(
                pages > 1,
                .nav(
                    .class("pager"), .attribute(named: "aria-label", value: s.pagesLabel),
                    .if(pageNumber > 1, .a(.href(Route.people(org).path + "?page=\(pageNumber - 1)\(keep)"), .text(s.previousPage))),
                    .span(.text(s.pageOf(pageNumber, pages))),
                    .if(pageNumber < pages, .a(.href(Route.people(org).path + "?page=\(pageNumber + 1)\(keep)"), .text(s.nextPage)))
                )),
            .if(canImport, eraseForm(org, context))
        )
    }

    /// Search by id, e-mail or unit path, and narrow to a unit (full paths, so two teams
    /// called Noord are told apart). A GET form: the result can be bookmarked and paged.
    private func searchForm(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .form(
            .class("filter"), .method(.get), .action(Route.people(organisationID).path),
            .attribute(named: "role", value: "search"),
            Forms.field("q", label: s.peopleSearchLabel, type: .search, value: search?.text ?? "", hint: s.peopleSearchHint),
            Forms.unitSelect(
                "unit", label: s.unitLabel, units: UnitChoices(tree: tree ?? UnitTree([])), topLabel: s.allUnits,
                selected: search?.unit?.uuidString ?? ""),
            Forms.submit(s.searchSubmit))
    }

    /// Erasing is rare and final: it sits at the bottom and asks for the id and a tick.
    private func eraseForm(_ org: UUID, _ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .group(
            .h2(.text(s.eraseHeading)),
            .p(.class("hint"), .text(s.eraseExplanation)),
            .form(
                .method(.post), .action(Route.peopleErase(org).path),
                Forms.csrf(context),
                Forms.field("external_id", label: PersonColumn.externalID.rawValue, required: true),
                Forms.confirmation(s.eraseConfirmation),
                .button(.type(.submit), .class("secondary"), .text(s.eraseSubmit))
            )
        )
    }

    private func counts(_ units: [UnitCount], _ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .group(
            .p(.text(s.peopleCount(total))),
            .if(
                !units.isEmpty,
                .table(
                    .thead(.tr(.th(.text(s.unitLabel)), .th(.class("number"), .text(s.peopleTitle)))),
                    .tbody(
                        .forEach(units) { unit in
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .class("depth-\(min(unit.depth, 8))"), .text(unit.name)),
                                .td(.class("number"), .text(String(unit.people))))
                        })
                ))
        )
    }
}

extension PeoplePage {
    var isWide: Bool { true }
}
