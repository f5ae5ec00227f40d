import Foundation
import Vapor

@testable import App

/// The setting of the role-change tests: an administrator signed in on one server, Cas, a
/// viewer, signed in on another (or the same), and the form only advisors may open.
struct RoleChangeSetting {
    let admin: Browser
    let member: Browser
    /// The new-wave form: forbidden to a viewer, open to an advisor.
    let form: String
    private let membership: String

    static func make(admin adminServer: Application, member memberServer: Application) async throws -> RoleChangeSetting {
        let organisation = try await adminServer.createOrganisation("Zorggroep")
        try await adminServer.createUser("admin@example.org", admin: true)
        let admin = Browser(adminServer)
        _ = try await admin.signIn("admin@example.org")
        let cas = try await adminServer.createUser("cas@example.org", organisation: organisation, role: .viewer)
        let member = Browser(memberServer)
        _ = try await member.signIn("cas@example.org")
        return RoleChangeSetting(
            admin: admin, member: member, form: Route.waveNew(organisation).path,
            membership: Route.adminMember(organisation, user: cas).path)
    }

    /// The administrator makes Cas an advisor.
    func promote() async throws {
        _ = try await admin.post(membership, ["role": "advisor"])
    }
}
