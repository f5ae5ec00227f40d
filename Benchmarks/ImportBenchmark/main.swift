import Fluent
import Foundation
import Vapor
import VeerkrachtCore

// Measures the people import on an SQLite file, the way `serve` runs it: 50,000 rows first
// created, then imported again unchanged, then all moved to another unit. Prints the median
// of several runs per step and the ratio to a baseline measured in the same run (parsing and
// validating the file alone), because this machine is shared and absolute times drift.
//
//   swift run -c release -Xswiftc -enable-testing import-benchmark [rows] [runs]
// (-enable-testing lets it reach the importer the application uses, not a copy of it.)
@testable import App

let rows = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 50_000
let runs = CommandLine.arguments.dropFirst(2).first.flatMap(Int.init) ?? 3

func csv(rows: Int, unit: (Int) -> String) -> Data {
    var text = "external_id;email;unit;birth_year;gender;start_date;level\n"
    text.reserveCapacity(rows * 70)
    for i in 0..<rows {
        let gender = ["f", "m", "x"][i % 3]
        text +=
            "E\(100_000 + i);person\(i)@example.org;\(unit(i));\(1960 + i % 45);\(gender);\(1 + i % 28)-\(1 + i % 12)-20\(10 + i % 15);L\(i % 9)\n"
    }
    return Data(text.utf8)
}

func seconds(_ work: () async throws -> Void) async rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try await work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// An organisation of 20 divisions with 10 teams each: 200 units that the file names by path.
func seedOrganisation(on db: any Database) async throws -> UUID {
    let organisation = Organisation(name: "Benchmark", anonymityThreshold: 5)
    try await organisation.create(on: db)
    let organisationID = try organisation.requireID()
    for d in 0..<20 {
        let division = Unit(organisationID: organisationID, parentID: nil, name: "Divisie \(d)", code: nil)
        try await division.create(on: db)
        for t in 0..<10 {
            try await Unit(organisationID: organisationID, parentID: division.requireID(), name: "Team \(t)", code: "D\(d)T\(t)").create(
                on: db)
        }
    }
    return organisationID
}

/// The seconds each step took on `db`.
func measureSteps(on db: any Database, organisationID: UUID) async throws -> [String: Double] {
    let first = csv(rows: rows) { "Divisie \($0 % 20) / Team \($0 % 10)" }
    let moved = csv(rows: rows) { "D\(($0 + 1) % 20)T\(($0 + 3) % 10)" }
    let importer = PeopleImporter(db: db, organisationID: organisationID)
    var results: [String: Double] = [:]
    results["read + validate (baseline)"] = try await seconds {
        guard case .success(let table) = CSVTableReader.read(first) else { fatalError("the generated file does not parse") }
        let tree = try await UnitStore(db: db, organisationID: organisationID).tree()
        if case .failure(let rejection) = PeopleValidator(units: tree, currentYear: 2026).validate(table) {
            fatalError("the generated file is invalid: \(rejection.issues.prefix(3))")
        }
    }
    results["first import (create all)"] = try await seconds {
        guard case .success(let plan) = try await importer.apply(first, fullImport: true, now: Date()), plan.creates.count == rows else {
            fatalError("create")
        }
    }
    results["same file again (no change)"] = try await seconds {
        guard case .success(let plan) = try await importer.apply(first, fullImport: true, now: Date()), !plan.changesAnything else {
            fatalError("no-op")
        }
    }
    results["everyone moves (update all)"] = try await seconds {
        guard case .success(let plan) = try await importer.apply(moved, fullImport: true, now: Date()), plan.moves.count == rows else {
            fatalError("move")
        }
    }
    return results
}

/// One run on a fresh SQLite file. Functions rather than top-level code: there, Fluent's
/// future-returning `create(on:)` was chosen over the async one and never awaited.
func measureOnce() async throws -> [String: Double] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("veerkracht-bench-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var configuration = AppConfiguration.testing(database: .sqliteFile(path: folder.appendingPathComponent("bench.sqlite").path))
    configuration.logLevel = .error
    let app = try await Application.make(.testing)
    do {
        try configure(app, with: configuration)
        try await app.prepareDatabase()
        let results = try await measureSteps(on: app.db, organisationID: try await seedOrganisation(on: app.db))
        try await app.asyncShutdown()
        return results
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
}

var results: [String: [Double]] = [:]
for run in 1...runs {
    for (step, value) in try await measureOnce() { results[step, default: []].append(value) }
    print("run \(run) of \(runs) done")
}

let baseline = median(results["read + validate (baseline)"]!)
print("\nPeople import, \(rows) rows on SQLite (WAL), median of \(runs) runs:")
for step in ["read + validate (baseline)", "first import (create all)", "same file again (no change)", "everyone moves (update all)"] {
    let value = median(results[step]!)
    print(
        "  \(step.padding(toLength: 30, withPad: " ", startingAt: 0)) \(String(format: "%7.2f s", value))   \(String(format: "%5.1f×", value / baseline)) baseline"
    )
}
