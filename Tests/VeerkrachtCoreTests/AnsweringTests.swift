import Foundation
import Testing
import VeerkrachtCore

@Suite struct QuestionnaireTests {
    let dloAndLP = Questionnaire(references: ["dlo@1", "lp@1"])!

    @Test func everyScaleIsOnePageInTheInstrumentsOrder() {
        #expect(dloAndLP.sections.count == DLOScan.version1.scales.count + LearningPreferenceScan.version1.scales.count)
        #expect(dloAndLP.sections.map(\.number) == Array(1...dloAndLP.sections.count))
        #expect(dloAndLP.sections.first?.scale?.code == "V")
        #expect(dloAndLP.sections.last?.instrument.id == "lp")
    }

    @Test func openQuestionsAppearOnTheirScalesPage() {
        let k2 = dloAndLP.sections.first { $0.scale?.code == "K2" }!
        #expect(k2.openQuestions.map(\.code) == ["DLO.O.K2"])
        #expect(k2.items.allSatisfy { $0.scale == "K2" })
    }

    @Test func questionsWithoutAScaleGetAPageAfterTheInstrument() {
        let lo = Questionnaire(references: ["lo@1"])!
        #expect(lo.sections.last?.scale == nil)
        #expect(lo.sections.last?.openQuestions.map(\.code) == ["LO.O.1"])
    }

    @Test func anUnknownReferenceMakesNoQuestionnaire() {
        #expect(Questionnaire(references: ["dlo@1", "dlo@99"]) == nil)
        #expect(Questionnaire(references: []) == nil)
    }

    @Test func resumeIsTheFirstPageWithAnUnansweredItem() {
        var answers = Answers()
        #expect(dloAndLP.resumeSection(for: answers) == 1)
        for item in dloAndLP.sections[0].items { answers.closed[item.code] = 3 }
        #expect(dloAndLP.resumeSection(for: answers) == 2)
    }

    @Test func aFullyAnsweredScanResumesOnItsLastPage() {
        let answers = Answers(closed: Dictionary(uniqueKeysWithValues: dloAndLP.instruments.flatMap(\.items).map { ($0.code, 4) }))
        #expect(dloAndLP.resumeSection(for: answers) == dloAndLP.sections.count)
        #expect(dloAndLP.unansweredCount(answers) == 0)
    }
}

@Suite struct AnswerFieldTests {
    let questionnaire = Questionnaire(references: ["dlo@1"])!

    @Test func validAnswersAreApplied() throws {
        let result = questionnaire.applying([("DLO.V.1", "4"), ("DLO.O.K1", "  Meer tijd  "), ("_action", "next")], to: Answers())
        let answers = try result.get()
        #expect(answers.closed == ["DLO.V.1": 4])
        #expect(answers.open == ["DLO.O.K1": "Meer tijd"])
    }

    @Test func aLaterAnswerReplacesAnEarlierOne() throws {
        let answers = try questionnaire.applying([("DLO.V.1", "5")], to: Answers(closed: ["DLO.V.1": 1])).get()
        #expect(answers.closed["DLO.V.1"] == 5)
    }

    @Test func anEmptyOpenAnswerRemovesTheEarlierOne() throws {
        let answers = try questionnaire.applying([("DLO.O.K1", " ")], to: Answers(open: ["DLO.O.K1": "iets"])).get()
        #expect(answers.open.isEmpty)
    }

    @Test func anAnswerWithSpacesAroundItIsTaken() throws {
        let answers = try questionnaire.applying([("DLO.V.1", " 3 ")], to: Answers()).get()
        #expect(answers.closed == ["DLO.V.1": 3])
    }

