import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

extension Application {
    @discardableResult
    func createPerson(
        _ externalID: String, in organisation: UUID, unit: UUID?, birthYear: Int? = 1980, gender: Gender? = .female,
        startDate: String? = "2015-03-01", email: String? = nil, archived: Bool = false
    ) async throws -> UUID {
        let record = PersonRecord(
            externalID: externalID, email: email ?? "\(externalID)@example.org", unitID: unit,
            birthYear: birthYear, gender: gender, startDate: startDate.flatMap(CalendarDate.init(parsing:)))
        let person = Person(organisationID: organisation, record: record)
        if archived { person.archivedAt = Date() }
        try await person.create(on: db)
        // As an import would: the kept counts of active people are read again.
        try await PeopleRevision.raise(organisation, on: db.sql)
        return try person.requireID()
    }

    /// A wave stored directly; `open` opens it the way the page does.
    func createWave(
        in organisation: UUID, units: [UUID], instruments: [String] = ["dlo@1"],
        opensAt: Date = Date().addingTimeInterval(-3600), closesAt: Date = Date().addingTimeInterval(14 * 86_400),
        threshold: Int = 3, languages: [Language] = [.nl, .en], open: Bool = true
    ) async throws -> UUID {
        let settings = WaveSettings(
            name: "Najaarsmeting", instruments: instruments, units: units, opensAt: opensAt,
            closesAt: closesAt, anonymityThreshold: threshold, languages: languages)
        let wave = Wave(organisationID: organisation, settings: settings)
        try await wave.create(on: db)
        if open { _ = try await WaveStore(db: db, organisationID: organisation).open(wave, links: surveyLinks) }
        return try wave.requireID()
    }

    /// The personal link token of one person in a wave, as the links CSV would give it.
    func surveyToken(wave: UUID, person: UUID) async throws -> String {
        let invitation = try await WaveInvitation.query(on: db).filter(\.$wave.$id == wave).filter(\.$person.$id == person).first()
        return surveyLinks.token(for: try invitation!.requireID())
    }

    /// Sends the whole DLO and learning-preference scan through the review page's form, with
    /// the person's choices; everyone's strongest preference is discovering.
    @discardableResult
    func submitScan(wave: UUID, person: UUID, value: Int = 4, share: Bool = false, leaveOut: Bool = false) async throws -> String {
        let token = try await surveyToken(wave: wave, person: person)
        var pairs = fullAnswers(["dlo@1", "lp@1"], value: value)
        pairs = pairs.map { code, v in code.hasPrefix("LP.") && !code.hasPrefix("LP.ON") && code.hasSuffix(".1") ? (code, "1") : (code, v) }
        if share { pairs.append(("_share_with_team", "1")) }
        if leaveOut { pairs.append(("_leave_out_of_results", "1")) }
        let page = try await Browser(self).postAnonymously(Route.surveySubmit(token: token).path, pairs: pairs, follow: false)
        #expect(page.status == .seeOther)
        return token
    }

    /// The wave's results revision as stored now.
    func resultsRevision(of wave: UUID) async throws -> Int {
        try #require(try await Wave.find(wave, on: db)).resultsRevision
    }

    /// Closes a wave early, as an advisor would: only then are its results read without live results.
    func closeWave(_ wave: UUID) async throws {
        let stored = try await Wave.find(wave, on: db)
        stored?.statusValue = WaveLifecycle.Status.closed.rawValue
        try await stored?.save(on: db)
    }

    func invitation(wave: UUID, person: UUID) async throws -> WaveInvitation {
        try await WaveInvitation.query(on: db).filter(\.$wave.$id == wave).filter(\.$person.$id == person).first()!
    }
}

/// Every item of a questionnaire answered with `value`.
func fullAnswers(_ references: [String], value: Int = 4) -> [(String, String)] {
    Questionnaire(references: references)!.instruments.flatMap(\.items).map { ($0.code, String(value)) }
}

/// Teams Noord (4 answering 4 everywhere) and Zuid (2 answering 2) under Zorg; threshold 3.
/// The wave is closed afterwards unless `open`: an open wave's results are withheld.
struct ScanSetting {
    let organisation: UUID, zorg: UUID, noord: UUID, zuid: UUID, wave: UUID

    static func make(_ app: Application, open: Bool = false) async throws -> ScanSetting {
        let organisation = try await app.createOrganisation("Zorggroep")
        let zorg = try await app.createUnit("Zorg", in: organisation)
        let noord = try await app.createUnit("Noord", in: organisation, under: zorg)
        let zuid = try await app.createUnit("Zuid", in: organisation, under: zorg)
        var people: [(person: UUID, unit: UUID, value: Int)] = []
        for i in 0..<4 { people.append((try await app.createPerson("n\(i)", in: organisation, unit: noord), noord, 4)) }
        for i in 0..<2 { people.append((try await app.createPerson("z\(i)", in: organisation, unit: zuid), zuid, 2)) }
        // Opening the wave invites everyone in scope, so the people come first.
        let wave = try await app.createWave(in: organisation, units: [zorg], threshold: 3)
        for p in people { try await app.respond(wave: wave, person: p.person, unit: p.unit, value: p.value) }
        if !open { try await app.closeWave(wave) }
        return ScanSetting(organisation: organisation, zorg: zorg, noord: noord, zuid: zuid, wave: wave)
    }
}

extension Application {
    /// A complete DLO response with the same answer everywhere, written as a submit writes it.
    func respond(wave: UUID, person: UUID, unit: UUID, value: Int) async throws {
        let questionnaire = Questionnaire(references: ["dlo@1"])!
        let answers = Answers(closed: Dictionary(uniqueKeysWithValues: questionnaire.instruments.flatMap(\.items).map { ($0.code, value) }))
        let submission = SubmissionWriter.Submission(
            invitationID: try await invitation(wave: wave, person: person).requireID(), waveID: wave, unitID: unit,
            bands: DemographicBands(ageBand: "30-39", gender: .female, tenureBand: .fiveToTen),
            day: CalendarDate(year: 2026, month: 11, day: 23)!,
            answers: String(decoding: try JSONEncoder().encode(answers.closed), as: UTF8.self),
            itemAnswers: CompactAnswers.encode(answers, columns: CompactAnswers.columns(of: questionnaire)), openAnswers: [], profile: nil)
        #expect(try await submissions.write([submission], on: db) == [0])
    }

    /// A running programme started long enough ago that its reconstruction and redesign are overdue.
    @discardableResult
    func overdueProgramme(in organisation: UUID, name: String = "Leiderschap") async throws -> UUID {
        var programme = Programme(name: name)
        programme.status = .running
        programme.destination = "Leidinggevenden coachen hun teams"
        programme.start = CalendarDate(year: 2018, month: 1, day: 1)
        return try await ProgrammeStore(db: db, organisationID: organisation).save(programme, id: nil)
    }
}
