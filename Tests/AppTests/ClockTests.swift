import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// The application reads every "now" from one clock, so a test stands on the moment it needs.
@Suite struct ClockTests {
    private let amsterdam = WaveSettings.defaultTimeZone

    private func moment(_ local: String) throws -> Date {
        try #require(LocalMoment.parse(local, in: amsterdam))
    }

    /// One person invited to a wave between two local moments; the link's token.
    private func invited(_ app: Application, opens: String, closes: String) async throws -> String {
        let organisation = try await app.createOrganisation("Zorggroep")
        let unit = try await app.createUnit("Zorg", in: organisation)
        let person = try await app.createPerson("1", in: organisation, unit: unit)
        let wave = try await app.createWave(in: organisation, units: [unit], opensAt: try moment(opens), closesAt: try moment(closes))
        return try await app.surveyToken(wave: wave, person: person)
    }

    @Test func aLinkClosingAtTheEndOf29FebruaryAnswersUntilMidnightInAmsterdam() async throws {
        try await withVeerkracht { app in
            let token = try await invited(app, opens: "2028-02-01T09:00", closes: "2028-03-01T00:00")
            app.clock = .fixed(try moment("2028-02-29T23:59"))
            #expect(try await Browser(app).get(Route.survey(token: token).path).status == .ok)
            app.clock = .fixed(try moment("2028-03-01T00:00"))
            #expect(try await Browser(app).get(Route.survey(token: token).path).status == .gone)
        }
    }

    @Test func aLinkOpeningAtThreeOnTheNightSummerTimeStartsOpensThen() async throws {
        try await withVeerkracht { app in
            // On 28 March 2027 the clocks in Amsterdam jump from 02:00 to 03:00: one minute
            // before three is 00:59 UTC, three o'clock is 01:00 UTC.
            let token = try await invited(app, opens: "2027-03-28T03:00", closes: "2027-04-28T17:00")
            app.clock = .fixed(Date(timeIntervalSince1970: try moment("2027-03-28T03:00").timeIntervalSince1970 - 60))
            let early = try await Browser(app).get(Route.survey(token: token).path)
            #expect(early.status == .forbidden)
            #expect(early.body.contains("28 maart 2027 om 3:00"))
            app.clock = .fixed(try moment("2027-03-28T03:00"))
            #expect(try await Browser(app).get(Route.survey(token: token).path).status == .ok)
        }
    }

    @Test func todayIsTheDayInAmsterdamNotInUTC() throws {
        // 23:30 UTC on 29 February 2028 is already 1 March in Amsterdam.
        let clock = WallClock.fixed(Date(timeIntervalSince1970: 1_835_479_800))
        #expect(clock.today() == CalendarDate(year: 2028, month: 3, day: 1))
        #expect(WallClock.fixed(Date(timeIntervalSince1970: 1_835_476_200)).today() == CalendarDate(year: 2028, month: 2, day: 29))
    }
}
