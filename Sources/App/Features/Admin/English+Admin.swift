import Foundation
import VeerkrachtCore

/// The installation administrator's pages: organisations and who may enter them.
extension English {
    var organisationsTitle: String { "Organisations" }
    var organisationsEmpty: String { "There are no organisations yet." }
    var organisationCreateHeading: String { "New organisation" }
    var organisationCreateSubmit: String { "Create organisation" }
    var organisationNameTaken: String { "There is already an organisation with this name." }
    var membersHeading: String { "Members" }
    var membersEmpty: String { "Nobody has access to this organisation yet." }
    var roleLabel: String { "Role" }
    var invitationsHeading: String { "Open invitations" }
    var expiresHeading: String { "Valid until" }
    var inviteHeading: String { "Invite someone" }
    var inviteHint: String {
        "You get a personal link to pass on yourself. It works once and for two weeks. Someone who already has an account gets access at once."
    }
    var inviteSubmit: String { "Invite" }
    var accessHeading: String { "Access" }
    var removeAccess: String { "Remove access" }
    func roleFor(email: String) -> String { "Role of \(email)" }
    func removeAccessFor(email: String) -> String { "Remove access for \(email)" }
    func invitationCreated(email: String) -> String {
        "The invitation for \(email) is ready. Pass on this link; it is shown only this once:"
    }
    func memberAddedExisting(email: String) -> String { "\(email) already had an account and now has access to this organisation." }
    func alreadyMember(email: String) -> String { "\(email) already has access to this organisation." }
}
