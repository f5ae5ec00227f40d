import Fluent
import Foundation
import SQLKit

/// Raises an organisation's `people_revision` in the transaction of every change to its people
/// (an import, an erasure), so that the count of active people every server keeps is read
/// again after a change made through any server.
enum PeopleRevision {
    static func raise(_ organisation: UUID, on sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE organisations SET people_revision = people_revision + 1 WHERE id = \(bind: organisation)").run()
    }
}

/// The number of active people per organisation, counted once per people revision: the
/// organisation page shows it on every visit, and counting 100,000 people each time cost more
/// than everything else on that page together.
actor ActivePeopleCounts {
    private var counts = RecentlyRead<UUID, (revision: Int, count: Int)>(capacity: 500)

    func count(of organisation: Organisation, on db: any Database) async throws -> Int {
        let id = try organisation.requireID()
        if let kept = counts.read(id), kept.revision == organisation.peopleRevision { return kept.count }
        let count = try await Person.query(on: db).filter(\.$organisation.$id == id).filter(\.$archivedAt == nil).count()
        counts.keep((organisation.peopleRevision, count), for: id)
        return count
    }
}
