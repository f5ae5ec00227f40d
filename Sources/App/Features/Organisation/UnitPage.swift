import Foundation
import Plot
import VeerkrachtCore

/// One unit: rename it, move it, archive or restore it.
struct UnitPage: PageInOrganisation {
    let organisationID: UUID
    let unit: UnitNode
    let tree: UnitTree
    let activePeople: Int
    let canEdit: Bool
    var name: String
    var code: String
    var error: String?
    /// A refused rename or move, shown at its field.
    var problem: FieldProblem?

    func title(_ strings: any Strings) -> String { unit.name }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let org = organisationID
        return .group(
            .p(.class("muted"), .text(tree.path(of: unit.id))),
            .p(.text(s.peopleCount(activePeople)), .text(unit.isArchived ? " · " + s.archived : "")),
            .p(.a(.href(Route.units(org).path), .text(s.backToUnits))),
            Forms.notice(error ?? problem?.message),
            .if(
                canEdit && !unit.isArchived,
                .group(
                    .h2(.text(s.unitRenameHeading)),
                    .form(
                        .method(.post), .action(Route.unitRename(org, unit: unit.id).path),
                        Forms.csrf(context),
                        Forms.field(
                            "name", label: s.nameLabel, value: name, required: true, error: FieldProblem.message(problem, for: "name")),
                        Forms.field(
                            "code", label: s.codeLabel, value: code, hint: s.unitCodeHint, error: FieldProblem.message(problem, for: "code")
                        ),
                        Forms.submit(s.save)),
                    .h2(.text(s.unitMoveHeading)),
                    .form(
                        .method(.post), .action(Route.unitMove(org, unit: unit.id).path),
                        Forms.csrf(context),
                        Forms.unitSelect(
                            "parent", label: s.parentLabel, units: UnitChoices(tree: tree, excluding: unit.id), topLabel: s.topLevel,
                            selected: unit.parentID?.uuidString ?? "", error: FieldProblem.message(problem, for: "parent")),
                        Forms.submit(s.unitMoveSubmit)),
                    .h2(.text(s.unitArchiveHeading)),
                    .p(.text(s.unitArchiveHint)),
                    .form(
                        .method(.post), .action(Route.unitArchive(org, unit: unit.id).path),
                        Forms.csrf(context),
                        Forms.submit(s.unitArchiveSubmit))
                )),
            .if(
                canEdit && unit.isArchived,
                .form(
                    .method(.post), .action(Route.unitRestore(org, unit: unit.id).path),
                    Forms.csrf(context),
                    Forms.submit(s.unitRestoreSubmit)
                ))
        )
    }
}

extension UnitPage {
    func breadcrumbs(_ strings: any Strings) -> [Breadcrumb] {
        [Breadcrumb(label: strings.unitsTitle, path: Route.units(organisationID).path), Breadcrumb(label: unit.name, path: nil)]
    }
}
