import Foundation
import Vapor
import VeerkrachtCore

extension WavesController {
    /// The settings a form describes, and every problem with them.
    static func settings(from form: WaveForm, tree: UnitTree) -> (WaveSettings?, [WaveSettings.Problem]) {
        var problems: [WaveSettings.Problem] = []
        let timeZone = TimeZone(identifier: (form.timeZone ?? "").trimmingCharacters(in: .whitespaces))
        if timeZone == nil { problems.append(.unknownTimeZone) }
        let zone = timeZone ?? WaveSettings.defaultTimeZone
        let opensAt = LocalMoment.parse(form.opensAt ?? "", in: zone)
        let closesAt = LocalMoment.parse(form.closesAt ?? "", in: zone)
        if opensAt == nil { problems.append(.opensAtInvalid) }
        if closesAt == nil { problems.append(.closesAtInvalid) }
        let threshold = Int((form.threshold ?? "").trimmingCharacters(in: .whitespaces))
        if threshold == nil { problems.append(.thresholdTooLow(minimum: WaveSettings.minimumThreshold)) }
        let openText = (form.openAnswerThreshold ?? "").trimmingCharacters(in: .whitespaces)
        let openThreshold = openText.isEmpty ? nil : Int(openText)
        if !openText.isEmpty, openThreshold == nil {
            problems.append(
                .openAnswerThresholdTooLow(minimum: max(threshold ?? WaveSettings.minimumThreshold, WaveSettings.minimumThreshold)))
        }
        var units: [UUID] = []
        for raw in form.units ?? [] {
            guard let id = UUID(uuidString: raw) else {
                problems.append(.noUnit)
                continue
            }
            units.append(id)
        }
        let typed = UnitPicker.typedUnit(form.unitAdd, tree: tree)
        if let added = typed.id, !units.contains(added) { units.append(added) }
        if let unknown = typed.unknown { problems.append(.unknownUnitPath(unknown)) }
        let (languages, languageProblems) = WaveSettings.languages(codes: form.languages ?? [])
        problems += languageProblems
        let settings = WaveSettings(
            name: form.name ?? "", instruments: form.instruments ?? [], units: units,
            opensAt: opensAt ?? .distantPast, closesAt: closesAt ?? .distantFuture, timeZone: zone,
            anonymityThreshold: threshold ?? WaveSettings.minimumThreshold,
            languages: languages,
            openAnswerThreshold: openThreshold)
        var all = problems + settings.problems(units: tree)
        if opensAt == nil || closesAt == nil { all.removeAll { $0 == .closesBeforeOpening } }
        var seen = Set<WaveSettings.Problem>()
        all = all.filter { seen.insert($0).inserted }
        return (all.isEmpty ? settings : nil, all)
    }
}
