import Fluent
import Foundation
import NIOConcurrencyHelpers
import PostgresNIO
import SQLKit
import VeerkrachtCore

/// Stores submitted responses in groups (group commit). Submits that arrive while a group is
/// being written wait for the next one, so one transaction stores many responses, and this
/// process never races itself for SQLite's single write lock. Every caller hears back only
/// after its group committed: an acknowledged response is stored.
///
/// A queue behind a lock rather than an actor: on an SQLite file the writer's own thread takes
/// group after group from it and answers the callers from there, without hopping back and
/// forth between executors for every group.
final class SubmissionWriter: Sendable {
    /// One response, ready to store: anonymous already, apart from the invitation it closes.
    struct Submission: Sendable {
        let invitationID: UUID
        let waveID: UUID
        let unitID: UUID
        let bands: DemographicBands
        let day: CalendarDate
        /// JSON object of item code to 1–5.
        let answers: String
        /// The same answers in `CompactAnswers` form, for results.
        let itemAnswers: String
        let openAnswers: [(code: String, text: String)]
        let profile: LearningProfile?
        /// The person's choices at the end of a learning-preference scan.
        var shareWithTeam = false
        var countInResults = true
    }

    /// Keeps a group's binds well below SQLite's limit (32,766), open answers included.
    static let maximumGroup = 200

    /// `db` only without a connection of the writer's own.
    private typealias Waiting = (submission: Submission, db: (any Database)?, reply: CheckedContinuation<Bool, any Error>)

    /// Submits not yet written, and whether a writer is taking them: both under one lock, so
    /// a submit either joins a running writer or starts one, never neither.
    private let queue = NIOLockedValueBox((pending: [Waiting](), writing: false))
    /// On an SQLite file, groups are written by a connection of the writer's own.
    private let ownConnection: SQLiteConnectionThread?

    /// Told of every group's outcome, so `/healthz` knows when the disk is full.
    private let health: WriteHealth?

    /// Without `ownConnection` (PostgreSQL, an in-memory database), groups go through the driver;
    /// on PostgreSQL each group is one statement (`PostgresSubmissionGroup`).
    init(ownConnection: SQLiteConnectionThread? = nil, health: WriteHealth? = nil) {
        self.ownConnection = ownConnection
        self.health = health
    }

    /// Stores the response and completes its invitation. False when the invitation was
    /// already completed (another tab, a double click): then nothing is stored. The database
    /// is asked for only when groups go through the driver.
    func submit(_ submission: Submission, on db: @autoclosure () -> any Database) async throws -> Bool {
        let db = ownConnection == nil ? db() : nil
        return try await withCheckedThrowingContinuation { reply in
            let startsWriter = queue.withLockedValue { queue in
                queue.pending.append((submission, db, reply))
                defer { queue.writing = true }
                return !queue.writing
            }
            if startsWriter { startWriter() }
        }
    }

    private func startWriter() {
        guard let ownConnection else {
            Task {
                while let group = nextGroup() {
                    do {
                        // Without a connection of its own, every submit brought its database.
                        answer(group, .success(try await Self.writeThroughDriver(group.map(\.submission), on: group[0].db!)))
                    } catch {
                        answer(group, .failure(error))
                    }
                }
            }
            return
        }
        ownConnection.submit { [self] connection in
            while let group = nextGroup() {
                answer(
                    group,
                    Result {
                        try Self.writeDirectly(group.map(\.submission), on: try connection.get())
                    })
                // Its callers have their answer; a failed copy is tried again after a later group.
                try? connection.get().checkpointIfLong()
            }
        }
    }

    /// The next group, or nil when none is waiting: then the writer stops, under the same lock
    /// that a submit checks.
    private func nextGroup() -> [Waiting]? {
        queue.withLockedValue { queue in
            guard !queue.pending.isEmpty else {
                queue.writing = false
                return nil
            }
            let group = Array(queue.pending.prefix(Self.maximumGroup))
            queue.pending.removeFirst(group.count)
            return group
        }
    }

    private func answer(_ group: [Waiting], _ result: Result<Set<Int>, any Error>) {
        switch result {
        case .success: health?.recordSuccess()
        case .failure(let error): health?.record(error)
        }
        switch result {
        case .success(let stored): for (index, item) in group.enumerated() { item.reply.resume(returning: stored.contains(index)) }
        case .failure(let error): for item in group { item.reply.resume(throwing: error) }
        }
    }

    /// Writes one group in one transaction, on the writer's own connection when it has one;
    /// returns the positions of the submissions stored.
    func write(_ group: [Submission], on db: any Database) async throws -> Set<Int> {
        guard let ownConnection else { return try await Self.writeThroughDriver(group, on: db) }
        return try await ownConnection.run { connection in
            defer { try? connection.checkpointIfLong() }
            return try Self.writeDirectly(group, on: connection)
        }
    }

    /// All statements of the group, back to back on the writer's own connection and thread.
    private static func writeDirectly(_ group: [Submission], on connection: SQLiteDirectConnection) throws -> Set<Int> {
        let claim = try SQLiteConnectionThread.statement(SubmissionStatements.claim(group))
        return try connection.writeTransaction {
            let claimed = try connection.rows(claim.sql, claim.binds).compactMap { row in
                row.values.first?.string.flatMap(UUID.init(text:))
            }
            let stored = SubmissionStatements.firstClaims(in: group, claimed: claimed)
            for expression in SubmissionStatements.storing(stored.map { group[$0] }) {
                let next = try SQLiteConnectionThread.statement(expression)
                try connection.run(next.sql, next.binds)
            }
            return Set(stored)
        }
    }

    private static func writeThroughDriver(_ group: [Submission], on db: any Database) async throws -> Set<Int> {
        let statement = PostgresSubmissionGroup(group: group, now: Date())
        let stored = try await db.withPostgresConnection { connection, logger in
            try await Set(connection.execute(statement, logger: logger).reduce(into: []) { $0.append($1) })
        }
        if let stored { return stored }
        return try await db.transaction { db in
            let sql = db.sql
            let claimed = try await sql.raw(SubmissionStatements.claim(group)).all()
                .map { try $0.decode(column: "id", as: UUID.self) }
            let stored = SubmissionStatements.firstClaims(in: group, claimed: claimed)
            for statement in SubmissionStatements.storing(stored.map { group[$0] }) {
                try await sql.execute(sql: statement) { _ in }
            }
            return Set(stored)
        }
    }
}
