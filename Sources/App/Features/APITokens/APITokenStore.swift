import Fluent
import Foundation
import Vapor
import VeerkrachtCore

// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
final class APITokenRow: Model, @unchecked Sendable {
    // @unchecked: Fluent's property wrappers prevent a checked conformance; rows stay in a request.
    static let schema = "api_tokens"

    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "name") var name: String
    @Field(key: "role") var role: String
    @Field(key: "token_hash") var tokenHash: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    init() {}
}

/// A token as its owner's page lists it; the token itself is never read back.
struct APITokenSummary: Sendable {
    let id: UUID
    let name: String
    let role: Role
    let createdAt: Date
    let lastUsedAt: Date?
    let revokedAt: Date?
}

/// Personal API tokens: made by a user for one organisation, at most that user's role there.
struct APITokenStore {
    let db: any Database

    /// Tokens start with a readable prefix so a leaked one is easy to recognise in logs and scans.
    static let prefix = "vk_"

    /// Makes a token and returns it; only its hash is stored, so this is the one time it is seen.
    func create(user: UUID, organisation: UUID, name: String, role: Role) async throws -> String {
        let token = Self.prefix + SecureToken.generate()
        let row = APITokenRow()
        row.userID = user
        row.organisationID = organisation
        row.name = name
        row.role = role.rawValue
        row.tokenHash = SecureToken.hash(token)
        try await row.save(on: db)
        return token
    }

    func tokens(of user: UUID, in organisation: UUID) async throws -> [APITokenSummary] {
        try await APITokenRow.query(on: db).filter(\.$userID == user).filter(\.$organisationID == organisation)
            .sort(\.$createdAt, .descending).all().map {
                APITokenSummary(
                    id: $0.id!, name: $0.name, role: Role(rawValue: $0.role) ?? .viewer, createdAt: $0.createdAt ?? .distantPast,
                    lastUsedAt: $0.lastUsedAt, revokedAt: $0.revokedAt)
            }
    }

    /// Revokes one of the user's own tokens; any other id is not found.
    func revoke(_ id: UUID, user: UUID, organisation: UUID, at now: Date) async throws {
        guard
            let row = try await APITokenRow.query(on: db).filter(\.$id == id).filter(\.$userID == user)
                .filter(\.$organisationID == organisation).first()
        else { throw AppError.notFound }
        if row.revokedAt == nil {
            row.revokedAt = now
            try await row.save(on: db)
        }
    }

    /// Revokes every token a person holds for an organisation: taking someone's access away
    /// must not leave tokens that come back to life when they are invited again.
    func revokeAll(of user: UUID, in organisation: UUID, now: Date) async throws {
        try await APITokenRow.query(on: db).filter(\.$userID == user).filter(\.$organisationID == organisation)
            .filter(\.$revokedAt == nil).set(\.$revokedAt, to: now).update()
    }

    /// The access a bearer token gives: its organisation, and the lower of its role and the
    /// owner's role there now (a demoted or removed owner takes the token down with them).
    /// Records the moment of use (to the minute).
    func access(for token: String, now: Date) async throws -> OrganisationAccess? {
        guard token.hasPrefix(Self.prefix), token.count < 200,
            let row = try await APITokenRow.query(on: db).filter(\.$tokenHash == SecureToken.hash(token)).first(),
            row.revokedAt == nil, let tokenRole = Role(rawValue: row.role),
            let membership = try await Membership.query(on: db).filter(\.$user.$id == row.userID)
                .filter(\.$organisation.$id == row.organisationID).with(\.$organisation).first()
        else { return nil }
        // The last use is a date for people, not a log: writing it at most once a minute keeps
        // a polling BI tool from turning every read into a write.
        if row.lastUsedAt.map({ now.timeIntervalSince($0) >= 60 }) ?? true {
            row.lastUsedAt = now
            try await row.save(on: db)
        }
        return OrganisationAccess(
            organisationID: row.organisationID, name: membership.organisation.name,
            role: min(tokenRole, membership.role), userID: row.userID)
    }
}
