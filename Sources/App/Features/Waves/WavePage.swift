import Foundation
import Plot
import VeerkrachtCore

/// One wave: its settings, what an advisor can do next, and the response rate per unit.
struct WavePage: PageInOrganisation {
    let organisationID: UUID
    let wave: WaveSummary
    let tree: UnitTree
    let rates: ResponseRates
    let canEdit: Bool
    let now: Date
    let outbox: Outbox.Status?
    var notice: String?
    var error: String?

    func title(_ strings: any Strings) -> String { wave.name }

    private var hasProfiles: Bool { wave.instruments.contains { $0.id == LearningPreferenceScan.version1.id } }
    /// Team mixes are for managers and advisors.
    var canSeeTeams = false
    /// The action it follows up, the rhythm it runs in, or the rhythm it can be given.
    var pulse: WavePulseSection?

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let status = wave.lifecycle.effectiveStatus(at: now)
        return .group(
            Forms.notice(notice, kind: .success),
            Forms.notice(error),
            .dl(
                .class("facts"),
                .dt(.text(s.statusHeading)), .dd(.text(s.wavePhase(wave.lifecycle.phase(at: now)))),
                .dt(.text(s.instrumentsLabel)),
                .dd(
                    .text(
                        wave.references.compactMap { reference in
                            InstrumentCatalog.instrument(reference: reference).map { "\($0.name(context.language)) (\(reference))" }
                        }.joined(separator: ", "))),
                .dt(.text(s.periodLabel)), .dd(.text(s.period(wave.lifecycle.opensAt, wave.lifecycle.closesAt, in: wave.timeZone))),
                .dt(.text(s.unitsInScopeLabel)), .dd(.text(wave.units.map(tree.path(of:)).joined(separator: "; "))),
                .dt(.text(s.thresholdLabel)), .dd(.text("\(wave.threshold)")),
                .dt(.text(s.languagesLabel)), .dd(.text(wave.languages.map(\.strings.languageName).joined(separator: ", ")))
            ),
            .if(
                status != .draft,
                .p(
                    .a(.href(Route.waveResults(organisationID, wave: wave.id).path), .text(s.resultsTitle)),
                    .if(
                        hasProfiles,
                        .group(
                            .if(
                                canSeeTeams,
                                .group(.text(" · "), .a(.href(Route.teamMix(organisationID, wave: wave.id).path), .text(s.teamMixLink)))),
                            .text(" · "), .a(.href(Route.waveDiversity(organisationID, wave: wave.id).path), .text(s.diversityTitle))
                        ))
                )),
            .unwrap(pulse) { $0.node(context, isDraft: status == .draft) },
            .if(canEdit, actions(context, status: status)),
            .if(status != .draft, responseRates(context))
        )
    }

    private func actions(_ context: PageContext, status: WaveLifecycle.Status) -> Node<HTML.BodyContext> {
        let s = context.strings
        let org = organisationID
        func button(_ route: Route, _ title: String, secondary: Bool = false) -> Node<HTML.BodyContext> {
            .form(
                .class("inline"), .method(.post), .action(route.path), Forms.csrf(context),
                .button(.type(.submit), .if(secondary, .class("secondary")), .text(title)))
        }
        let canReopen = status == .closed && now < wave.lifecycle.closesAt
        return .div(
            .class("actions"),
            .if(status == .draft, .group(.p(.text(s.waveOpenExplained)), button(.waveOpen(org, wave: wave.id), s.waveOpenSubmit))),
            .p(
                .a(.href(Route.waveEdit(org, wave: wave.id).path), .text(s.waveEditLink)), .text(" · "),
                .a(.href(Route.wavePreview(org, wave: wave.id).path), .text(s.previewLink))),
            .if(
                status == .open,
                .form(
                    .class("inline"), .method(.post), .action(Route.waveClose(org, wave: wave.id).path), Forms.csrf(context),
                    Forms.confirmation(s.waveCloseConfirmation),
                    .button(.type(.submit), .class("secondary"), .text(s.waveCloseSubmit)))),
            .if(canReopen, button(.waveReopen(org, wave: wave.id), s.waveReopenSubmit)),
            .if(status != .closed, liveResults(context)),
            .if(
                status != .draft,
                .p(
                    .a(.href(Route.waveLinks(org, wave: wave.id).path), .text(s.downloadLinks)), .text(" · "),
                    .a(.href(Route.waveReminders(org, wave: wave.id).path), .text(s.downloadReminders))
                )),
            .if(status != .draft, .p(.class("hint"), .text(s.linksAreSecret))),
            .if(status != .draft, slipsForm(context)),
            .if(status == .open, kioskForm(context)),
            .unwrap(outbox) { outbox in
                .if(
                    status == .open,
                    .group(
                        .p(.text(s.mailStatus(waiting: outbox.waiting, sent: outbox.sent, failing: outbox.failing))),
                        .unwrap(outbox.lastError) { .p(.class("hint"), .text(s.mailLastError($0))) },
                        button(.waveMailInvitations(org, wave: wave.id), s.mailInvitationsSubmit),
                        button(.waveMailReminders(org, wave: wave.id), s.mailRemindersSubmit)
                    ))
            }
        )
    }

    /// Every unit by its full path, for the slips and the shared device.
    private var unitChoices: [(value: String, label: String)] {
        tree.flattened(includeArchived: false).map { ($0.node.id.uuidString, tree.path(of: $0.node.id)) }
    }

    /// Slips with printed codes for a unit, as a PDF: a GET form, since it only downloads.
    private func slipsForm(_ context: PageContext) -> Node<HTML.BodyContext> {
        // A block of its own in the flexible row of actions, so a long unit path cannot widen the page.
        let s = context.strings
        return .div(
            .class("slips"),
            .h2(.text(s.slipsHeading)),
            .p(.class("hint"), .text(s.slipsHint)),
            .form(
                .method(.get), .action(Route.waveSlips(organisationID, wave: wave.id).path),
                Forms.select("unit", label: s.slipsUnitLabel, options: [("", s.slipsAllUnits)] + unitChoices, selected: ""),
                .div(
                    .class("field check"),
                    .label(.input(.type(.checkbox), .name("unfinished"), .value("1")), .text(" " + s.slipsUnfinishedLabel))),
                Forms.submit(s.slipsSubmit)
            )
        )
    }

    /// Turning this browser into a shared device for the wave, and a unit.
    private func kioskForm(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .div(
            .class("slips"),
            .h2(.text(s.kioskHeading)),
            .p(.class("hint"), .text(s.kioskHint)),
            .form(
                .method(.post), .action(Route.waveKiosk(organisationID, wave: wave.id).path),
                Forms.csrf(context),
                Forms.select(
                    "unit", label: s.slipsUnitLabel, options: [("", s.slipsAllUnits)] + unitChoices, selected: "", id: "field-kiosk-unit"),
                .button(.type(.submit), .class("secondary"), .text(s.kioskSubmit))
            )
        )
    }

    /// Whether results show before the wave closes, and the switch.
    private func liveResults(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .form(
            .class("inline"), .method(.post), .action(Route.waveLiveResults(organisationID, wave: wave.id).path), Forms.csrf(context),
            .input(.type(.hidden), .name("live"), .value(wave.liveResults ? "0" : "1")),
            .p(.class("hint"), .text(s.liveResultsExplained(wave.liveResults, threshold: wave.threshold))),
            .button(.type(.submit), .class("secondary"), .text(s.liveResultsToggle(wave.liveResults))))
    }

    private func responseRates(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let rows = tree.flattened().filter { rates.units[$0.node.id] != nil }
        return .group(
            .h2(.text(s.responseRateTitle)),
            .p(.class("hint"), .text(s.responseRateExplained(threshold: wave.threshold))),
            .table(
                .thead(
                    .tr(
                        .th(.text(s.unitLabel)), .th(.class("number"), .text(s.invitedLabel)),
                        .th(.class("number"), .text(s.startedLabel)), .th(.class("number"), .text(s.completedLabel)),
                        .th(.class("number"), .text(s.responseRateLabel)))),
                .tbody(
                    .forEach(rows) { row in
                        rateRow(
                            .td(.class("depth-\(min(row.depth, 8))"), .text(row.node.name)),
                            rates.units[row.node.id] ?? .belowThreshold, context)
                    },
                    rateRow(.th(.attribute(named: "scope", value: "row"), .text(s.totalLabel)), rates.total, context)
                )
            )
        )
    }

    private func rateRow(_ label: Node<HTML.TableRowContext>, _ shown: ResponseRate.Shown, _ context: PageContext) -> Node<
        HTML.TableContext
    > {
        switch shown {
        case .belowThreshold:
            return .tr(label, .td(.attribute(named: "colspan", value: "4"), .class("suppressed"), .text(context.strings.belowThreshold)))
        case .invitedOnly(let invited):
            return .tr(
                label, .td(.class("number"), .text("\(invited)")),
                .td(.attribute(named: "colspan", value: "3"), .class("suppressed"), .text(context.strings.belowThreshold)))
        case .counts(let counts):
            return .tr(
                label, .td(.class("number"), .text("\(counts.invited)")), .td(.class("number"), .text("\(counts.started)")),
                .td(.class("number"), .text("\(counts.completed)")),
                .td(.class("number"), .text(context.strings.percentage(counts.completedShare))))
        }
    }
}

extension WavePage {
    func breadcrumbs(_ strings: any Strings) -> [Breadcrumb] {
        [Breadcrumb(label: strings.wavesTitle, path: Route.waves(organisationID).path), Breadcrumb(label: wave.name, path: nil)]
    }
}

extension WaveSummary {
    /// The way to a page below this wave: the waves, the wave, and (for pages below the
    /// results) the results; the page itself comes last.
    func breadcrumbs(organisation: UUID, belowResults: Bool = false, page: String, _ s: any Strings) -> [Breadcrumb] {
        [
            Breadcrumb(label: s.wavesTitle, path: Route.waves(organisation).path),
            Breadcrumb(label: name, path: Route.wave(organisation, wave: id).path)
        ] + (belowResults ? [Breadcrumb(label: s.resultsTitle, path: Route.waveResults(organisation, wave: id).path)] : [])
            + [Breadcrumb(label: page, path: nil)]
    }
}
