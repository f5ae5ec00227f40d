import Foundation
import Plot
import VeerkrachtCore

/// The waves of an organisation, newest first.
struct WavesPage: PageInOrganisation {
    let organisationID: UUID
    let waves: [WaveSummary]
    let canEdit: Bool
    let now: Date
    /// The organisation's minimum weeks between waves for the same people (`SurveyGap`).
    var gapWeeks = SurveyGap.defaultWeeks
    var notice: String?

    func title(_ strings: any Strings) -> String { strings.wavesTitle }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let id = organisationID
        return .group(
            Forms.notice(notice, kind: .success),
            .if(canEdit, .p(.a(.class("button"), .href(Route.waveNew(id).path), .text(s.waveNewTitle)))),
            .if(
                waves.isEmpty, .p(.text(s.wavesEmpty)),
                else: .table(
                    .thead(
                        .tr(.th(.text(s.nameLabel)), .th(.text(s.instrumentsLabel)), .th(.text(s.periodLabel)), .th(.text(s.statusHeading)))
                    ),
                    .tbody(
                        .forEach(waves) { wave in
                            .tr(
                                .td(.a(.href(Route.wave(id, wave: wave.id).path), .text(wave.name))),
                                .td(
                                    .text(wave.instruments.map { $0.name(context.language) }.joined(separator: ", ")),
                                    .if(wave.isPulse, .span(.class("tag"), .text(" (\(s.pulseMark))")))),
                                .td(.text(s.period(wave.lifecycle.opensAt, wave.lifecycle.closesAt, in: wave.timeZone))),
                                .td(.text(s.wavePhase(wave.lifecycle.phase(at: now))))
                            )
                        })
                )),
            .if(canEdit, gapForm(context))
        )
    }

    private func gapForm(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .section(
            .id("survey-gap"),
            .h2(.text(s.gapHeading)),
            .form(
                .method(.post), .action(Route.surveyGap(organisationID).path), Forms.csrf(context),
                Forms.field("weeks", label: s.gapLabel, type: .number, value: "\(gapWeeks)", required: true, hint: s.gapHint),
                .button(.type(.submit), .class("secondary"), .text(s.gapSubmit))))
    }
}
