import Foundation
import NIOConcurrencyHelpers
import Testing
import Vapor
import VeerkrachtCore

@testable import App

@Suite struct BackupTests {
    private func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("backup-\(UUID().uuidString).sqlite").path
    }

    private func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", ".key", ".restoring"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    @Test func aBackupTakenWhileResponsesArriveHoldsEveryAcknowledgedOneAndRestores() async throws {
        let (backup, restored) = (temporaryPath(), temporaryPath())
        defer {
            remove(backup)
            remove(restored)
        }
        try await withVeerkracht(storage: .sqliteFile) { app in
            guard case .sqliteFile(let database) = app.configuration.database else {
                Issue.record("not a file")
                return
            }
            // `serve` keeps the link key beside the database; tests use a key in memory.
            try Data("a key of the installation".utf8).write(to: URL(fileURLWithPath: DatabaseBackup.keyFile(of: database)))
            let organisation = try await app.createOrganisation("Zorggroep")
            let unit = try await app.createUnit("Zorg", in: organisation)
            var created: [UUID] = []
            for index in 0..<40 { created.append(try await app.createPerson("p\(index)", in: organisation, unit: unit)) }
            let people = created
            let wave = try await app.createWave(in: organisation, units: [unit], instruments: ["dlo@1", "lp@1"])
            let acknowledged = NIOLockedValueBox(0)
            let beforeBackup = try await withThrowingTaskGroup(of: Int?.self) { group in
                group.addTask {
                    for person in people {
                        _ = try await app.submitScan(wave: wave, person: person)
                        acknowledged.withLockedValue { $0 += 1 }
                    }
                    return nil
                }
                group.addTask {
                    while acknowledged.withLockedValue({ $0 }) < 10 { try await Task.sleep(for: .milliseconds(5)) }
                    let before = acknowledged.withLockedValue { $0 }
                    _ = try await app.threadPool.runIfActive { try DatabaseBackup.backup(database: database, to: backup) }
                    return before
                }
                var before = 0
                for try await result in group { if let result { before = result } }
                return before
            }
            #expect(FileManager.default.fileExists(atPath: DatabaseBackup.keyFile(of: backup)))
            try DatabaseBackup.restore(from: backup, to: restored, replace: false, force: false)
            let copy = try SQLiteDirectConnection(path: restored)
            let count = try copy.rows("SELECT COUNT(*) FROM responses").first?.values.first
            guard case .integer(let responses) = count else {
                Issue.record("no count")
                return
            }
            #expect(responses >= beforeBackup && beforeBackup >= 10)
            #expect(
                try Data(contentsOf: URL(fileURLWithPath: DatabaseBackup.keyFile(of: restored)))
                    == Data(contentsOf: URL(fileURLWithPath: DatabaseBackup.keyFile(of: database))))
        }
    }

    @Test func aDamagedBackupIsRefusedAndTheDatabaseStaysAsItWas() async throws {
        let (backup, target) = (temporaryPath(), temporaryPath())
        defer {
            remove(backup)
            remove(target)
        }
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: backup))
        try Data("existing".utf8).write(to: URL(fileURLWithPath: target))
        #expect(throws: (any Error).self) { try DatabaseBackup.restore(from: backup, to: target, replace: true, force: false) }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "existing")
        #expect(!FileManager.default.fileExists(atPath: target + ".restoring"))
    }

    @Test func aBackupNeverOverwritesAFile() async throws {
        let target = temporaryPath()
        defer { remove(target) }
        try Data("keep".utf8).write(to: URL(fileURLWithPath: target))
        try await withVeerkracht(storage: .sqliteFile) { app in
            guard case .sqliteFile(let database) = app.configuration.database else { return }
            #expect(throws: DatabaseBackup.Failure.self) { try DatabaseBackup.backup(database: database, to: target) }
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep")
    }
}
