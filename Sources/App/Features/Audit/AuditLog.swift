import Fluent
import SQLKit
import Vapor

/// What a works council may ask about afterwards: who changed access, opened or closed a wave,
/// took the response file, hid an answer, made or revoked a token, imported or exported
/// people's data. Events are only ever added: no route edits or removes one; they go when
/// they are older than the retention.
enum AuditAction: String, Sendable, CaseIterable {
    case memberInvited = "member.invited"
    case roleChanged = "member.role"
    case memberRemoved = "member.removed"
    case waveOpened = "wave.opened"
    case waveClosed = "wave.closed"
    case waveReopened = "wave.reopened"
    case waveEdited = "wave.edited"
    case waveDeleted = "wave.deleted"
    case liveResultsChanged = "wave.live-results"
    case responsesDownloaded = "responses.csv"
    case openAnswerHidden = "open-answer.hidden"
    case tokenCreated = "token.created"
    case tokenRevoked = "token.revoked"
    case peopleImported = "people.imported"
    case passwordChanged = "account.password"
    case signedOutEverywhere = "account.sign-out-everywhere"
    case personErased = "person.erased"
    case organisationDeleted = "organisation.deleted"
    case organisationExported = "organisation.exported"
    case retentionChanged = "organisation.retention"
}

// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
final class AuditEvent: Model, @unchecked Sendable {
    static let schema = "audit_events"

    @ID(key: .id) var id: UUID?
    @OptionalField(key: "organisation_id") var organisationID: UUID?
    @Field(key: "actor") var actor: String
    @Field(key: "action") var actionName: String
    @Field(key: "subject") var subject: String
    @Field(key: "at") var at: Date

    init() {}

    init(organisationID: UUID?, actor: String, action: AuditAction, subject: String, at: Date) {
        self.organisationID = organisationID
        self.actor = actor
        self.actionName = action.rawValue
        self.subject = String(subject.prefix(300))
        self.at = at
    }

    var action: AuditAction? { AuditAction(rawValue: actionName) }
}

struct AuditLog {
    /// Two years: long enough for a works council's yearly review, short enough not to become
    /// a record of people.
    static let retention: TimeInterval = 2 * 365 * 24 * 3600
    static let pageSize = 100

    let db: any Database

    func record(_ action: AuditAction, subject: String, organisation: UUID?, actor: String, now: Date) async throws {
        try await AuditEvent(organisationID: organisation, actor: actor, action: action, subject: subject, at: now).create(on: db)
        try await AuditEvent.query(on: db).filter(\.$at < now.addingTimeInterval(-Self.retention)).delete()
    }

    /// The latest events, of one organisation or of all (the administrator), older than `before`.
    func events(of organisation: UUID?, before: Date?) async throws -> [AuditEvent] {
        var query = AuditEvent.query(on: db).sort(\.$at, .descending).limit(Self.pageSize)
        if let organisation { query = query.filter(\.$organisationID == organisation) }
        if let before { query = query.filter(\.$at < before) }
        return try await query.all()
    }
}

extension Request {
    /// Records what the signed-in person, or the owner of the API token (`by`), just did.
    func audit(_ action: AuditAction, _ subject: String, organisation: UUID?, by tokenOwner: UUID? = nil) async throws {
        var actor = signedInUser?.email ?? "API"
        if signedInUser == nil, let tokenOwner, let owner = try await User.find(tokenOwner, on: db) { actor = "\(owner.email) (API)" }
        try await AuditLog(db: db).record(action, subject: subject, organisation: organisation, actor: actor, now: now)
    }
}
