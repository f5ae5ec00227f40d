import Foundation
import VeerkrachtCore

/// The installation administrator's pages: organisations and who may enter them.
extension Dutch {
    var organisationsTitle: String { "Organisaties" }
    var organisationsEmpty: String { "Er zijn nog geen organisaties." }
    var organisationCreateHeading: String { "Nieuwe organisatie" }
    var organisationCreateSubmit: String { "Organisatie aanmaken" }
    var organisationNameTaken: String { "Er is al een organisatie met deze naam." }
    var membersHeading: String { "Leden" }
    var membersEmpty: String { "Nog niemand heeft toegang tot deze organisatie." }
    var roleLabel: String { "Rol" }
    var invitationsHeading: String { "Openstaande uitnodigingen" }
    var expiresHeading: String { "Geldig tot" }
    var inviteHeading: String { "Iemand uitnodigen" }
    var inviteHint: String {
        "U krijgt een persoonlijke link die u zelf doorstuurt. De link werkt één keer en is twee weken geldig. Heeft iemand al een account, dan krijgt die meteen toegang."
    }
    var inviteSubmit: String { "Uitnodigen" }
    var accessHeading: String { "Toegang" }
    var removeAccess: String { "Toegang intrekken" }
    func roleFor(email: String) -> String { "Rol van \(email)" }
    func removeAccessFor(email: String) -> String { "Toegang van \(email) intrekken" }
    func invitationCreated(email: String) -> String {
        "De uitnodiging voor \(email) staat klaar. Stuur deze link door; hij wordt maar één keer getoond:"
    }
    func memberAddedExisting(email: String) -> String { "\(email) had al een account en heeft nu toegang tot deze organisatie." }
    func alreadyMember(email: String) -> String { "\(email) heeft al toegang tot deze organisatie." }
}
