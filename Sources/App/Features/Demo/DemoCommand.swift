import Fluent
import Foundation
import SQLKit
import Vapor
import VeerkrachtCore

/// `veerkracht demo --people 100000 --waves 2 [--seed 1] [--organisation Demo]`: fills the
/// configured database with `DemoOrganisation`: units, people, closed waves of the DLO and
/// learning-preference scans with their invitations, responses and some open answers.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "people", help: "How many people (default 2000).")
        var people: Int?
        @Option(name: "waves", help: "How many waves, half a year apart (default 2).")
        var waves: Int?
        @Option(name: "seed", help: "The same seed gives the same organisation (default 1).")
        var seed: Int?
        @Option(name: "organisation", help: "The organisation's name (default Demo); it must not exist yet.")
        var organisation: String?
        @Option(name: "response-rate", help: "The share of people who answer each wave, 0–1 (default 0.85).")
        var responseRate: Double?
        @Flag(name: "with-lo-scan", help: "Ask the Learning Organisation scan in every wave too.")
        var withLOScan: Bool

        init() {}
    }

    var help: String { "Fills the database with a made-up organisation, its waves and responses." }

    static let instruments = ["dlo@1", "lp@1"]
    /// With the Learning Organisation scan as well: the dashboard's second panel gets figures.
    static let instrumentsWithLO = ["dlo@1", "lo@1", "lp@1"]

    func run(using context: CommandContext, signature: Signature) async throws {
        let count = signature.people ?? 2_000
        let waves = signature.waves ?? 2
        let rate = signature.responseRate ?? 0.85
        let name = signature.organisation?.trimmingCharacters(in: .whitespaces) ?? "Demo"
        guard (1...1_000_000).contains(count) else { throw CommandFailure("--people must be between 1 and 1000000.") }
        guard (1...10).contains(waves) else { throw CommandFailure("--waves must be between 1 and 10.") }
        guard (0...1).contains(rate) else { throw CommandFailure("--response-rate must be between 0 and 1.") }
        guard !name.isEmpty else { throw CommandFailure("--organisation needs a name.") }
        let app = context.application
        try await app.prepareDatabase()
        if try await Organisation.query(on: app.db).filter(\.$name == name).count() > 0 {
            throw CommandFailure("An organisation named \(name) already exists; choose another --organisation.")
        }
        let started = ContinuousClock.now
        let summary = try await Self.fill(
            app, name: name, people: count, waves: waves, seed: UInt64(signature.seed ?? 1), rate: rate,
            instruments: signature.withLOScan ? Self.instrumentsWithLO : Self.instruments, now: app.clock.now())
        await app.db.refreshPlannerStatistics(
            of: [Person.schema, WaveInvitation.schema, SurveyResponse.schema, OpenAnswer.schema, LearningProfileRow.schema])
        context.console.print("\(name): \(summary.units) units, \(count) people.")
        for (wave, stored) in summary.responses.enumerated() { context.console.print("Wave \(wave + 1): \(stored) responses.") }
        context.console.print("Done in \(Int((ContinuousClock.now - started).seconds)) s. Give an account access with:")
        context.console.print("  veerkracht users create --email you@example.org --organisation \(name) --role advisor")
    }

    /// Writes the demo organisation; returns its id, its number of units and the responses per wave.
    static func fill(
        _ app: Application, name: String, people count: Int, waves: Int, seed: UInt64, rate: Double,
        instruments: [String] = instruments, now: Date
    ) async throws -> (organisation: UUID, units: Int, responses: [Int]) {
        let year = Calendar(identifier: .gregorian).component(.year, from: now)
        let demo = DemoOrganisation(people: count, seed: seed, year: year)
        let writer = DemoWriter(db: app.db, links: app.surveyLinks, now: now)
        let threshold = app.configuration.anonymityThreshold
        let organisation = try await writer.organisation(name, threshold: threshold)
        let units = try await writer.units(demo.units, organisation: organisation)
        let people = try await writer.people(demo.people, units: units, organisation: organisation)
        let questionnaire = Questionnaire(references: instruments)!
        let columns = CompactAnswers.columns(of: questionnaire)
        let scales = ResultScale.all(in: columns, instruments: questionnaire.instruments)
        let divisions = demo.units.indices.filter { demo.units[$0].parent == nil }.map { units[$0] }
        var responses: [Int] = []
        for wave in 0..<waves {
            let opens = now.addingTimeInterval(-Double(waves - wave) * 182 * 86_400)
            let waveID = try await writer.wave(
                number: wave + 1, organisation: organisation, opens: opens, divisions: divisions,
                threshold: threshold, instruments: instruments)
            var random = DemoRandom(seed: seed &+ UInt64(wave))
            let answering = demo.people.indices.map { _ in Double.random(in: 0..<1, using: &random) < rate }
            let day = CalendarDate(opens.addingTimeInterval(7 * 86_400), in: TimeZone(identifier: "Europe/Amsterdam")!)
            responses.append(
                try await writer.responses(
                    demo, wave: wave, waveID: waveID, people: people, units: units,
                    answering: answering, columns: columns, scales: scales, day: day))
            try await writer.storeCellsIfClosed(waveID)
        }
        try await DemoFollowUp(writer: writer, demo: demo, organisation: organisation, people: people, units: units).write(
            afterWaveOpening: now.addingTimeInterval(-182 * 86_400), wave: waves, seed: seed, rate: rate)
        let store = ProgrammeStore(db: app.db, organisationID: organisation)
        for programme in DemoPortfolio.programmes(targets: divisions, year: year, seed: seed) where programme.problems.isEmpty {
            try await store.save(programme, id: nil)
        }
        return (organisation, units.count, responses)
    }
}

