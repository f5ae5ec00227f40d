import Foundation
import Plot
import VeerkrachtCore

/// What an uploaded file would change, or every reason it cannot be taken in.
struct ImportPreviewPage: PageInOrganisation {
    enum Content: Sendable {
        case problems([ImportIssue])
        case plan(ImportPlan, unitPaths: [UUID: String])
        case applied(created: Int, changed: Int, archived: Int)
    }

    /// Long lists are cut on screen; the counts are always complete.
    static let listLimit = 200

    let organisationID: UUID
    let uploadID: UUID
    let fileName: String
    let fullImport: Bool
    let content: Content

    func title(_ strings: any Strings) -> String { strings.importPreviewTitle(fileName: fileName) }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        switch content {
        case .problems(let issues): problems(issues, context.strings)
        case .plan(let plan, let paths): preview(plan, paths, context)
        case .applied(let created, let changed, let archived):
            .group(
                Forms.notice(context.strings.importApplied(created: created, changed: changed, archived: archived), kind: .success),
                .p(.a(.href(Route.people(organisationID).path), .text(context.strings.peopleTitle)))
            )
        }
    }

    private func problems(_ issues: [ImportIssue], _ s: any Strings) -> Node<HTML.BodyContext> {
        .group(
            Forms.notice(s.importRejected(problems: issues.count)),
            .div(
                .class("scroll"),
                .table(
                    .class("problems"),
                    .caption(.text(s.importProblemsCaption)),
                    .thead(.tr(.th(.text(s.lineHeading)), .th(.text(s.columnHeading)), .th(.text(s.problemHeading)))),
                    .tbody(
                        .forEach(issues) { issue in
                            .tr(
                                .td(.class("number"), .text("\(issue.line)")), .td(.text(issue.column ?? "")),
                                .td(.text(s.importProblem(issue.problem))))
                        })
                )),
            .p(.a(.href(Route.peopleImport(organisationID).path), .text(s.importTryAgain)))
        )
    }

    private func preview(_ plan: ImportPlan, _ paths: [UUID: String], _ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let unit: (UUID?) -> String = { $0.flatMap { paths[$0] } ?? "—" }
        return .group(
            .ul(
                .class("summary"),
                .li(.text(s.importWillCreate(plan.creates.count))),
                .li(.text(s.importWillUpdate(plan.updates.count))),
                .li(.text(s.importWillMove(plan.moves.count))),
                .li(.text(s.importWillArchive(plan.archives.count))),
                .li(.text(s.importUnchanged(plan.unchangedCount)))),
            .p(.class("muted"), .text(fullImport ? s.importFullHint : s.importPartialHint)),
            .if(!plan.ignoredHeaders.isEmpty, Forms.notice(s.importIgnoredColumns(plan.ignoredHeaders), kind: .info)),
            section(s.importCreatesHeading, plan.creates.map { ($0.record.externalID, unit($0.record.unitID)) }, s),
            section(
                s.importMovesHeading, plan.moves.map { ($0.before.externalID, "\(unit($0.before.unitID)) → \(unit($0.after.unitID))") }, s),
            section(s.importUpdatesHeading, plan.updates.map { ($0.before.externalID, unit($0.after.unitID)) }, s),
            section(s.importArchivesHeading, plan.archives.map { ($0.record.externalID, unit($0.record.unitID)) }, s),
            .if(
                plan.changesAnything,
                .form(
                    .method(.post), .action(Route.peopleImportApply(organisationID, upload: uploadID).path),
                    Forms.csrf(context),
                    Forms.submit(s.importApplySubmit)
                ), else: .p(.text(s.importNothingToDo)))
        )
    }

    private func section(_ heading: String, _ rows: [(String, String)], _ s: any Strings) -> Node<HTML.BodyContext> {
        guard !rows.isEmpty else { return .empty }
        return .details(
            .summary(.text("\(heading) (\(rows.count))")),
            .table(
                .thead(.tr(.th(.text(PersonColumn.externalID.rawValue)), .th(.text(s.unitLabel)))),
                .tbody(.forEach(rows.prefix(Self.listLimit)) { .tr(.td(.text($0.0)), .td(.text($0.1))) })
            ),
            .if(rows.count > Self.listLimit, .p(.class("muted"), .text(s.andMore(rows.count - Self.listLimit))))
        )
    }
}

extension ImportPreviewPage {
    func breadcrumbs(_ strings: any Strings) -> [Breadcrumb] {
        [
            Breadcrumb(label: strings.peopleTitle, path: Route.people(organisationID).path),
            Breadcrumb(label: strings.importTitle, path: Route.peopleImport(organisationID).path),
            Breadcrumb(label: title(strings), path: nil)
        ]
    }
}
