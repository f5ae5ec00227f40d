import Fluent
import Foundation
import Plot
import Vapor
import VeerkrachtCore

/// What a wave's page says about pulses: the action a pulse follows up, the rhythm a draft run
/// belongs to, or — on an opened full wave — its rhythm and the form to set or stop one.
struct WavePulseSection: Sendable {
    enum Kind: Sendable {
        case actionPulse(conversation: UUID, action: UUID, what: String)
        case run(source: UUID, sourceName: String)
        case source(rhythm: Rhythm?, scales: [(key: String, name: String)])
    }

    let organisationID: UUID
    let wave: WaveSummary
    let kind: Kind
    let canEdit: Bool

    func node(_ context: PageContext, isDraft: Bool) -> Node<HTML.BodyContext> {
        let s = context.strings
        switch kind {
        case .actionPulse(let conversation, let action, let what):
            return .p(
                .class("notice info"), .text("\(s.followUpTitle): "),
                .a(.href(Route.action(organisationID, conversation: conversation, action: action).path), .text(what)))
        case .run(let source, let sourceName):
            return .p(
                .class("notice info"),
                .text(isDraft ? s.rhythmDraftNotice(source: sourceName) : "\(s.rhythmHeading): "),
                .if(!isDraft, .a(.href(Route.wave(organisationID, wave: source).path), .text(sourceName))))
        case .source(let rhythm, let scales):
            guard canEdit else {
                return .unwrap(rhythm) { .p(.class("hint"), .text(s.rhythmActive(every: $0.months, scales: names($0, scales, s)))) }
            }
            return .div(
                .class("slips"), .id("rhythm"),
                .h2(.text(s.rhythmHeading)),
                rhythm.map { rhythm in
                    .group(
                        .p(.text(s.rhythmActive(every: rhythm.months, scales: names(rhythm, scales, s)))),
                        .form(
                            .method(.post), .action(Route.waveRhythmStop(organisationID, wave: wave.id).path), Forms.csrf(context),
                            .button(.type(.submit), .class("secondary"), .text(s.rhythmStop))))
                } ?? form(context, scales))
        }
    }

    private func form(_ context: PageContext, _ scales: [(key: String, name: String)]) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .group(
            .p(.class("hint"), .text(s.rhythmHint)),
            .form(
                .method(.post), .action(Route.waveRhythm(organisationID, wave: wave.id).path), Forms.csrf(context),
                Forms.select(
                    "months", label: s.rhythmMonthsLabel, options: Rhythm.allowedMonths.map { ("\($0)", s.rhythmEvery($0)) },
                    selected: "3", id: "field-rhythm-months"),
                Forms.checkboxes("scales[]", legend: s.rhythmScalesLabel, options: scales.map { ($0.key, $0.name) }, chosen: []),
                .button(.type(.submit), .class("secondary"), .text(s.rhythmSubmit))))
    }

    private func names(_ rhythm: Rhythm, _ scales: [(key: String, name: String)], _ s: any Strings) -> String {
        let asked = Set(
            rhythm.instruments.compactMap(InstrumentCatalog.instrument(reference:)).flatMap { instrument in
                instrument.scales.map { "\(instrument.id)-\($0.code)" }
            })
        return s.list(scales.filter { asked.contains($0.key) }.map(\.name))
    }
}

extension WavePulseSection {
    /// nil for a wave that is no pulse and cannot (yet) get a rhythm.
    static func load(_ req: Request, organisationID: UUID, wave: Wave, canEdit: Bool) async throws -> WavePulseSection? {
        let store = PulseStore(db: req.db, organisationID: organisationID)
        let id = try wave.requireID()
        let summary = WaveSummary(wave)
        if let pulse = try await store.pulse(ofWave: id) {
            if let actionID = pulse.actionID,
                let action = try await ConversationActionRow.query(on: req.db).filter(\.$id == actionID)
                    .filter(\.$organisation.$id == organisationID).first()
            {
                return WavePulseSection(
                    organisationID: organisationID, wave: summary,
                    kind: .actionPulse(conversation: action.conversationID, action: actionID, what: action.what), canEdit: canEdit)
            }
            if let rhythmID = pulse.rhythmID, let rhythm = try await store.rhythm(rhythmID),
                let source = try? await WaveStore(db: req.db, organisationID: organisationID).wave(rhythm.sourceWaveID)
            {
                return WavePulseSection(
                    organisationID: organisationID, wave: summary, kind: .run(source: rhythm.sourceWaveID, sourceName: source.name),
                    canEdit: canEdit)
            }
            return nil
        }
        guard !wave.isPulse, wave.lifecycle.status != .draft else { return nil }
        let language = req.language
        let scales = summary.instruments.flatMap { instrument in
            instrument.scales.map { (key: "\(instrument.id)-\($0.code)", name: $0.name(language)) }
        }
        return WavePulseSection(
            organisationID: organisationID, wave: summary,
            kind: .source(rhythm: try await store.rhythm(ofSource: id)?.rhythm, scales: scales),
            canEdit: canEdit)
    }
}
