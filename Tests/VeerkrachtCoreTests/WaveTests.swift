import Foundation
import Testing
import VeerkrachtCore

@Suite struct WaveSettingsTests {
    static let zorg = UnitNode(id: UUID(), parentID: nil, name: "Zorg", code: nil, isArchived: false)
    static let noord = UnitNode(id: UUID(), parentID: zorg.id, name: "Noord", code: nil, isArchived: false)
    static let oud = UnitNode(id: UUID(), parentID: zorg.id, name: "Oud", code: nil, isArchived: true)
    static let wonen = UnitNode(id: UUID(), parentID: nil, name: "Wonen", code: nil, isArchived: false)
    let tree = UnitTree([zorg, noord, oud, wonen])

    func settings(_ change: (inout WaveSettings) -> Void = { _ in }) -> WaveSettings {
        let opens = Date(timeIntervalSince1970: 1_800_000_000)
        var settings = WaveSettings(
            name: "Najaar", instruments: ["dlo@1", "lp@1"], units: [Self.zorg.id],
            opensAt: opens, closesAt: opens.addingTimeInterval(14 * 86_400), anonymityThreshold: 5)
        change(&settings)
        return settings
    }

    @Test func sensibleSettingsHaveNoProblems() {
        #expect(settings().problems(units: tree).isEmpty)
    }

    @Test func everyProblemIsReportedAtOnce() {
        let bad = settings {
            $0.name = " "
            $0.instruments = ["dlo@9"]
            $0.units = [Self.oud.id]
            $0.closesAt = $0.opensAt
            $0.anonymityThreshold = 2
            $0.languages = []
        }
        #expect(
            bad.problems(units: tree) == [
                .nameMissing, .unknownInstrument("dlo@9"), .unknownUnit(Self.oud.id),
                .closesBeforeOpening, .thresholdTooLow(minimum: 3), .noLanguage
            ])
        #expect(
            settings {
                $0.instruments = []
                $0.units = []
            }.problems(units: tree) == [.noInstrument, .noUnit])
    }

    @Test func aThresholdAboveTheMaximumIsATypingErrorOfTheThresholdField() {
        let problems = settings {
            $0.anonymityThreshold = WaveSettings.maximumThreshold + 1
            $0.openAnswerThreshold = 2_000
        }
        .problems(units: tree)
        #expect(problems == [.thresholdTooHigh(maximum: WaveSettings.maximumThreshold)])
        #expect(problems.map(\.field) == ["threshold"])
    }

    @Test func languageCodesVeerkrachtDoesNotSpeakAreEachAProblemOfTheLanguagesField() {
        let (languages, problems) = WaveSettings.languages(codes: ["nl", "de", "nl", "fr"])
        #expect(languages == [.nl])
        #expect(problems == [.unknownLanguage("de"), .unknownLanguage("fr")])
        #expect(Set(problems.map(\.field)) == ["languages"])
    }

    @Test func aNameCountsAsSentSoSpacesPastTheLimitAreTooLong() {
        let name = String(repeating: "n", count: NameRules.maximumLength) + "  "
        #expect(settings { $0.name = name }.problems(units: tree) == [.nameTooLong(maximum: NameRules.maximumLength)])
    }

    @Test func theScopeHoldsSubUnitsButNotArchivedOnes() {
        #expect(settings().unitsInScope(of: tree) == [Self.zorg.id, Self.noord.id])
        #expect(settings { $0.units = [Self.zorg.id, Self.noord.id, Self.wonen.id] }.unitsInScope(of: tree).count == 3)
    }
}

@Suite struct LocalMomentTests {
    let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!

    @Test func aFormMomentIsReadInTheWavesTimeZone() throws {
        // 1 December is winter time in Amsterdam: UTC+1.
        let winter = try #require(LocalMoment.parse("2026-12-01T09:00", in: amsterdam))
        #expect(winter == ISO8601DateFormatter().date(from: "2026-12-01T08:00:00Z"))
        // 1 July is summer time: UTC+2.
        let summer = try #require(LocalMoment.parse("2026-07-01 09:00", in: amsterdam))
        #expect(summer == ISO8601DateFormatter().date(from: "2026-07-01T07:00:00Z"))
        #expect(LocalMoment.format(summer, in: amsterdam) == "2026-07-01T09:00")
    }

    @Test(arguments: ["", "2026-12-01", "2026-13-01T09:00", "2026-02-30T09:00", "2026-12-01T24:00", "morgen"])
    func impossibleMomentsAreRefused(_ text: String) {
        #expect(LocalMoment.parse(text, in: amsterdam) == nil)
    }
}

