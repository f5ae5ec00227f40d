import Fluent
import Foundation
import VeerkrachtCore

/// Makes the waves behind pulses: the follow-up of an action (scheduled at once: its links
/// exist and it opens on its day) and the runs of a rhythm (drafts an advisor confirms). Every
/// one keeps the organisation's gap to other waves for the same people.
struct PulseScheduling {
    let db: any Database
    let organisationID: UUID
    let tree: UnitTree
    let now: Date
    let userID: UUID

    enum Refusal: Error, Equatable {
        case plan([PulsePlan.Problem])
        case unknownUnit
        /// The pulse would open at this moment, which has passed.
        case openingPassed(Date)
        case tooClose(SurveyGap.Conflict, weeks: Int)
        case nobodyInScope
        case notARhythmSource
        case rhythmExists
    }

    var store: PulseStore { PulseStore(db: db, organisationID: organisationID) }

    /// The units a pulse for `unit` asks: the unit with its sub-units, or every top unit.
    func units(for unit: UUID?) -> [UUID] {
        unit.map { [$0] } ?? tree.children(of: nil).filter { !$0.isArchived }.map(\.id)
    }

    /// Checks the unit before anything else reads it: one of this organisation's, not archived.
    func checkUnit(_ unit: UUID?) throws(Refusal) {
        if let unit, tree.nodes[unit].map({ !$0.isArchived }) != true { throw .unknownUnit }
    }

    /// Schedules the follow-up pulse of `action` for `unit`, opened at once so its links exist.
    func schedule(
        _ plan: PulsePlan, action: StoredAction, unit: UUID?, name: String, organisationThreshold: Int, links: SurveyLinks
    ) async throws -> Wave {
        try checkUnit(unit)
        let baseline = try await store.baseline(for: unit, before: now, tree: tree, now: now)
        let timeZone = baseline?.timeZone ?? WaveSettings.defaultTimeZone
        guard let window = plan.window(due: action.action.due, in: timeZone) else { throw Refusal.plan([.weeksOutOfRange]) }
        guard window.start > now else { throw Refusal.openingPassed(window.start) }
        let settings = WaveSettings(
            name: name, instruments: [plan.instrumentReference], units: units(for: unit), opensAt: window.start,
            closesAt: window.end, timeZone: timeZone, anonymityThreshold: baseline?.anonymityThreshold ?? organisationThreshold,
            languages: baseline?.languages ?? Language.allCases, openAnswerThreshold: baseline?.openAnswerThreshold)
        try await keepsGap(settings, except: nil)
        let wave = Wave(organisationID: organisationID, settings: settings)
        try await wave.create(on: db)
        let pulse = WavePulseRow()
        pulse.organisationID = organisationID
        pulse.waveID = try wave.requireID()
        pulse.actionID = action.id
        pulse.baselineWaveID = baseline?.id
        pulse.unitID = unit
        pulse.createdBy = userID
        try await pulse.create(on: db)
        do {
            _ = try await WaveStore(db: db, organisationID: organisationID).open(wave, links: links)
        } catch WaveStore.OpenRefusal.nobodyInScope {
            try await wave.delete(on: db)
            throw Refusal.nobodyInScope
        }
        return wave
    }

    /// Refuses a wave that would come within the organisation's gap of another wave for some
    /// of the same people.
    func keepsGap(_ settings: WaveSettings, except: UUID?) async throws {
        try await keepsGap(units: settings.units, window: DateInterval(start: settings.opensAt, end: settings.closesAt), except: except)
    }

    func keepsGap(units: [UUID], window: DateInterval, except: UUID?) async throws {
        let gap = try await store.gap()
        let scope = WaveSettings.unitsInScope(units, of: tree)
        let neighbours = try await store.neighbours(of: scope, tree: tree, except: except)
        if let conflict = gap.conflict(for: window, neighbours: neighbours) {
            throw Refusal.tooClose(conflict, weeks: gap.weeks)
        }
    }

    /// Before a run of a rhythm is confirmed: it must still keep the gap (waves may have been
    /// planned since it was prepared).
    func confirmable(_ run: Wave) async throws {
        guard let id = run.id, let pulse = try await store.pulse(ofWave: id), pulse.rhythmID != nil else { return }
        try await keepsGap(units: run.units, window: DateInterval(start: run.opensAt, end: max(run.opensAt, run.closesAt)), except: id)
    }

    /// Opens a draft wave, the one way the pages and the API do: a run of a rhythm must still
    /// keep the gap, and opening it prepares the next run. Throws `Refusal.tooClose` or
    /// `WaveStore.OpenRefusal`.
    func open(_ wave: Wave, links: SurveyLinks, strings: any Strings) async throws -> (invited: Int, next: PreparedRun?) {
        try await confirmable(wave)
        let invited = try await WaveStore(db: db, organisationID: organisationID).open(wave, links: links)
        let next = try await prepareNext(after: wave) { source, opens in
            PulseController.runName(source.name, opens: opens, in: source.timeZone, strings)
        }
        return (invited, next)
    }

