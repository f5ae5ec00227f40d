import Foundation
import VeerkrachtCore

/// The texts of the profile, the team mix, the language for learning and diversity pages.
protocol PreferenceStrings: Sendable {
    var choicesLegend: String { get }
    var shareWithTeamChoice: String { get }
    var leaveOutChoice: String { get }
    var viewProfileLink: String { get }
    var profilePageTitle: String { get }
    var profileOrderIntro: String { get }
    func strongestTitle(_ rank: Int, _ name: String) -> String
    var situationsLabel: String { get }
    var seekLabel: String { get }
    var avoidLabel: String { get }
    func weakestTitle(_ name: String) -> String
    var colleaguesTitle: String { get }
    func withColleague(_ name: String) -> String
    func sharingStatus(_ shared: Bool, counted: Bool) -> String
    func sharingToggle(_ shared: Bool) -> String
    func countedStatus(_ counted: Bool) -> String
    var deleteTitle: String { get }
    var deleteSubmit: String { get }
    var profileDeleted: String { get }
    var printHint: String { get }
    var teamMixTitle: String { get }
    var teamMixIntro: String { get }
    var dominantTitle: String { get }
    var meanTitle: String { get }
    var namedTitle: String { get }
    var namedNone: String { get }
    func mixSuppressed(threshold: Int) -> String
    func mixPeople(_ people: Int) -> String
    var overLabel: String { get }
    var underLabel: String { get }
    var adviceTitle: String { get }
    var adviceNone: String { get }
    var conditionLabel: String { get }
    func membersAccess(_ open: Bool) -> String
    func membersToggle(_ open: Bool) -> String
    var teamNotOpened: String { get }
    var noProfilesInWave: String { get }
    var languageTitle: String { get }
    var languageIntro: String { get }
    var diversityTitle: String { get }
    var diversityIntro: String { get }
    var diversityLabel: String { get }
    var mostCommonLabel: String { get }
    var teamMixLink: String { get }
    var shareLabel: String { get }
    var otherBands: String { get }
    var languageCardText: String { get }
}
