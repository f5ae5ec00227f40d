import Fluent
import Foundation
import SQLKit
import VeerkrachtCore

/// Keeps each wave's learning profiles as `TeamProfiles` in memory, while the wave's
/// `profiles_changed_at` (set whenever a profile is made, shared, no longer shared or deleted)
/// and the unit tree stay the same. Reading 100,000 profiles takes seconds; the wave row the
/// request already loaded tells whether they changed.
actor TeamProfilesCache {
    private struct Entry {
        let changed: Date?
        let tree: Int
        let teams: TeamProfiles
    }

    private var entries: [UUID: Entry] = [:]

    func teams(for wave: Wave, tree: UnitTree, on db: any Database) async throws -> TeamProfiles {
        let waveID = try wave.requireID()
        let changed = wave.profilesChangedAt
        let treeKey = ResultsCache.fingerprint(tree)
        if let entry = entries[waveID], entry.changed == changed, entry.tree == treeKey { return entry.teams }
        let layout = WaveResults.Layout(tree: tree)
        let members = try await TeamMixStore(db: db).members(wave: waveID, layout: layout)
        let teams = TeamProfiles(members: members, layout: layout, threshold: wave.anonymityThreshold)
        entries[waveID] = Entry(changed: changed, tree: treeKey, teams: teams)
        return teams
    }
}

/// Marks waves' learning profiles as changed, in the transaction of the change.
enum WaveProfiles {
    static func changed(_ waves: Set<UUID>, on sql: any SQLDatabase) async throws {
        guard let statement = marking(waves) else { return }
        try await sql.raw(statement).run()
    }

    /// The statement that marks them; none for no waves.
    static func marking(_ waves: Set<UUID>) -> SQLQueryString? {
        waves.isEmpty ? nil : "UPDATE waves SET profiles_changed_at = \(bind: Date()) WHERE id IN (\(binds: Array(waves)))"
    }
}
