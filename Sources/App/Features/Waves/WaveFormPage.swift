import Foundation
import Plot
import VeerkrachtCore

/// Preparing a wave: instruments, units in scope, period, threshold and languages.
struct WaveFormPage: PageInOrganisation {
    let organisationID: UUID
    let tree: UnitTree
    let form: WavesController.WaveForm
    let problems: [WaveSettings.Problem]

    /// A new wave opens tomorrow at nine and runs for three weeks, at the organisation's threshold.
    static func defaults(threshold: Int, now: Date) -> WavesController.WaveForm {
        let zone = WaveSettings.defaultTimeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let tomorrow = calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: now))!
        let opens = calendar.date(bySettingHour: 9, minute: 0, second: 0, of: tomorrow)!
        let closes = calendar.date(byAdding: .day, value: 21, to: opens)!
        return .init(
            name: "", instruments: [], units: [], opensAt: LocalMoment.format(opens, in: zone),
            closesAt: LocalMoment.format(closes, in: zone), timeZone: zone.identifier,
            threshold: String(threshold), languages: Language.allCases.map(\.rawValue),
            openAnswerThreshold: String(max(WaveSettings.defaultOpenAnswerThreshold, threshold)))
    }

    /// A stored wave being corrected, and how much of it may still change.
    struct Editing: Sendable {
        let waveID: UUID
        /// The name as stored, for the way back; the form may hold a changed one.
        let storedName: String
        let editable: WaveLifecycle.Editable
    }
    var editing: Editing?

    func title(_ strings: any Strings) -> String {
        editing == nil ? strings.waveNewTitle : strings.waveEditTitle(form.name ?? "")
    }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let action = editing.map { Route.waveEdit(organisationID, wave: $0.waveID) } ?? Route.waves(organisationID)
        let editable = editing?.editable ?? .everything
        return .group(
            .if(
                !problems.isEmpty,
                .div(
                    .class("notice error"), .attribute(named: "role", value: "alert"),
                    .p(.text(editing == nil ? s.waveFormHasProblems : s.waveEditHasProblems)),
                    Forms.problemSummary(problems.map { FieldProblem(field: $0.field, message: s.waveProblem($0)) })
                )),
            .unwrap(editing) { .p(.class("hint"), .text(s.waveEditableExplained($0.editable))) },
            .form(
                .method(.post), .action(action.path),
                Forms.csrf(context),
                Forms.field("name", label: s.nameLabel, value: form.name ?? "", required: true),
                .if(editable == .everything, allSettings(context)),
                .if(
                    editable == .nameAndCloseMoment,
                    // Read in the wave's own zone (the server never takes the zone from this form).
                    Forms.field(
                        "closes_at", label: s.closesAtLabel, type: .datetimeLocal, value: form.closesAt ?? "", required: true,
                        hint: s.timeZoneShown(form.timeZone ?? ""))),
                Forms.submit(editing == nil ? s.waveCreateSubmit : s.save)
            ),
            .unwrap(editing) { editing in
                .if(editing.editable == .everything, deletion(editing.waveID, context))
            }
        )
    }

    /// A pulse's short form (`dlo@1:K2`) stays on offer while its draft is edited.
    private func shortForms(_ context: PageContext) -> [(value: String, label: String)] {
        (form.instruments ?? []).filter { InstrumentReference(parsing: $0)?.isShortForm == true }.compactMap { reference in
            InstrumentCatalog.instrument(reference: reference).map {
                (reference, "\($0.name(context.language)) — \(reference) (\(context.strings.itemCount($0.items.count)))")
            }
        }
    }

    /// Instruments, units, period, thresholds and languages: what only a wave in preparation may change.
    private func allSettings(_ context: PageContext) -> Node<HTML.FormContext> {
        let s = context.strings
        let chosenInstruments = Set(form.instruments ?? [])
        let chosenUnits = Set(form.units ?? [])
        let chosenLanguages = Set(form.languages ?? [])
        return .group(
            Forms.checkboxes(
                "instruments[]", legend: s.instrumentsLabel,
                options: InstrumentCatalog.latest.map {
                    ($0.reference, "\($0.name(context.language)) (\(s.itemCount($0.items.count)))")
                } + shortForms(context), chosen: chosenInstruments),
            UnitPicker(
                name: "units[]", addName: "unit_add", legend: s.unitsInScopeLabel, tree: tree,
                chosen: Set(chosenUnits.compactMap(UUID.init(uuidString:)))
            ).node(s),
            .p(.class("hint"), .text(s.unitsInScopeHint)),
            Forms.field("opens_at", label: s.opensAtLabel, type: .datetimeLocal, value: form.opensAt ?? "", required: true),
            Forms.field("closes_at", label: s.closesAtLabel, type: .datetimeLocal, value: form.closesAt ?? "", required: true),
            Forms.field("time_zone", label: s.timeZoneLabel, value: form.timeZone ?? "", required: true, hint: s.timeZoneHint),
            Forms.field(
                "threshold", label: s.thresholdLabel, type: .number, value: form.threshold ?? "", required: true,
                hint: s.thresholdHint(minimum: WaveSettings.minimumThreshold)),
            Forms.field(
                "open_answer_threshold", label: s.openAnswerThresholdLabel, type: .number,
                value: form.openAnswerThreshold ?? "", required: false, hint: s.openAnswerThresholdHint),
            Forms.checkboxes(
                "languages[]", legend: s.languagesLabel,
                options: Language.allCases.map { ($0.rawValue, $0.strings.languageName) }, chosen: chosenLanguages)
        )
    }

    /// Deleting a wave in preparation: nobody has a link yet, so nothing else is lost.
    private func deletion(_ wave: UUID, _ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .group(
            .h2(.text(s.waveDeleteHeading)),
            .p(.class("hint"), .text(s.waveDeleteExplained)),
            .form(
                .method(.post), .action(Route.waveDelete(organisationID, wave: wave).path),
                Forms.csrf(context),
                Forms.confirmation(s.waveDeleteConfirmation),
                .button(.type(.submit), .class("secondary"), .text(s.waveDeleteSubmit)))
        )
    }
}

extension WaveFormPage {
    func breadcrumbs(_ strings: any Strings) -> [Breadcrumb] {
        let waves = Breadcrumb(label: strings.wavesTitle, path: Route.waves(organisationID).path)
        guard let editing else { return [waves, Breadcrumb(label: title(strings), path: nil)] }
        return [
            waves, Breadcrumb(label: editing.storedName, path: Route.wave(organisationID, wave: editing.waveID).path),
            Breadcrumb(label: strings.waveEditLink, path: nil)
        ]
    }
}
