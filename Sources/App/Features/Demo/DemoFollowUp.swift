import Fluent
import Foundation
import SQLKit
import VeerkrachtCore

/// The demo's closed loop: after the last wave, management agreed on an action for the first
/// division's K2 (learning together); a follow-up pulse measured K2 there again and has closed,
/// and the next conversation is planned with that action at its top.
struct DemoFollowUp {
    let writer: DemoWriter
    let demo: DemoOrganisation
    let organisation: UUID
    let people: [UUID]
    let units: [UUID]

    /// Nobody signs in to make the demo: its rows name this as their author.
    static let author = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))

    func write(afterWaveOpening opens: Date, wave: Int, seed: UInt64, rate: Double) async throws {
        let db = writer.db
        guard let division = demo.units.indices.first(where: { demo.units[$0].parent == nil }) else { return }
        let zone = WaveSettings.defaultTimeZone
        let conversations = ConversationStore(db: db, organisationID: organisation)
        let held = CalendarDate(opens.addingTimeInterval(35 * 86_400), in: zone)
        let first = try await conversations.create(
            title: "MT-overleg na Demo \(wave)", plannedOn: held, unit: units[division], by: Self.author)
        let action = ConversationAction(
            what: "Intervisie in elk team van \(demo.units[division].name)", who: "Teamleiders",
            due: CalendarDate(opens.addingTimeInterval(60 * 86_400), in: zone), topic: .k2)
        try await conversations.add(action, to: first)
        guard let stored = try await conversations.actions().first else { return }
        _ = try await conversations.create(
            title: "MT-overleg: terugblik op de acties", plannedOn: CalendarDate(writer.now.addingTimeInterval(14 * 86_400), in: zone),
            unit: units[division], by: Self.author)

        let plan = PulsePlan(topics: [.k2], weeksAfterDue: 4, openDays: 14)
        guard let window = plan.window(due: action.due, in: zone), let questionnaire = Questionnaire(references: [plan.instrumentReference])
        else { return }
        let settings = WaveSettings(
            name: "Vervolgmeting: \(action.what)", instruments: [plan.instrumentReference], units: [units[division]],
            opensAt: window.start, closesAt: window.end, anonymityThreshold: try await threshold())
        let pulse = Wave(organisationID: organisation, settings: settings)
        pulse.statusValue = WaveLifecycle.Status.closed.rawValue
        try await pulse.create(on: db)
        let row = WavePulseRow()
        row.organisationID = organisation
        row.waveID = try pulse.requireID()
        row.actionID = stored.id
        row.baselineWaveID = try await Wave.query(on: db).filter(\.$organisation.$id == organisation).sort(\.$opensAt, .descending)
            .filter(\.$opensAt < window.start).first()?.id
        row.unitID = units[division]
        row.createdBy = Self.author
        try await row.create(on: db)

        let inDivision = Set(demo.units.indices.filter { under(division, $0) })
        let invited = demo.people.map { inDivision.contains($0.unit) }
        var random = DemoRandom(seed: seed &+ 4_242)
        let answering = demo.people.indices.map { _ in Double.random(in: 0..<1, using: &random) < rate }
        let columns = CompactAnswers.columns(of: questionnaire)
        // As a wave after the last: the demo's people learn together a little better by then.
        _ = try await writer.responses(
            demo, wave: wave, waveID: try pulse.requireID(), people: people, units: units, answering: answering, columns: columns,
            scales: ResultScale.all(in: columns, instruments: questionnaire.instruments),
            day: CalendarDate(window.start.addingTimeInterval(3 * 86_400), in: zone), invited: invited)
        try await writer.storeCellsIfClosed(try pulse.requireID())
    }

    private func under(_ ancestor: Int, _ unit: Int) -> Bool {
        var current: Int? = unit
        var steps = 0
        while let index = current, steps <= demo.units.count {
            if index == ancestor { return true }
            current = demo.units[index].parent
            steps += 1
        }
        return false
    }

    private func threshold() async throws -> Int {
        try await writer.db.sql.select().column("anonymity_threshold").from("organisations").where("id", .equal, organisation).first()?
            .decode(column: "anonymity_threshold", as: Int.self) ?? WaveSettings.minimumThreshold
    }
}
