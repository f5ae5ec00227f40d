import Fluent
import Foundation
import SQLKit
import VeerkrachtCore

/// Keeps each wave's learning profiles as `TeamProfiles` in memory, while the number of
/// profiles, their latest change (made or sharing changed) and the unit tree stay the same.
/// Reading 100,000 profiles takes seconds; the check that they are unchanged takes one query.
actor TeamProfilesCache {
    private struct Entry {
        let count: Int
        let changed: Double?
        let tree: Int
        let teams: TeamProfiles
    }

    private var entries: [UUID: Entry] = [:]

    func teams(for wave: Wave, tree: UnitTree, on db: any Database) async throws -> TeamProfiles {
        let waveID = try wave.requireID()
        let row = try await (db as! any SQLDatabase).raw("""
            SELECT COUNT(*) AS n, MAX(lp.changed_at) AS changed
            FROM learning_profiles lp JOIN wave_invitations i ON i.id = lp.invitation_id WHERE i.wave_id = \(bind: waveID)
            """).first()
        let count = try row?.decode(column: "n", as: Int.self) ?? 0
        let changed = try row?.decode(column: "changed", as: Date?.self)?.timeIntervalSince1970
        let treeKey = ResultsCache.fingerprint(tree)
        if let entry = entries[waveID], entry.count == count, entry.changed == changed, entry.tree == treeKey { return entry.teams }
        let layout = WaveResults.Layout(tree: tree)
        let members = try await TeamMixStore(db: db).members(wave: waveID, layout: layout)
        let teams = TeamProfiles(members: members, layout: layout, threshold: wave.anonymityThreshold)
        entries[waveID] = Entry(count: count, changed: changed, tree: treeKey, teams: teams)
        return teams
    }
}