/// Writes the demo in multi-row statements, a few thousand rows per transaction.
struct DemoWriter {
    let db: any Database
    var sql: any SQLDatabase { db.sql }
    let links: SurveyLinks
    /// When the demo was made: the creation moment of its rows.
    let now: Date
    /// Rows per statement, well below SQLite's limit of 32,766 bound values.
    static let batch = 500

    /// Groups a closed wave's responses into cells as the first load after closing would, so
    /// that serving the demo starts warm: otherwise the first start after a million-person demo
    /// grouped (and marked released) each closed wave's responses while warming, seconds on
    /// PostgreSQL beside the checkpoints of the demo's own writes.
    func storeCellsIfClosed(_ waveID: UUID) async throws {
        guard let stored = try await Wave.find(waveID, on: db), stored.lifecycle.effectiveStatus(at: now) == .closed else { return }
        try await ResultsLoader.storeCells(of: waveID, at: stored.resultsRevision, on: db)
    }

    func organisation(_ name: String, threshold: Int) async throws -> UUID {
        let id = UUID()
        try await sql.insert(into: "organisations").columns("id", "name", "anonymity_threshold", "created_at")
            .values(SQLBind(id), SQLBind(name), SQLBind(threshold), SQLBind(now)).run()
        return id
    }

    func units(_ specs: [DemoOrganisation.UnitSpec], organisation: UUID) async throws -> [UUID] {
        let ids = specs.map { _ in UUID() }
        try await insert(
            "units", ["id", "organisation_id", "parent_id", "name", "created_at"],
            specs.indices.map { i in
                [SQLBind(ids[i]), SQLBind(organisation), SQLBind(specs[i].parent.map { ids[$0] }), SQLBind(specs[i].name), SQLBind(now)]
            })
        return ids
    }

    func people(_ specs: [DemoOrganisation.PersonSpec], units: [UUID], organisation: UUID) async throws -> [UUID] {
        let ids = specs.map { _ in UUID() }
        try await insert(
            "people", ["id", "organisation_id", "external_id", "email", "unit_id", "birth_year", "gender", "start_date"],
            specs.indices.map { i in
                let p = specs[i]
                return [
                    SQLBind(ids[i]), SQLBind(organisation), SQLBind(String(format: "D%06d", i + 1)),
                    SQLBind(String(format: "demo%06d@example.org", i + 1)), SQLBind(units[p.unit]), SQLBind(p.birthYear),
                    SQLBind(p.gender?.rawValue), SQLBind(p.startDate.description)
                ]
            })
        return ids
    }

    func wave(number: Int, organisation: UUID, opens: Date, divisions: [UUID], threshold: Int, instruments: [String]) async throws -> UUID {
        let id = UUID()
        try await sql.insert(into: "waves")
            .columns(
                "id", "organisation_id", "name", "instruments", "units", "opens_at", "closes_at", "time_zone",
                "anonymity_threshold", "languages", "status", "created_at"
            )
            .values(
                SQLBind(id), SQLBind(organisation), SQLBind("Demo \(number)"), SQLBind(instruments.joined(separator: ",")),
                SQLBind(divisions.map(\.uuidString).joined(separator: ",")), SQLBind(opens), SQLBind(opens.addingTimeInterval(21 * 86_400)),
                SQLBind("Europe/Amsterdam"), SQLBind(threshold), SQLBind("nl,en"), SQLBind(WaveLifecycle.Status.closed.rawValue),
                SQLBind(opens)
            )
            .run()
        return id
    }

