import Foundation
import Testing
import Vapor

@testable import App

@Suite struct WriteHealthTests {
    @Test func aWriteRefusedForLackOfSpaceMarksTheDatabaseAndOtherErrorsDoNot() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("full-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let connection = try SQLiteDirectConnection(path: path)
        try connection.run("CREATE TABLE t (x BLOB)")
        // A database that may not grow fails its writes exactly as a full disk does.
        try connection.run("PRAGMA max_page_count = 3")
        let health = WriteHealth()
        #expect(throws: (any Error).self) {
            do { try connection.run("INSERT INTO t VALUES (zeroblob(100000))") } catch {
                health.record(error)
                throw error
            }
        }
        #expect(health.isFailing)
        health.recordSuccess()
        #expect(throws: (any Error).self) {
            do { try connection.run("INSERT INTO missing VALUES (1)") } catch {
                health.record(error)
                throw error
            }
        }
        #expect(!health.isFailing)
    }

    @Test func healthAsksTheDiskAgainOnceAWriteFailedAndIsWellWhenThereIsRoom() async throws {
        try await withVeerkracht(storage: .sqliteFile) { app in
            app.writeHealth.record(SQLiteDirectConnection.Failure(code: 13, message: "database or disk is full"))
            #expect(app.writeHealth.isFailing)
            let answer = try await Browser(app).get(Route.health.path)
            #expect(answer.status == .ok)
            #expect(!app.writeHealth.isFailing)
        }
    }
}
