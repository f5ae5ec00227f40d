import Foundation
import Testing

@testable import VeerkrachtCore

@Suite struct PulseRulesTests {
    let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!

    func moment(_ text: String) -> Date { LocalMoment.parse(text, in: amsterdam)! }

    @Test func aShortFormAsksOnlyItsScalesItemsInTheInstrumentsOrder() throws {
        let instrument = try #require(InstrumentCatalog.instrument(reference: "dlo@1:K2+V"))
        #expect(instrument.reference == "dlo@1")
        #expect(instrument.scales.map(\.code) == ["V", "K2"])
        #expect(instrument.items.map(\.code) == DLOScan.version1.items.filter { ["V", "K2"].contains($0.scale) }.map(\.code))
        #expect(instrument.openQuestions.allSatisfy { $0.scale == "V" || $0.scale == "K2" })
    }

    @Test(arguments: ["dlo@1:", "dlo@1:K9", "dlo@1:K2+K2", "dlo@1:K2+", "dlo@2:K2", "dlo@x", "@1:K2"])
    func aMalformedOrUnknownShortFormNamesNoInstrument(_ reference: String) {
        #expect(InstrumentCatalog.instrument(reference: reference) == nil)
    }

    @Test func theShortFormReferenceListsScalesInTheInstrumentsOrder() {
        #expect(DLOScan.version1.shortFormReference(scales: ["K5", "V", "K2"]) == "dlo@1:V+K2+K5")
        #expect(PulsePlan(topics: [.k3, .base], weeksAfterDue: 4, openDays: 14).instrumentReference == "dlo@1:V+K3")
    }

    @Test func aPulsePlanWithoutAQuestionOrWithNumbersOutOfRangeListsEveryProblem() {
        let result = PulsePlan.parse(topics: [], weeksAfterDue: "60", openDays: "1")
        #expect(result == .failure(PulseProblems([.noQuestion, .weeksOutOfRange, .daysOutOfRange])))
        #expect(PulsePlan.parse(topics: ["k2", "p1"], weeksAfterDue: "4", openDays: "14") == .failure(PulseProblems([.unknownQuestion])))
        #expect(PulsePlan.parse(topics: ["k2"], weeksAfterDue: "vier", openDays: "14") == .failure(PulseProblems([.weeksOutOfRange])))
    }

    @Test func aPulsePlanKeepsTheConversationsOrderOfQuestions() throws {
        let plan = try PulsePlan.parse(topics: ["k4", "base", "k4"], weeksAfterDue: " 6 ", openDays: "10").get()
        #expect(plan.topics == [.base, .k4])
        #expect(plan.weeksAfterDue == 6)
    }

    @Test func aPulseOpensAtEightTheChosenWeeksAfterTheDueDayAndStaysOpenTheChosenDays() throws {
        let plan = PulsePlan(topics: [.k2], weeksAfterDue: 4, openDays: 14)
        let window = try #require(plan.window(due: CalendarDate(year: 2027, month: 3, day: 10)!, in: amsterdam))
        #expect(window.start == moment("2027-04-07T08:00"))
        #expect(window.end == moment("2027-04-21T08:00"))
    }

    @Test func aWindowThatKeepsTheGapHasNoConflict() {
        let gap = SurveyGap(weeks: 8)
        let wave = SurveyGap.Neighbour(
            name: "Voorjaar", window: DateInterval(start: moment("2027-01-04T09:00"), end: moment("2027-01-25T09:00")))
        let pulse = DateInterval(start: moment("2027-03-22T09:00"), end: moment("2027-04-05T09:00"))
        #expect(gap.conflict(for: pulse, neighbours: [wave]) == nil)
    }

    @Test func aWindowTooCloseAfterAWaveIsRefusedWithTheEarliestOpeningThatKeepsTheGap() throws {
        let gap = SurveyGap(weeks: 8)
        let wave = SurveyGap.Neighbour(
            name: "Voorjaar", window: DateInterval(start: moment("2027-01-04T09:00"), end: moment("2027-01-25T09:00")))
        let pulse = DateInterval(start: moment("2027-03-01T09:00"), end: moment("2027-03-15T09:00"))
        let conflict = try #require(gap.conflict(for: pulse, neighbours: [wave]))
        #expect(conflict.neighbours == [wave])
        #expect(conflict.earliestOpening == moment("2027-03-22T09:00"))
    }

