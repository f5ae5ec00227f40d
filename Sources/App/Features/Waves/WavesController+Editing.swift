import Fluent
import Vapor
import VeerkrachtCore

/// Correcting a wave: everything while it is in preparation, its name and close moment once
/// opened, its name once closed (`WaveLifecycle.editable`); deleting one in preparation.
extension WavesController {
    func editForm(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let wave = try await wave(req, access)
        return req.page(
            try await formPage(
                req, access, form: WaveForm(wave), problems: [],
                editing: .init(waveID: try wave.requireID(), storedName: wave.name, editable: wave.lifecycle.editable(at: req.now))))
    }

    func update(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let wave = try await wave(req, access)
        let form = try req.content.decode(WaveForm.self)
        let editable = wave.lifecycle.editable(at: req.now)
        let problems: [WaveSettings.Problem]
        switch editable {
        case .everything:
            let tree = try await req.unitTree(access.organisationID)
            let (settings, found) = Self.settings(from: form, tree: tree)
            problems = found
            if let settings, found.isEmpty { wave.apply(settings) }
        case .nameAndCloseMoment:
            let closesAt = LocalMoment.parse(form.closesAt ?? "", in: wave.timeZone)
            var found = WaveSettings.nameProblems(form.name ?? "")
            if let closesAt {
                do throws(WaveLifecycle.CloseMomentRefusal) {
                    try wave.lifecycle.checkCloseMoment(closesAt, at: req.now)
                } catch {
                    found.append(error == .beforeOpening ? .closesBeforeOpening : .closesInThePast)
                }
            } else {
                found.append(.closesAtInvalid)
            }
            problems = found
            if found.isEmpty, let closesAt {
                wave.name = NameRules.cleaned(form.name ?? "")
                wave.closesAt = closesAt
            }
        case .nameOnly:
            problems = WaveSettings.nameProblems(form.name ?? "")
            if problems.isEmpty { wave.name = NameRules.cleaned(form.name ?? "") }
        }
        guard problems.isEmpty else {
            let editing = WaveFormPage.Editing(waveID: try wave.requireID(), storedName: wave.name, editable: editable)
            return req.page(
                try await formPage(req, access, form: form, problems: problems, editing: editing), status: .unprocessableEntity)
        }
        try await wave.save(on: req.db)
        try await req.audit(.waveEdited, wave.name, organisation: access.organisationID)
        return req.redirect(to: Route.wave(access.organisationID, wave: try wave.requireID()).path)
    }

    /// Deletes a wave in preparation, after the box is ticked; an opened wave has links and
    /// answers and stays.
    func delete(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let wave = try await wave(req, access)
        guard wave.lifecycle.isDeletable else {
            return try await refreshed(req, access, wave, error: req.strings.waveMoveRefused(.notDraft))
        }
        guard try req.content.decode(Confirmation.self).confirmed else {
            return try await refreshed(req, access, wave, error: req.strings.waveDeleteNotConfirmed)
        }
        try await wave.delete(on: req.db)
        try await req.audit(.waveDeleted, wave.name, organisation: access.organisationID)
        return req.redirect(to: Route.waves(access.organisationID).path)
    }
}

extension WavesController.WaveForm {
    /// The form as a stored wave fills it, in the wave's own time zone.
    init(_ wave: Wave) {
        self.init(
            name: wave.name, instruments: wave.instruments, units: wave.units.map(\.uuidString),
            opensAt: LocalMoment.format(wave.opensAt, in: wave.timeZone),
            closesAt: LocalMoment.format(wave.closesAt, in: wave.timeZone), timeZone: wave.timeZoneIdentifier,
            threshold: String(wave.anonymityThreshold), languages: wave.languages.map(\.rawValue),
            openAnswerThreshold: String(wave.openAnswerThreshold))
    }
}

extension Wave {
    /// Every setting of a wave still in preparation.
    func apply(_ settings: WaveSettings) {
        name = NameRules.cleaned(settings.name)
        instrumentList = settings.instruments.joined(separator: ",")
        unitList = settings.units.map(\.uuidString).joined(separator: ",")
        opensAt = settings.opensAt
        closesAt = settings.closesAt
        timeZoneIdentifier = settings.timeZone.identifier
        anonymityThreshold = settings.anonymityThreshold
        languageList = settings.languages.map(\.rawValue).joined(separator: ",")
        openAnswerThresholdValue = max(settings.openAnswerThreshold, settings.anonymityThreshold)
    }
}
