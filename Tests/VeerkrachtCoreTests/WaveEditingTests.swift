import Foundation
import Testing
import VeerkrachtCore

@Suite struct WaveEditingTests {
    let opens = Date(timeIntervalSince1970: 1_800_000_000)
    var closes: Date { opens.addingTimeInterval(14 * 86_400) }

    func lifecycle(_ status: WaveLifecycle.Status) -> WaveLifecycle {
        WaveLifecycle(status: status, opensAt: opens, closesAt: closes)
    }

    @Test func aWaveInPreparationMayChangeEverythingAndBeDeleted() {
        let draft = lifecycle(.draft)
        #expect(draft.editable(at: opens) == .everything)
        #expect(draft.isDeletable)
    }

    @Test func anOpenedWaveMayChangeOnlyItsNameAndCloseMomentAndIsNeverDeleted() {
        let open = lifecycle(.open)
        #expect(open.editable(at: opens.addingTimeInterval(-86_400)) == .nameAndCloseMoment)
        #expect(open.editable(at: opens.addingTimeInterval(3600)) == .nameAndCloseMoment)
        #expect(!open.isDeletable)
    }

    @Test func aClosedWaveMayChangeOnlyItsNameAlsoWhenItClosedByItsMoment() {
        #expect(lifecycle(.closed).editable(at: opens.addingTimeInterval(3600)) == .nameOnly)
        #expect(lifecycle(.open).editable(at: closes.addingTimeInterval(1)) == .nameOnly)
        #expect(!lifecycle(.closed).isDeletable)
    }

    @Test func aNewCloseMomentMustLieAfterTheOpenMomentAndInTheFuture() throws {
        let open = lifecycle(.open)
        let now = opens.addingTimeInterval(86_400)
        try open.checkCloseMoment(closes.addingTimeInterval(7 * 86_400), at: now)
        try open.checkCloseMoment(now.addingTimeInterval(60), at: now)
        #expect(throws: WaveLifecycle.CloseMomentRefusal.inThePast) { try open.checkCloseMoment(now.addingTimeInterval(-60), at: now) }
        #expect(throws: WaveLifecycle.CloseMomentRefusal.beforeOpening) {
            try open.checkCloseMoment(opens.addingTimeInterval(-60), at: opens.addingTimeInterval(-3600))
        }
        #expect(throws: WaveLifecycle.CloseMomentRefusal.notOpen) {
            try lifecycle(.closed).checkCloseMoment(closes.addingTimeInterval(86_400), at: now)
        }
    }

    @Test func aRenamedWaveFollowsTheSameNameRulesAsANewOne() {
        #expect(WaveSettings.nameProblems("Voorjaar") == [])
        #expect(WaveSettings.nameProblems("  ") == [.nameMissing])
        #expect(WaveSettings.nameProblems(String(repeating: "a", count: 121)) == [.nameTooLong(maximum: 120)])
        #expect(WaveSettings.nameProblems("a\u{0}b") == [.controlCharacter])
    }
}
