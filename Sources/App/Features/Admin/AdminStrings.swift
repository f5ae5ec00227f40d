import Foundation
import VeerkrachtCore

/// The installation administrator's pages: organisations and who may enter them.
protocol AdminStrings: Sendable {
    var organisationsTitle: String { get }
    var organisationsEmpty: String { get }
    var organisationCreateHeading: String { get }
    var organisationCreateSubmit: String { get }
    var organisationNameTaken: String { get }
    var membersHeading: String { get }
    var membersEmpty: String { get }
    var roleLabel: String { get }
    var invitationsHeading: String { get }
    var expiresHeading: String { get }
    var inviteHeading: String { get }
    var inviteHint: String { get }
    var inviteSubmit: String { get }
    var accessHeading: String { get }
    var removeAccess: String { get }
    func roleFor(email: String) -> String
    func removeAccessFor(email: String) -> String
    func invitationCreated(email: String) -> String
    func memberAddedExisting(email: String) -> String
    func alreadyMember(email: String) -> String
}
