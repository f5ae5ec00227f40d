import Vapor
import VeerkrachtCore

/// The organisation a request is about, and the role of the signed-in person in it.
struct OrganisationAccess: Sendable {
    let organisationID: UUID
    let name: String
    let role: Role
    let userID: UUID
}

extension Request {
    /// The organisation named by the `:org` parameter, if the signed-in person belongs to it.
    /// Anyone else gets 404, not 403: the answer must not confirm that it exists.
    func organisationAccess(atLeast minimum: Role = .viewer) throws -> OrganisationAccess {
        let user = try requireUser()
        guard let id = parameters.get("org", as: UUID.self),
            let membership = user.organisations.first(where: { $0.organisationID == id })
        else {
            throw AppError.notFound
        }
        guard membership.role >= minimum else { throw AppError.forbidden }
        return OrganisationAccess(organisationID: id, name: membership.name, role: membership.role, userID: user.id)
    }

    func requireAdmin() throws -> SignedInUser {
        let user = try requireUser()
        guard user.isAdmin else { throw AppError.notFound }
        return user
    }

    /// A UUID path parameter; a malformed one is simply a page that does not exist.
    func uuidParameter(_ name: String) throws -> UUID {
        guard let id = parameters.get(name, as: UUID.self) else { throw AppError.notFound }
        return id
    }
}