    @Test func theEarliestOpeningAlsoClearsAWaveItWouldRunIntoAfterMoving() throws {
        let gap = SurveyGap(weeks: 2)
        let first = SurveyGap.Neighbour(name: "A", window: DateInterval(start: moment("2027-01-04T09:00"), end: moment("2027-01-11T09:00")))
        let second = SurveyGap.Neighbour(
            name: "B", window: DateInterval(start: moment("2027-02-08T09:00"), end: moment("2027-02-15T09:00")))
        let pulse = DateInterval(start: moment("2027-01-18T09:00"), end: moment("2027-01-25T09:00"))
        let conflict = try #require(gap.conflict(for: pulse, neighbours: [second, first]))
        // Two weeks after A closes it would end within two weeks of B: it moves past B as well.
        #expect(conflict.neighbours.map(\.name) == ["A"])
        #expect(conflict.earliestOpening == moment("2027-03-01T09:00"))
    }

    @Test func aWindowTooCloseBeforeALaterWaveIsRefusedToo() {
        let gap = SurveyGap(weeks: 8)
        let later = SurveyGap.Neighbour(
            name: "Najaar", window: DateInterval(start: moment("2027-05-03T09:00"), end: moment("2027-05-24T09:00")))
        let pulse = DateInterval(start: moment("2027-03-22T09:00"), end: moment("2027-04-05T09:00"))
        #expect(gap.conflict(for: pulse, neighbours: [later])?.neighbours == [later])
    }

    @Test func aRhythmTakesMonthsOfThreeFourOrSixAndScalesOfTheSourceOnly() {
        let source = [DLOScan.version1, LearningPreferenceScan.version1]
        #expect(Rhythm.parse(months: "5", scales: [], of: source) == .failure(RhythmProblems([.monthsNotAllowed, .noScale])))
        #expect(Rhythm.parse(months: "3", scales: ["lo-P1"], of: source) == .failure(RhythmProblems([.unknownScale])))
        #expect(
            Rhythm.parse(months: "4", scales: ["dlo-K5", "dlo-V"], of: source) == .success(Rhythm(months: 4, instruments: ["dlo@1:V+K5"])))
    }

    @Test func aRunKeepsItsLengthAcrossMonthsOfDifferentLengths() throws {
        let rhythm = Rhythm(months: 3, instruments: ["dlo@1:K2"])
        let run = DateInterval(start: moment("2026-11-20T09:00"), end: moment("2026-12-11T09:00"))
        let next = try #require(rhythm.next(after: run, in: amsterdam))
        #expect(next.start == moment("2027-02-20T09:00"))
        #expect(next.end == moment("2027-03-13T09:00"))
    }

    @Test func theNextRunOfARhythmOpensTheChosenMonthsLaterForAsLong() throws {
        let rhythm = Rhythm(months: 3, instruments: ["dlo@1:K2"])
        let run = DateInterval(start: moment("2027-01-04T09:00"), end: moment("2027-01-25T09:00"))
        let next = try #require(rhythm.next(after: run, in: amsterdam))
        #expect(next.start == moment("2027-04-04T09:00"))
        #expect(next.end == moment("2027-04-25T09:00"))
    }

    // Expected values from scipy 1.17.1: stats.ttest_ind(after, before, equal_var=False), the
    // interval with stats.t.ppf(0.975, df) and Cohen's d with the pooled standard deviation.
    @Test func beforeAfterMatchesWelchsTestComputedIndependently() throws {
        let before = Descriptives([3.2, 2.8, 3.5, 3.0, 2.6, 3.1, 3.4, 2.9, 3.3, 2.7])
        let after = Descriptives([3.6, 3.9, 3.1, 4.0, 3.5, 3.8, 3.3, 3.7])
        let change = BeforeAfter(before: before, after: after)
        let test = try #require(change.test)
        #expect(abs(change.difference - 0.5625) < 1e-12)
        #expect(abs(test.t - 3.9047919921516994) < 1e-9)
        #expect(abs(test.degreesOfFreedom - 15.104851186892068) < 1e-9)
        #expect(abs(test.p - 0.0013906630047093836) < 1e-6)
        #expect(abs(test.cohensD - 1.8534061896456464) < 1e-9)
        let interval = try #require(change.differenceInterval95)
        #expect(abs(interval.lowerBound - 0.2556421923391174) < 1e-6)
        #expect(abs(interval.upperBound - 0.8693578076608826) < 1e-6)
        #expect(change.verdict == .up)
    }

    @Test func aSmallDifferenceIsNoClearChange() throws {
        let change = BeforeAfter(before: Descriptives([3.0, 3.4, 2.8, 3.6, 3.1]), after: Descriptives([3.2, 2.9, 3.5, 3.3, 3.0, 3.4]))
        #expect(abs(try #require(change.test).p - 0.8364680748201347) < 1e-6)
        #expect(change.verdict == .noClearChange)
    }

    @Test func aNameMadeFromTypedTextStaysOnOneLineAndWithinItsLength() {
        #expect(TextRules.singleLine("Vervolgmeting: a\nb\tc\u{7}d", maximum: 80) == "Vervolgmeting: a b c d")
        #expect(TextRules.length(TextRules.singleLine(String(repeating: "é", count: 200), maximum: 80)) == 80)
    }
}
