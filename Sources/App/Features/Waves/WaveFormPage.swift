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

    func title(_ strings: any Strings) -> String { strings.waveNewTitle }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let chosenInstruments = Set(form.instruments ?? [])
        let chosenUnits = Set(form.units ?? [])
        let chosenLanguages = Set(form.languages ?? [])
        return .group(
            .if(
                !problems.isEmpty,
                .div(
                    .class("notice error"), .attribute(named: "role", value: "alert"),
                    .p(.text(s.waveFormHasProblems)),
                    Forms.problemSummary(problems.map { FieldProblem(field: $0.field, message: s.waveProblem($0)) })
                )),
            .form(
                .method(.post), .action(Route.waves(organisationID).path),
                Forms.csrf(context),
                Forms.field("name", label: s.nameLabel, value: form.name ?? "", required: true),
                checkboxes(
                    "instruments[]", legend: s.instrumentsLabel,
                    options: InstrumentCatalog.latest.map {
                        ($0.reference, "\($0.name(context.language)) (\(s.itemCount($0.items.count)))")
                    }, chosen: chosenInstruments),
                checkboxes(
                    "units[]", legend: s.unitsInScopeLabel, hint: s.unitsInScopeHint,
                    options: tree.flattened(includeArchived: false).map { ($0.node.id.uuidString, tree.path(of: $0.node.id)) },
                    chosen: chosenUnits),
                Forms.field("opens_at", label: s.opensAtLabel, type: .datetimeLocal, value: form.opensAt ?? "", required: true),
                Forms.field("closes_at", label: s.closesAtLabel, type: .datetimeLocal, value: form.closesAt ?? "", required: true),
                Forms.field("time_zone", label: s.timeZoneLabel, value: form.timeZone ?? "", required: true, hint: s.timeZoneHint),
                Forms.field(
                    "threshold", label: s.thresholdLabel, type: .number, value: form.threshold ?? "", required: true,
                    hint: s.thresholdHint(minimum: WaveSettings.minimumThreshold)),
                Forms.field(
                    "open_answer_threshold", label: s.openAnswerThresholdLabel, type: .number,
                    value: form.openAnswerThreshold ?? "", required: false, hint: s.openAnswerThresholdHint),
                checkboxes(
                    "languages[]", legend: s.languagesLabel,
                    options: Language.allCases.map { ($0.rawValue, $0.strings.languageName) }, chosen: chosenLanguages),
                Forms.submit(s.waveCreateSubmit)
            )
        )
    }

    private func checkboxes(
        _ name: String, legend: String, hint: String? = nil, options: [(value: String, label: String)],
        chosen: Set<String>
    ) -> Node<HTML.FormContext> {
        let base = name.replacingOccurrences(of: "[]", with: "")
        // The id lets a problem in the list above lead to the group (`#field-languages`).
        return .fieldset(
            .id("field-\(base)"),
            Forms.legend(legend),
            .unwrap(hint) { .p(.class("hint"), .text($0)) },
            .forEach(options.enumerated()) { index, option in
                .div(
                    .class("field check"),
                    .input(
                        .type(.checkbox), .id("\(base)-\(index)"), .name(name), .value(option.value),
                        .checked(chosen.contains(option.value))),
                    .label(.for("\(base)-\(index)"), .text(option.label)))
            }
        )
    }
}