    /// After a run is confirmed, the next one is prepared as a draft; nil when there is no
    /// rhythm (any more).
    func prepareNext(after run: Wave, name: @escaping @Sendable (Wave, Date) -> String) async throws -> PreparedRun? {
        guard let id = run.id, let pulse = try await store.pulse(ofWave: id), let rhythmID = pulse.rhythmID,
            let rhythm = try await store.rhythm(rhythmID),
            let source = try? await WaveStore(db: db, organisationID: organisationID).wave(rhythm.sourceWaveID)
        else { return nil }
        let window = DateInterval(start: run.opensAt, end: max(run.opensAt, run.closesAt))
        return try await prepareRun(of: rhythm, after: window, like: source) { name(source, $0) }
    }

    // MARK: - Rhythms

    /// A run prepared as a draft; `movedPast` names the waves it was moved past to keep the gap.
    struct PreparedRun: Sendable {
        let wave: Wave
        let movedPast: [SurveyGap.Neighbour]
        let gapWeeks: Int
    }

    /// Gives a full wave a rhythm and prepares its first run as a draft.
    func startRhythm(_ rhythm: Rhythm, source: Wave, name: @escaping @Sendable (Date) -> String) async throws -> PreparedRun {
        guard source.lifecycle.status != .draft, !source.isPulse else { throw Refusal.notARhythmSource }
        let sourceID = try source.requireID()
        guard try await store.rhythm(ofSource: sourceID) == nil else { throw Refusal.rhythmExists }
        let row = WaveRhythmRow()
        row.organisationID = organisationID
        row.sourceWaveID = sourceID
        row.months = rhythm.months
        row.instrumentList = rhythm.instruments.joined(separator: ",")
        row.createdBy = userID
        let window = DateInterval(start: source.opensAt, end: max(source.opensAt, source.closesAt))
        let draft = try await db.transaction { db in
            try await row.create(on: db)
            return try await scheduling(on: db).prepareRun(of: row, after: window, like: source, name: name)
        }
        return draft
    }

    /// Prepares the run after `window` as a draft. A run that would come within the gap of
    /// another wave for the same people is moved to the first moment that keeps it, and says so.
    func prepareRun(of rhythm: WaveRhythmRow, after window: DateInterval, like source: Wave, name: @Sendable (Date) -> String) async throws
        -> PreparedRun
    {
        guard var next = rhythm.rhythm.next(after: window, in: source.timeZone) else { throw Refusal.notARhythmSource }
        // A rhythm set on an older wave starts with its first run still to come.
        var steps = 0
        while next.start <= now, steps < 1_000, let later = rhythm.rhythm.next(after: next, in: source.timeZone) {
            next = later
            steps += 1
        }
        let gap = try await store.gap()
        let neighbours = try await store.neighbours(of: WaveSettings.unitsInScope(source.units, of: tree), tree: tree, except: nil)
        let conflict = gap.conflict(for: next, neighbours: neighbours)
        if let conflict { next = DateInterval(start: conflict.earliestOpening, duration: next.duration) }
        let settings = WaveSettings(
            name: name(next.start), instruments: rhythm.rhythm.instruments, units: source.units, opensAt: next.start,
            closesAt: next.end, timeZone: source.timeZone, anonymityThreshold: source.anonymityThreshold, languages: source.languages,
            openAnswerThreshold: source.openAnswerThreshold)
        let wave = Wave(organisationID: organisationID, settings: settings)
        try await wave.create(on: db)
        let pulse = WavePulseRow()
        pulse.organisationID = organisationID
        pulse.waveID = try wave.requireID()
        pulse.rhythmID = try rhythm.requireID()
        pulse.createdBy = userID
        try await pulse.create(on: db)
        return PreparedRun(wave: wave, movedPast: conflict?.neighbours ?? [], gapWeeks: gap.weeks)
    }

    /// The drafts of a rhythm go with it; runs already confirmed stay ordinary waves.
    func stopRhythm(of source: Wave) async throws {
        guard let rhythm = try await store.rhythm(ofSource: try source.requireID()), let rhythmID = rhythm.id else { return }
        try await db.transaction { db in
            let runs = try await WavePulseRow.query(on: db).filter(\.$rhythmID == rhythmID).all().map(\.waveID)
            if !runs.isEmpty {
                try await Wave.query(on: db).filter(\.$id ~~ runs).filter(\.$statusValue == WaveLifecycle.Status.draft.rawValue).delete()
            }
            try await rhythm.delete(on: db)
        }
    }

    private func scheduling(on db: any Database) -> PulseScheduling {
        PulseScheduling(db: db, organisationID: organisationID, tree: tree, now: now, userID: userID)
    }
}
