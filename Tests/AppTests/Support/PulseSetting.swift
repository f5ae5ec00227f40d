import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// Zorg with Noord (four people, who answered 2, 3, 3 and 4 throughout the last full wave) and
/// Zuid (two people who did not answer: below the threshold of 3). The full wave ran 200 to 179 days ago and is closed;
/// a manager's conversation agreed an action on K2 due in a week.
struct PulseSetting {
    let app: Application
    let organisation: UUID, zorg: UUID, noord: UUID, zuid: UUID, baseline: UUID
    let noordPeople: [UUID]
    let manager: Browser
    let conversation: UUID
    let action: UUID
    let now: Date

    static let day: TimeInterval = 86_400

    static func make(_ app: Application, conversationUnit: String? = nil) async throws -> PulseSetting {
        let now = Date()
        app.clock = .fixed(now)
        let organisation = try await app.createOrganisation("Zorggroep")
        let zorg = try await app.createUnit("Zorg", in: organisation)
        let noord = try await app.createUnit("Noord", in: organisation, under: zorg)
        let zuid = try await app.createUnit("Zuid", in: organisation, under: zorg)
        var noordPeople: [UUID] = []
        for i in 0..<4 { noordPeople.append(try await app.createPerson("n\(i)", in: organisation, unit: noord)) }
        // Zuid's two do not answer: one or two answers there would hide Noord too (Zorg minus Noord).
        for i in 0..<2 { _ = try await app.createPerson("z\(i)", in: organisation, unit: zuid) }
        let baseline = try await app.createWave(
            in: organisation, units: [zorg], instruments: ["dlo@1", "lp@1"], opensAt: now.addingTimeInterval(-200 * day),
            closesAt: now.addingTimeInterval(day))
        for (person, value) in zip(noordPeople, [2, 3, 3, 4]) { try await app.submitScan(wave: baseline, person: person, value: value) }
        let stored = try #require(try await Wave.find(baseline, on: app.db))
        stored.closesAt = now.addingTimeInterval(-179 * day)
        stored.statusValue = WaveLifecycle.Status.closed.rawValue
        try await stored.save(on: app.db)

        let manager = try await app.signedIn(as: "manager@example.org", .manager, in: organisation)
        var fields = ["title": "MT na de meting", "planned_on": Self.iso(now.addingTimeInterval(-30 * day))]
        if let conversationUnit { fields["unit"] = conversationUnit == "zuid" ? zuid.uuidString : noord.uuidString }
        let created = try await manager.post(Route.conversations(organisation).path, fields, follow: false)
        let conversation = try #require(created.location?.split(separator: "/").last.flatMap { UUID(uuidString: String($0)) })
        _ = try await manager.post(
            Route.conversationActions(organisation, conversation: conversation).path,
            ["topic": "k2", "what-k2": "Intervisie per team", "who-k2": "Teamleiders", "due-k2": Self.iso(now.addingTimeInterval(7 * day))])
        let action = try #require(try await ConversationActionRow.query(on: app.db).filter(\.$conversationID == conversation).first()?.id)
        return PulseSetting(
            app: app, organisation: organisation, zorg: zorg, noord: noord, zuid: zuid, baseline: baseline, noordPeople: noordPeople,
            manager: manager, conversation: conversation, action: action, now: now)
    }

    static func iso(_ date: Date) -> String { WallClock.day(of: date).description }

    var actionPath: String { Route.action(organisation, conversation: conversation, action: action).path }

    func schedule(_ fields: [String: String], questions: [String] = ["k2"], as browser: Browser? = nil) async throws -> Browser.Page {
        var pairs = fields.map { ($0.key, $0.value) }
        pairs += questions.map { ("questions[]", $0) }
        return try await (browser ?? manager).post(
            Route.actionPulse(organisation, conversation: conversation, action: action).path, pairs: pairs, follow: false)
    }

    func pulses() async throws -> [Wave] {
        let ids = try await WavePulseRow.query(on: app.db).filter(\.$organisationID == organisation).all().map(\.waveID)
        return try await Wave.query(on: app.db).filter(\.$id ~~ ids).all()
    }

    /// Schedules the K2 pulse for Noord, lets Noord answer it with `values`, and moves the clock past its close.
    func answeredPulse(_ values: [Int]) async throws -> Wave {
        let page = try await schedule(["unit": noord.uuidString, "weeks": "4", "days": "14"])
        #expect(page.status == .seeOther)
        let pulse = try #require(try await pulses().first)
        app.clock = .fixed(pulse.opensAt.addingTimeInterval(3_600))
        for (person, value) in zip(noordPeople, values) {
            let token = try await app.surveyToken(wave: try pulse.requireID(), person: person)
            let sent = try await Browser(app).postAnonymously(
                Route.surveySubmit(token: token).path, pairs: fullAnswers(["dlo@1:K2"], value: value), follow: false)
            #expect(sent.status == .seeOther)
        }
        app.clock = .fixed(pulse.closesAt.addingTimeInterval(3_600))
        // Weeks have passed: the manager signs in again.
        _ = try await manager.signIn("manager@example.org")
        return pulse
    }
}