    func responses(
        _ demo: DemoOrganisation, wave: Int, waveID: UUID, people: [UUID], units: [UUID], answering: [Bool],
        columns: [Item], scales: [ResultScale], day: CalendarDate, invited: [Bool]? = nil
    ) async throws -> Int {
        let invitations = people.map { _ in UUID() }
        // A pulse invites only its unit's people; a full wave everyone.
        let invitedPeople = people.indices.filter { invited?[$0] ?? true }
        try await insert(
            "wave_invitations", ["id", "wave_id", "person_id", "unit_id", "token_hash", "status", "language"],
            invitedPeople.map { i in
                [
                    SQLBind(invitations[i]), SQLBind(waveID), SQLBind(people[i]), SQLBind(units[demo.people[i].unit]),
                    SQLBind(links.hash(for: invitations[i])),
                    SQLBind((answering[i] ? WaveInvitation.Status.completed : .invited).rawValue), SQLBind("nl")
                ]
            })
        let respondents = invitedPeople.filter { answering[$0] }
        var answersOf: [Int: [UInt8]] = [:]
        for i in respondents { answersOf[i] = demo.answers(person: i, wave: wave, columns: columns, scales: scales) }
        try await insert(
            "responses", ["id", "wave_id", "unit_id", "age_band", "gender", "tenure_band", "submitted_on", "answers", "item_answers"],
            respondents.map { i in
                let person = demo.people[i]
                let values = answersOf[i]!
                let closed = Dictionary(
                    uniqueKeysWithValues: values.enumerated().filter { $0.element > 0 }.map { (columns[$0.offset].code, Int($0.element)) })
                let answers = Answers(closed: closed)
                let bands = DemographicBands(birthYear: person.birthYear, gender: person.gender, startDate: person.startDate, on: day)
                let json = "{" + closed.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\($0.value)" }.joined(separator: ",") + "}"
                return [
                    SQLBind(UUID()), SQLBind(waveID), SQLBind(units[person.unit]), SQLBind(bands.ageBand), SQLBind(bands.gender?.rawValue),
                    SQLBind(bands.tenureBand?.rawValue), SQLBind(day.description), SQLBind(json),
                    SQLBind(CompactAnswers.encode(answers, columns: columns))
                ]
            })
        // Everyone's learning-preference profile; about a third agreed to share it by name.
        var sharing = DemoRandom(seed: UInt64(wave) &+ 7)
        try await insert(
            LearningProfileRow.schema, LearningProfileRow.insertedColumns,
            respondents.compactMap { i -> [SQLBind]? in
                let values = answersOf[i]!
                let closed = Dictionary(
                    uniqueKeysWithValues: values.enumerated().filter { $0.element > 0 }.map { (columns[$0.offset].code, Int($0.element)) })
                guard let profile = LearningProfile(answers: closed) else { return nil }
                let person = demo.people[i]
                return [SQLBind(UUID()), SQLBind(invitations[i]), SQLBind(waveID), SQLBind(units[person.unit])]
                    + LearningPreference.allCases.map { SQLBind(profile.scores[$0]!) }
                    + [SQLBind(Double.random(in: 0..<1, using: &sharing) < 0.35), SQLBind(true)]
            })
        // A few open answers per unit, in the organisation's own voice.
        let texts = DemoOrganisation.openAnswers
        var random = DemoRandom(seed: UInt64(wave) &+ 99)
        let openQuestions = InstrumentCatalog.all[0].openQuestions.map(\.code)
        let open = respondents.filter { _ in invited == nil }.filter { _ in Double.random(in: 0..<1, using: &random) < 0.15 }.map { i in
            [
                SQLBind(UUID()), SQLBind(waveID), SQLBind(units[demo.people[i].unit]),
                SQLBind(openQuestions.randomElement(using: &random)!), SQLBind(texts.randomElement(using: &random)!)
            ]
        }
        try await insert("open_answers", ["id", "wave_id", "unit_id", "question_code", "text"], open)
        try await WaveRevision.raise([waveID: respondents.count], on: sql)
        return respondents.count
    }

    /// On PostgreSQL the rows are streamed with one COPY per table; elsewhere
    /// they go in batches of multi-row inserts.
    private func insert(_ table: String, _ columns: [String], _ rows: [[SQLBind]]) async throws {
        let copied: Void? = try await db.withPostgresConnection { connection, logger in
            try await PostgresCopy.rows(rows, into: table, columns: columns, on: connection, logger: logger)
        }
        if copied != nil { return }
        for start in stride(from: 0, to: rows.count, by: Self.batch * 10) {
            let slice = rows[start..<min(start + Self.batch * 10, rows.count)]
            try await db.transaction { db in
                let sql = db.sql
                for batchStart in stride(from: slice.startIndex, to: slice.endIndex, by: Self.batch) {
                    var insert = sql.insert(into: table).columns(columns)
                    for row in slice[batchStart..<min(batchStart + Self.batch, slice.endIndex)] { insert = insert.values(row) }
                    try await insert.run()
                }
            }
        }
    }
}
