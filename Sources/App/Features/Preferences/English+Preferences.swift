import Foundation
import VeerkrachtCore

extension English {
    var choicesLegend: String { "Your profile and your answers" }
    var shareWithTeamChoice: String { "My team may see my learning preferences with my name (only the order, no scores)." }
    var leaveOutChoice: String { "Leave my answers out of the anonymous results; keep only my own profile." }
    var viewProfileLink: String { "See your full profile with tips" }
    var profilePageTitle: String { "Your learning preferences" }
    var profileOrderIntro: String {
        "Everyone learns in several ways, but not every way gives everyone as much. This is your order, from strong to less strong."
    }
    func strongestTitle(_ rank: Int, _ name: String) -> String {
        rank == 1 ? "Your strongest preference: \(name)" : "Your second preference: \(name)"
    }
    var situationsLabel: String { "Where you learn most" }
    var seekLabel: String { "Look for" }
    var avoidLabel: String { "Rather not" }
    func weakestTitle(_ name: String) -> String { "Try something new: \(name)" }
    var colleaguesTitle: String { "Learning with colleagues" }
    func withColleague(_ name: String) -> String { "With a colleague who mostly learns by \(name.lowercased())" }
    func sharingStatus(_ shared: Bool, counted: Bool) -> String {
        if shared { return "Your team sees the order of your preferences with your name, never your scores." }
        return counted
            ? "Your team does not see your profile; your answers count only in anonymous overviews."
            : "Your team does not see your profile, and your answers count in no overview."
    }
    func sharingToggle(_ shared: Bool) -> String { shared ? "Stop sharing with my team" : "Share with my team" }
    func countedStatus(_ counted: Bool) -> String {
        counted
            ? "Your answers count anonymously in the results. They cannot be traced back to you, and so they stay there if you delete this profile."
            : "You chose to leave your answers out of the anonymous results: only this profile is kept of you."
    }
    var deleteTitle: String { "Delete profile" }
    var deleteSubmit: String { "Delete my profile" }
    var profileDeleted: String { "Your profile has been deleted." }
    var printHint: String { "This page fits on one A4 when printed." }
    var teamMixTitle: String { "A team's learning preferences" }
    var teamMixIntro: String {
        "How the five learning preferences are spread in the team. Names appear only for those who chose so; of the others you see only the whole, and only when it is large enough."
    }
    var dominantTitle: String { "Strongest preference" }
    var meanTitle: String { "Mean (1–5)" }
    var namedTitle: String { "Who shares their profile" }
    var namedNone: String { "Nobody in this team shares their profile by name." }
    func mixSuppressed(threshold: Int) -> String {
        "The overview is not shown: fewer than \(threshold) people who do not share their profile, or together with other overviews a smaller group could be worked out."
    }
    func mixPeople(_ people: Int) -> String {
        "The mix counts \(people) people, as the anonymous results do: whoever left their answers out of the results is not counted."
    }
    var overLabel: String { "More than in the organisation" }
    var underLabel: String { "Less than in the organisation" }
    var adviceTitle: String { "Advice" }
    var adviceNone: String { "Nothing in particular in this mix." }
    var conditionLabel: String { "Because" }
    func membersAccess(_ open: Bool) -> String {
        open ? "Team members see this overview through their personal link." : "Team members do not see this overview (yet)."
    }
    func membersToggle(_ open: Bool) -> String { open ? "Close to team members" : "Open to team members" }
    var teamNotOpened: String { "Your team's manager has not opened this overview yet." }
    var noProfilesInWave: String { "This wave has no learning-preference scan." }
    var languageTitle: String { "A language for learning" }
    var languageIntro: String {
        "People learn in different ways. Five learning preferences give a shared language to talk about it: what works for whom, and how do you help each other learn?"
    }
    var diversityTitle: String { "Diversity by unit" }
    var diversityIntro: String {
        "Per unit how differently people learn, next to the spread of age, gender and years of service. Only anonymous overviews of groups large enough."
    }
    var diversityLabel: String { "Spread of learning preferences (0–100)" }
    var mostCommonLabel: String { "Most common" }
    var teamMixLink: String { "Learning preferences by team" }
    var shareLabel: String { "Share" }
    var otherBands: String { "other" }
    var languageCardText: String { "The five learning preferences explained" }
}