    @Test func closedAnswersAreStoredAsTheJSONASortedEncoderWrites() throws {
        let answers = Answers(closed: ["DLO.V.2": 5, "DLO.K1.1": 1, "DLO.V.10": 3, "LP.ON.6": 2], open: ["DLO.O.K1": "x"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(answers.closedJSON == String(decoding: try encoder.encode(answers.closed), as: UTF8.self))
        #expect(Answers().closedJSON == "{}")
    }

    @Test func aCodeWithQuotesStillMakesValidJSON() throws {
        let answers = Answers(closed: ["a\"b\\c\u{1}": 4])
        #expect(try JSONDecoder().decode([String: Int].self, from: Data(answers.closedJSON.utf8)) == answers.closed)
    }

    @Test(arguments: ["0", "6", "3.5", "", "drie", "-1", "٣"])
    func anAnswerOutsideTheScaleIsRefused(_ value: String) {
        let result = questionnaire.applying([("DLO.V.1", value)], to: Answers())
        #expect(result == .failure(AnswerProblems(problems: [.outsideScale(code: "DLO.V.1", value: value)])))
    }

    @Test func anUnknownCodeIsRefused() {
        let result = questionnaire.applying([("DLO.K9.1", "3")], to: Answers())
        #expect(result == .failure(AnswerProblems(problems: [.unknownCode("DLO.K9.1")])))
    }

    @Test func anItemOfAnInstrumentNotInTheWaveIsUnknown() {
        let result = questionnaire.applying([("LP.KA.1", "3")], to: Answers())
        #expect(result == .failure(AnswerProblems(problems: [.unknownCode("LP.KA.1")])))
    }

    @Test func anOverlongOpenAnswerIsRefused() {
        let text = String(repeating: "a", count: Answers.maximumOpenAnswerLength + 1)
        let result = questionnaire.applying([("DLO.O.K1", text)], to: Answers())
        #expect(result == .failure(AnswerProblems(problems: [.tooLong(code: "DLO.O.K1", maximum: Answers.maximumOpenAnswerLength)])))
    }

    @Test func oneBadFieldLeavesTheGoodOnesUnapplied() {
        let result = questionnaire.applying([("DLO.V.1", "4"), ("DLO.V.2", "9")], to: Answers())
        guard case .failure(let problems) = result else {
            Issue.record("expected a refusal")
            return
        }
        #expect(problems.problems == [.outsideScale(code: "DLO.V.2", value: "9")])
    }
}

@Suite struct DemographicBandTests {
    let day = CalendarDate(year: 2026, month: 11, day: 23)!

    @Test(arguments: [(1996, "30-39"), (1997, "20-29"), (1987, "30-39"), (1966, "60-69")])
    func theAgeFallsInItsTenYearBand(_ birthYear: Int, _ band: String) {
        #expect(DemographicBands(birthYear: birthYear, gender: nil, startDate: nil, on: day).ageBand == band)
    }

    @Test(arguments: [
        ("2025-01-01", TenureBand.underTwo), ("2024-11-24", .underTwo), ("2024-11-23", .twoToFive),
        ("2021-11-24", .twoToFive), ("2021-11-23", .fiveToTen), ("2016-11-23", .tenAndMore), ("2027-03-01", .underTwo)
    ])
    func tenureCountsCompletedYears(_ start: String, _ band: TenureBand) {
        let bands = DemographicBands(birthYear: nil, gender: nil, startDate: CalendarDate(parsing: start), on: day)
        #expect(bands.tenureBand == band)
    }

    @Test func unknownFactsStayUnknown() {
        let bands = DemographicBands(birthYear: nil, gender: nil, startDate: nil, on: day)
        #expect(bands == DemographicBands(ageBand: nil, gender: nil, tenureBand: nil))
    }

    @Test func theDayOfAMomentIsTakenInTheWavesTimeZone() {
        // 23:30 UTC on 23 November is already the 24th in Amsterdam.
        let moment = Date(timeIntervalSince1970: 1_795_478_400 - 1800)
        #expect(CalendarDate(moment, in: TimeZone(identifier: "UTC")!).description == "2026-11-23")
        #expect(CalendarDate(moment, in: WaveSettings.defaultTimeZone).description == "2026-11-24")
    }

    @Test func theDayOfAMomentIsTheDayFoundationsCalendarGives() {
        var generator = SystemRandomNumberGenerator()
        for zone in ["UTC", "Europe/Amsterdam", "America/St_Johns", "Pacific/Kiritimati", "Pacific/Pago_Pago"] {
            let timeZone = TimeZone(identifier: zone)!
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            // From 1901 to 2099, leap days and daylight-saving changes included.
            for _ in 0..<2_000 {
                let moment = Date(timeIntervalSince1970: Double.random(in: -2_200_000_000...4_070_000_000, using: &generator))
                let expected = calendar.dateComponents([.year, .month, .day], from: moment)
                #expect(
                    CalendarDate(moment, in: timeZone) == CalendarDate(year: expected.year!, month: expected.month!, day: expected.day!),
                    "\(moment) in \(zone)")
            }
        }
    }
}
