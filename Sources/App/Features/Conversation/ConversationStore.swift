import Fluent
import Foundation
import VeerkrachtCore

// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
final class ConversationRow: Model, @unchecked Sendable {
    // @unchecked: Fluent's property wrappers prevent a checked conformance; rows stay in a request.
    static let schema = "conversations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @OptionalField(key: "unit_id") var unitID: UUID?
    @Field(key: "title") var title: String
    @Field(key: "planned_on") var plannedOn: String
    @OptionalField(key: "held_on") var heldOn: String?
    /// Notes per topic: `{"k1": "…"}`.
    @Field(key: "notes") var notes: String
    /// The core's `Dashboard` as JSON, frozen when the conversation was held.
    @OptionalField(key: "figures") var figures: String?
    @Field(key: "created_by") var createdBy: UUID
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
final class ConversationActionRow: Model, @unchecked Sendable {
    // @unchecked: as above.
    static let schema = "conversation_actions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "conversation_id") var conversationID: UUID
    @Field(key: "topic") var topic: String
    @Field(key: "what") var what: String
    @Field(key: "who") var who: String
    @Field(key: "due") var due: String
    @OptionalField(key: "programme_id") var programmeID: UUID?
    @Field(key: "status") var status: String
    @Field(key: "status_note") var statusNote: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// A conversation as pages read it.
struct Conversation: Sendable {
    let id: UUID
    let unit: UUID?
    let title: String
    let plannedOn: CalendarDate
    let heldOn: CalendarDate?
    let notes: [Topic: String]
    /// The dashboard as it stood when the conversation was held; nil before.
    let figures: Dashboard?
    let createdAt: Date
}

/// An agreed action with where it came from.
struct StoredAction: Sendable {
    let id: UUID
    let conversation: UUID
    let action: ConversationAction
    let note: String
    let createdAt: Date
}

/// Conversations and their actions of one organisation; another organisation's id is a 404.
struct ConversationStore {
    let db: any Database
    let organisationID: UUID

    func all() async throws -> [Conversation] {
        try await ConversationRow.query(on: db).filter(\.$organisation.$id == organisationID)
            .sort(\.$plannedOn, .descending).sort(\.$createdAt, .descending).all().map(Self.conversation)
    }

    func find(_ id: UUID) async throws -> Conversation { Self.conversation(try await row(id)) }

    func create(title: String, plannedOn: CalendarDate, unit: UUID?, by user: UUID) async throws -> UUID {
        let row = ConversationRow()
        row.$organisation.id = organisationID
        row.unitID = unit
        row.title = title
        row.plannedOn = plannedOn.description
        row.notes = "{}"
        row.createdBy = user
        try await row.save(on: db)
        return try row.requireID()
    }

    /// Sets the notes of the given topics (an empty note removes it); other topics keep theirs.
    func saveNotes(_ changed: [Topic: String], conversation id: UUID) async throws {
        let row = try await row(id)
        var notes = Self.notes(row.notes)
        for (topic, note) in changed { notes[topic] = note.isEmpty ? nil : note }
        row.notes = String(
            decoding: try JSONEncoder().encode(Dictionary(uniqueKeysWithValues: notes.map { ($0.key.rawValue, $0.value) })), as: UTF8.self)
        try await row.save(on: db)
    }

    /// Marks the conversation held on `day` and freezes the figures it was held on.
    func markHeld(_ id: UUID, on day: CalendarDate, figures: Dashboard) async throws {
        let row = try await row(id)
        row.heldOn = day.description
        row.figures = String(decoding: try JSONEncoder().encode(figures), as: UTF8.self)
        try await row.save(on: db)
    }

    func add(_ action: ConversationAction, to conversation: UUID) async throws {
        _ = try await row(conversation)
        let row = ConversationActionRow()
        row.$organisation.id = organisationID
        row.conversationID = conversation
        row.topic = action.topic.rawValue
        row.what = action.what
        row.who = action.who
        row.due = action.due.description
        row.programmeID = action.programme
        row.status = action.status.rawValue
        row.statusNote = ""
        try await row.save(on: db)
    }

    func setStatus(_ status: ConversationAction.Status, note: String, action id: UUID, conversation: UUID) async throws {
        guard
            let row = try await ConversationActionRow.query(on: db).filter(\.$id == id).filter(\.$conversationID == conversation)
                .filter(\.$organisation.$id == organisationID).first()
        else { throw AppError.notFound }
        row.status = status.rawValue
        row.statusNote = note
        try await row.save(on: db)
    }

    /// Every action of the organisation, oldest due first.
    func actions() async throws -> [StoredAction] {
        try await ConversationActionRow.query(on: db).filter(\.$organisation.$id == organisationID)
            .sort(\.$due).sort(\.$createdAt).all().compactMap(Self.action)
    }

    /// One action of a conversation of this organisation; anything else is a 404.
    func action(_ id: UUID, conversation: UUID) async throws -> StoredAction {
        guard
            let row = try await ConversationActionRow.query(on: db).filter(\.$id == id).filter(\.$conversationID == conversation)
                .filter(\.$organisation.$id == organisationID).first(),
            let action = Self.action(row)
        else { throw AppError.notFound }
        return action
    }

    private func row(_ id: UUID) async throws -> ConversationRow {
        guard
            let row = try await ConversationRow.query(on: db).filter(\.$id == id)
                .filter(\.$organisation.$id == organisationID).first()
        else { throw AppError.notFound }
        return row
    }

    private static func notes(_ json: String) -> [Topic: String] {
        let raw = (try? JSONDecoder().decode([String: String].self, from: Data(json.utf8))) ?? [:]
        return Dictionary(uniqueKeysWithValues: raw.compactMap { key, value in Topic(rawValue: key).map { ($0, value) } })
    }

    private static func conversation(_ row: ConversationRow) -> Conversation {
        Conversation(
            id: row.id!, unit: row.unitID, title: row.title,
            plannedOn: CalendarDate(parsing: row.plannedOn) ?? CalendarDate(year: 2000, month: 1, day: 1)!,
            heldOn: row.heldOn.flatMap(CalendarDate.init(parsing:)), notes: notes(row.notes),
            figures: row.figures.flatMap { try? JSONDecoder().decode(Dashboard.self, from: Data($0.utf8)) },
            createdAt: row.createdAt ?? .distantPast)
    }

    private static func action(_ row: ConversationActionRow) -> StoredAction? {
        guard let id = row.id, let topic = Topic(rawValue: row.topic), let due = CalendarDate(parsing: row.due),
            let status = ConversationAction.Status(rawValue: row.status)
        else { return nil }
        var action = ConversationAction(what: row.what, who: row.who, due: due, topic: topic, programme: row.programmeID)
        action.status = status
        return StoredAction(
            id: id, conversation: row.conversationID, action: action, note: row.statusNote, createdAt: row.createdAt ?? .distantPast)
    }
}