@Suite struct WaveLifecycleTests {
    let opens = Date(timeIntervalSince1970: 1_800_000_000)
    var closes: Date { opens.addingTimeInterval(86_400) }

    @Test func aWaveOpensAcceptsAnswersOnlyBetweenItsMomentsAndClosesByItself() throws {
        var wave = WaveLifecycle(status: .draft, opensAt: opens, closesAt: closes)
        #expect(!wave.acceptsAnswers(at: opens))
        try wave.open()
        #expect(!wave.acceptsAnswers(at: opens.addingTimeInterval(-1)))
        #expect(wave.acceptsAnswers(at: opens))
        #expect(!wave.acceptsAnswers(at: closes))
        #expect(wave.effectiveStatus(at: closes) == .closed)
    }

    @Test func anOpenedWaveIsPlannedUntilItsOpenMomentThenOpenThenClosed() throws {
        var wave = WaveLifecycle(status: .draft, opensAt: opens, closesAt: closes)
        #expect(wave.phase(at: opens) == .draft)
        try wave.open()
        #expect(wave.phase(at: opens.addingTimeInterval(-1)) == .planned)
        #expect(wave.phase(at: opens) == .open)
        #expect(wave.phase(at: closes) == .closed)
    }

    @Test func aWaveClosedEarlyReopensOnlyUntilItsCloseMoment() throws {
        var wave = WaveLifecycle(status: .draft, opensAt: opens, closesAt: closes)
        try wave.open()
        try wave.close(at: opens.addingTimeInterval(60))
        #expect(!wave.acceptsAnswers(at: opens.addingTimeInterval(120)))
        var late = wave
        #expect(throws: WaveLifecycle.Refusal.pastCloseMoment) { try late.reopen(at: closes) }
        try wave.reopen(at: opens.addingTimeInterval(120))
        #expect(wave.acceptsAnswers(at: opens.addingTimeInterval(180)))
    }

    @Test func movesOutOfOrderAreRefused() throws {
        var wave = WaveLifecycle(status: .draft, opensAt: opens, closesAt: closes)
        #expect(throws: WaveLifecycle.Refusal.notOpen) { try wave.close(at: opens) }
        #expect(throws: WaveLifecycle.Refusal.notClosed) { try wave.reopen(at: opens) }
        try wave.open()
        #expect(throws: WaveLifecycle.Refusal.notDraft) { try wave.open() }
    }
}

@Suite struct ResponseRateTests {
    private let zorg = UUID(), noord = UUID(), zuid = UUID()
    private var tree: UnitTree {
        UnitTree([
            UnitNode(id: zorg, parentID: nil, name: "Zorg", code: nil, isArchived: false),
            UnitNode(id: noord, parentID: zorg, name: "Noord", code: nil, isArchived: false),
            UnitNode(id: zuid, parentID: zorg, name: "Zuid", code: nil, isArchived: false)
        ])
    }

    @Test func aUnitWithFewerInviteesThanTheThresholdShowsNoCounts() {
        let rates = ResponseRates([noord: ResponseRate(invited: 4, started: 4, completed: 3)], tree: tree, threshold: 5)
        #expect(rates.units[noord] == .belowThreshold)
    }

    @Test func aUnitWhereNobodyAnsweredYetShowsItsZeros() {
        let rate = ResponseRate(invited: 8, started: 0, completed: 0)
        #expect(ResponseRates([noord: rate], tree: tree, threshold: 5).units[noord] == .counts(rate))
        #expect(rate.completedShare == 0 && ResponseRate(invited: 0, started: 0, completed: 0).completedShare == 0)
    }

    @Test func aParentsOwnRowIsHeldBackWhenItsTeamsCountsWouldGiveAwayItsOwnRespondents() {
        // Zorg itself has 2 respondents: its results n minus its teams' completed would give them.
        let rates = ResponseRates(
            [
                zorg: ResponseRate(invited: 6, started: 2, completed: 2),
                noord: ResponseRate(invited: 9, started: 7, completed: 6),
                zuid: ResponseRate(invited: 9, started: 8, completed: 7)
            ], tree: tree, threshold: 5)
        #expect(rates.units[zorg] == .invitedOnly(6))
        // One team is held back too, so that the hidden part is large enough.
        #expect(rates.units[noord] == .invitedOnly(9))
        #expect(rates.units[zuid] == .counts(ResponseRate(invited: 9, started: 8, completed: 7)))
        #expect(rates.total == .counts(ResponseRate(invited: 24, started: 17, completed: 15)))
    }
}
