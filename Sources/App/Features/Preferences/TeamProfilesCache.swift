import Fluent
import Foundation
import SQLKit
import VeerkrachtCore

/// Keeps each wave's team members (names and orders) in memory, while the wave's
/// `profiles_changed_at` (set whenever a profile is made, shared, no longer shared or deleted)
/// and the unit tree stay the same. Reading 100,000 profiles takes seconds; the wave row the
/// request already loaded tells whether they changed, on whichever server it changed. At most
/// `capacity` waves are kept.
actor TeamProfilesCache {
    private struct Entry {
        let changed: Date?
        let tree: Int
        let members: [TeamProfiles.Member]
    }

    private var entries: RecentlyRead<UUID, Entry>
    /// The teams last built per wave from its members and results: building them walks every
    /// member and took a quarter of a dashboard request at 100,000 respondents.
    private var built: RecentlyRead<UUID, (changed: Date?, results: ResultsCache.Key, teams: TeamProfiles)>
    /// Loads under way, shared by the requests that arrive while one runs.
    private var loading: [UUID: (changed: Date?, tree: Int, task: Task<[TeamProfiles.Member], any Error>)] = [:]

    /// Per wave, how many members per node are named and counted, for mixes alone (`mix`).
    private var counted: RecentlyRead<UUID, (changed: Date?, tree: Int, counts: [Int])>
    private var countedTeams: RecentlyRead<UUID, (changed: Date?, results: ResultsCache.Key, teams: TeamProfiles)>

    init(capacity: Int = ResultsCache.defaultCapacity) {
        entries = RecentlyRead(capacity: capacity)
        built = RecentlyRead(capacity: capacity)
        counted = RecentlyRead(capacity: capacity)
        countedTeams = RecentlyRead(capacity: capacity)
    }

    var keptWaves: Set<UUID> { entries.keys }

    /// The wave's teams: the members kept here, their mixes from the wave's anonymous results.
    /// `results` must be the results `ResultsCache` gave for the wave at `now`.
    func teams(for wave: Wave, results: WaveResults, tree: UnitTree, on db: any Database, now: Date) async throws -> TeamProfiles {
        let members = try await members(for: wave, tree: tree, on: db)
        guard let key = ResultsCache.key(for: wave, tree: tree, now: now) else { return TeamProfiles(members: members, results: results) }
        let waveID = try wave.requireID()
        if let kept = built.read(waveID), kept.changed == wave.profilesChangedAt, kept.results == key { return kept.teams }
        let teams = TeamProfiles(members: members, results: results)
        built.keep((wave.profilesChangedAt, key, teams), for: waveID)
        return teams
    }

    /// The mix of a unit (nil: the organisation) as the dashboard shows it: the same as
    /// `teams(…).mix(of:)`, but when the members are not in memory it reads only how many of
    /// them each unit has, not their names (at a million respondents, 300,000 of them).
    func mix(of unit: UUID?, wave: Wave, results: WaveResults, tree: UnitTree, on db: any Database, now: Date) async throws
        -> PreferenceMix?
    {
        let waveID = try wave.requireID()
        let treeKey = tree.shapeFingerprint
        if let entry = entries.read(waveID), entry.changed == wave.profilesChangedAt, entry.tree == treeKey {
            return try await teams(for: wave, results: results, tree: tree, on: db, now: now).mix(of: unit)
        }
        let counts = try await namedAndCounted(for: wave, tree: tree, on: db)
        guard let key = ResultsCache.key(for: wave, tree: tree, now: now) else {
            return TeamProfiles(namedAndCounted: counts, results: results).mix(of: unit)
        }
        if let kept = countedTeams.read(waveID), kept.changed == wave.profilesChangedAt, kept.results == key {
            return kept.teams.mix(of: unit)
        }
        let teams = TeamProfiles(namedAndCounted: counts, results: results)
        countedTeams.keep((wave.profilesChangedAt, key, teams), for: waveID)
        return teams.mix(of: unit)
    }

    /// How many members per node are named and counted, kept like the members themselves.
    func namedAndCounted(for wave: Wave, tree: UnitTree, on db: any Database) async throws -> [Int] {
        let waveID = try wave.requireID()
        let treeKey = tree.shapeFingerprint
        if let entry = counted.read(waveID), entry.changed == wave.profilesChangedAt, entry.tree == treeKey {
            return entry.counts
        }
        let counts = try await TeamMixStore(db: db).namedAndCounted(wave: waveID, layout: WaveResults.Layout(tree: tree))
        counted.keep((wave.profilesChangedAt, treeKey, counts), for: waveID)
        return counts
    }

    func members(for wave: Wave, tree: UnitTree, on db: any Database) async throws -> [TeamProfiles.Member] {
        let waveID = try wave.requireID()
        let changed = wave.profilesChangedAt
        let treeKey = tree.shapeFingerprint
        if let entry = entries.read(waveID), entry.changed == changed, entry.tree == treeKey { return entry.members }
        if let load = loading[waveID], load.changed == changed, load.tree == treeKey { return try await load.task.value }
        let task = Task { try await TeamMixStore(db: db).members(wave: waveID, layout: WaveResults.Layout(tree: tree)) }
        loading[waveID] = (changed, treeKey, task)
        let outcome = await task.result
        if let load = loading[waveID], load.changed == changed, load.tree == treeKey { loading[waveID] = nil }
        let members = try outcome.get()
        entries.keep(Entry(changed: changed, tree: treeKey, members: members), for: waveID)
        return members
    }
}

/// Marks waves' learning profiles as changed, in the transaction of the change.
enum WaveProfiles {
    static func changed(_ waves: Set<UUID>, on sql: any SQLDatabase) async throws {
        guard let statement = marking(waves) else { return }
        try await sql.raw(statement).run()
    }

    /// Every wave of an organisation: team pages name people by their records' e-mail address
    /// (else their id), so a change to the people (an import) is a change to every wave's named
    /// members, on every server.
    static func changed(inOrganisation organisation: UUID, on sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE waves SET profiles_changed_at = \(bind: Date()) WHERE organisation_id = \(bind: organisation)").run()
    }

    /// The statement that marks them; none for no waves.
    /// The system time and not the application's clock: this is a change stamp the caches
    /// compare, and a clock a test holds still must not hide a change.
    static func marking(_ waves: Set<UUID>) -> SQLQueryString? {
        waves.isEmpty ? nil : "UPDATE waves SET profiles_changed_at = \(bind: Date()) WHERE id IN (\(binds: Array(waves)))"
    }
}
