import Fluent
import Foundation
import Vapor
import VeerkrachtCore

/// What the dashboard shows for the organisation or one unit, with where its figures come from.
struct DashboardData: Sendable {
    let dashboard: Dashboard
    let unit: UUID?
    /// The waves the DLO and LO figures come from.
    let dloWave: WaveSummary?
    let loWave: WaveSummary?
    /// A DLO wave exists but this group is too small to show.
    let scanSuppressed: Bool
    let actions: [StoredAction]
    /// Follow-up pulses by action (`FollowUps`).
    var followUps: [UUID: [PulseFollowUp]] = [:]
    let today: CalendarDate
    let threshold: Int?
    /// Active people per unit with its sub-units, as the portfolio's load was counted with.
    let headcount: [UUID: Int]

    var overdueActions: [StoredAction] { actions.filter { $0.action.isOverdue(on: today) } }
}

/// Gathers the dashboard's input: the latest shown scan figures with their change since the
/// wave before, the programmes that concern the group, the portfolio's load per unit and the
/// mix of learning preferences. Every scan figure comes through `WaveResults`.
struct DashboardLoader {
    let db: any Database
    let results: ResultsCache
    let profiles: TeamProfilesCache
    let people: ActivePeopleCounts
    let organisationID: UUID
    /// Read once, so every part of one dashboard stands on the same moment.
    let now: Date

    init(_ app: Application, db: any Database, organisationID: UUID) {
        self.db = db
        now = app.clock.now()
        results = app.results
        profiles = app.teamProfiles
        people = app.activePeople
        self.organisationID = organisationID
    }

    init(_ req: Request, organisationID: UUID) { self.init(req.application, db: req.db, organisationID: organisationID) }

    func load(unit: UUID?, tree: UnitTree) async throws -> DashboardData {
        let today = WallClock.day(of: now)
        let waves = try await WaveStore(db: db, organisationID: organisationID).all()
            // Only waves whose results anyone may read: closed, or open with live results.
            .filter { $0.lifecycle.status != .draft && $0.opensAt <= now }
            .filter { $0.lifecycle.effectiveStatus(at: now) == .closed || $0.liveResults }
            .sorted { $0.opensAt > $1.opensAt }
        let group = ResultGroup(unit: unit)
        var input = DashboardInput(today: today)

        // The waves' results, the counts of named team members and the people per unit are read
        // side by side: on a cold cache (a restart) each is a load from the database, and the
        // people count (a quarter of a second at a million) need not wait for the tallying.
        async let headcounting = UnitStore(db: db, organisationID: organisationID).headcount(tree: tree, counts: people)
        let dlo = waves.filter { $0.uses(DLOScan.version1.id) }
        let lo = waves.filter { $0.uses(LOScan.version1.id) }
        async let conversation = dlo.first.asyncMap {
            try await readings(Topic.conversation, latest: $0, before: dlo.dropFirst().first, group: group, tree: tree)
        }
        async let properties = lo.first.asyncMap {
            try await readings(Topic.properties, latest: $0, before: lo.dropFirst().first, group: group, tree: tree)
        }
        async let preferences = waves.first { $0.uses(LearningPreferenceScan.version1.id) }.asyncMap { latest in
            async let scanned = results.results(for: latest, tree: tree, on: db, now: now)
            async let named = profiles.namedAndCounted(for: latest, tree: tree, on: db)
            _ = try await named
            return try await profiles.mix(of: unit, wave: latest, results: try await scanned, tree: tree, on: db, now: now)
        }
        let suppressed = try await conversation?.isEmpty ?? false
        input.scales.merge(try await conversation ?? [:]) { a, _ in a }
        input.scales.merge(try await properties ?? [:]) { a, _ in a }
        input.preferences = try await preferences ?? nil

        let concerned = tree.concerning(unit)
        input.programmes = try await ProgrammeStore(db: db, organisationID: organisationID).all().map(\.programme)
            .filter { $0.concerns(concerned) }
        let headcount = try await headcounting
        let scope = unit.map { tree.subtree(of: $0).map(\.id) } ?? Array(tree.nodes.keys)
        let withOwnPeople = tree.withOwnPeople(scope, rolledUp: headcount)
        input.loads = Array(Portfolio(input.programmes).load(on: today, units: withOwnPeople, in: tree, headcount: headcount).values)

        let actions = try await ConversationStore(db: db, organisationID: organisationID).actions()
        var data = DashboardData(
            dashboard: Dashboard(input), unit: unit, dloWave: dlo.first.map(WaveSummary.init),
            loWave: lo.first.map(WaveSummary.init), scanSuppressed: suppressed, actions: actions, today: today,
            threshold: dlo.first?.anonymityThreshold, headcount: headcount)
        data.followUps = try await FollowUps(results: results, db: db, organisationID: organisationID, tree: tree, now: now).byAction()
        return data
    }

    /// The scale readings of `topics` for the group in the latest wave, with the change since
    /// the wave before where that wave showed the same group too. Empty when the group may
    /// not be shown.
    private func readings(_ topics: [Topic], latest: Wave, before: Wave?, group: ResultGroup, tree: UnitTree) async throws -> [Topic:
        ScaleReading]
    {
        async let loadingPrevious = before.asyncMap { try await results.results(for: $0, tree: tree, on: db, now: now) }
        let current = try await results.results(for: latest, tree: tree, on: db, now: now)
        let previous = try await loadingPrevious
        guard let tally = current.tally(group) else { return [:] }
        let earlier = previous?.tally(group)
        var readings: [Topic: ScaleReading] = [:]
        for topic in topics {
            guard let index = current.scales.firstIndex(where: { $0.key == topic.scaleKey }) else { continue }
            guard let stats = current.shownScale(index, in: tally) else { continue }
            let old = previous.flatMap { p in
                p.scales.firstIndex { $0.key == topic.scaleKey }.flatMap { index in earlier.flatMap { p.shownScale(index, in: $0) } }
            }?.descriptives
            readings[topic] = ScaleReading(
                mean: stats.descriptives.mean, n: stats.descriptives.n, favourable: stats.favourableShare,
                before: old?.mean, change: old.flatMap { ChangeTest(before: $0, after: stats.descriptives)?.verdict })
        }
        return readings
    }
}

extension Wave {
    /// Asks the whole of `instrument` (any version); a pulse's short form does not count, so the
    /// dashboard never reads one scale of a pulse as the organisation's full picture.
    func uses(_ instrument: String) -> Bool {
        instruments.contains { reference in
            InstrumentReference(parsing: reference).map { $0.id == instrument && !$0.isShortForm } ?? false
        }
    }
}
