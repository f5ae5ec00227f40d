import Fluent
import NIOConcurrencyHelpers
import Testing
import Vapor

@testable import App

/// Bcrypt runs on threads of its own, so a queue of sign-ins does not hold back the SQLite
/// statements every page runs on the blocking pool.
@Suite struct PasswordHashingTests {
    @Test func aDatabaseStatementIsAnsweredWhileManyPasswordsAreBeingHashed() async throws {
        try await withVeerkracht(storage: .sqliteFile) { app in
            let finished = NIOLockedValueBox(0)
            // Six rounds of hashes on the cores; on the blocking pool a statement queued after
            // them would answer only once ten of the twelve had finished.
            let hashes = (0..<12).map { _ in
                Task {
                    _ = try await app.passwordHashing.hash("a long enough password")
                    finished.withLockedValue { $0 += 1 }
                }
            }
            try await Task.sleep(for: .milliseconds(50))
            _ = try await User.query(on: app.db).count()
            let finishedWhenAnswered = finished.withLockedValue { $0 }
            for hash in hashes { try await hash.value }
            #expect(finishedWhenAnswered < 6)
        }
    }

    /// Vapor's own ways put the work on the blocking pool again, beside every SQLite statement.
    @Test func noSourceHashesOrReadsAFileOnTheDatabasesThreads() throws {
        let files = try appSources()
        #expect(files.count > 50)
        let offenders = files.filter { file in
            [".password.async", "req.application.threadPool", "app.threadPool"].contains { file.text.contains($0) }
        }.map(\.name)
        #expect(offenders.isEmpty, "\(offenders)")
    }
}
