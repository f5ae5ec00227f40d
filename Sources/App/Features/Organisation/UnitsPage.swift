import Foundation
import Plot
import VeerkrachtCore

/// The tree of units, indented, with a form to add one.
struct UnitsPage: PageInOrganisation {
    let organisationID: UUID
    let tree: UnitTree
    let peopleByUnit: [UUID: Int]
    let canEdit: Bool
    var form = UnitForm()
    var problem: FieldProblem?
    var notice: String?

    struct UnitForm: Sendable {
        var name = ""
        var code = ""
        var parent = ""
    }

    func title(_ strings: any Strings) -> String { strings.unitsTitle }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let rows = tree.flattened()
        return .group(
            Forms.notice(notice, kind: .success),
            .if(
                rows.isEmpty, .p(.text(s.unitsEmpty)),
                else: .table(
                    .class("tree"),
                    .thead(.tr(.th(.text(s.nameLabel)), .th(.text(s.codeLabel)), .th(.text(s.peopleTitle)), .th(.text(s.statusHeading)))),
                    .tbody(
                        .forEach(rows) { row in
                            .tr(
                                .class(row.node.isArchived ? "archived" : ""),
                                // A class per depth: the content security policy forbids inline styles.
                                .td(
                                    .class("depth-\(min(row.depth, 8))"),
                                    .a(.href(Route.unit(organisationID, unit: row.node.id).path), .text(row.node.name))),
                                .td(.text(row.node.code ?? "")),
                                .td(.class("number"), .text("\(peopleByUnit[row.node.id] ?? 0)")),
                                .td(.text(row.node.isArchived ? s.archived : s.active))
                            )
                        })
                )),
            .if(
                canEdit,
                .group(
                    .h2(.text(s.unitCreateHeading)),
                    Forms.notice(problem?.message),
                    .form(
                        .method(.post), .action(Route.units(organisationID).path),
                        Forms.csrf(context),
                        Forms.field(
                            "name", label: s.nameLabel, value: form.name, required: true, error: FieldProblem.message(problem, for: "name")),
                        Forms.field(
                            "code", label: s.codeLabel, value: form.code, hint: s.unitCodeHint,
                            error: FieldProblem.message(problem, for: "code")),
                        Forms.unitSelect(
                            "parent", label: s.parentLabel, units: UnitChoices(tree: tree), topLabel: s.topLevel,
                            selected: form.parent, error: FieldProblem.message(problem, for: "parent")),
                        Forms.submit(s.unitCreateSubmit)
                    )
                ))
        )
    }
}
