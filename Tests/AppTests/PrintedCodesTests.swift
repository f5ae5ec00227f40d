import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// Zorggroep with Zorg above Noord (`noordCount` people) and Zuid (one person), an open DLO wave
/// for Zorg, and an advisor signed in; shared by the printed-code and the kiosk tests.
struct CodeSetting {
    let app: Application
    let organisation: UUID
    let noord: UUID
    let zuid: UUID
    let wave: UUID
    /// Noord's people first, Zuid's last.
    let people: [UUID]
    let advisor: Browser

    static func with(noordCount: Int, _ test: (CodeSetting) async throws -> Void) async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let zorg = try await app.createUnit("Zorg", in: organisation)
            let noord = try await app.createUnit("Noord", in: organisation, under: zorg)
            let zuid = try await app.createUnit("Zuid", in: organisation, under: zorg)
            var people: [UUID] = []
            for i in 0..<noordCount { people.append(try await app.createPerson("N\(i)", in: organisation, unit: noord)) }
            people.append(try await app.createPerson("Z0", in: organisation, unit: zuid))
            let wave = try await app.createWave(in: organisation, units: [zorg], instruments: ["dlo@1"])
            let advisor = try await app.signedIn(as: "adviseur@example.org", .advisor, in: organisation)
            try await test(
                CodeSetting(app: app, organisation: organisation, noord: noord, zuid: zuid, wave: wave, people: people, advisor: advisor))
        }
    }
}

/// Printed personal codes: slips for a unit, and `/c` where the code opens the person's scan.
@Suite struct PrintedCodesTests {
    typealias Setting = CodeSetting

    private func withSetting(_ test: (Setting) async throws -> Void) async throws {
        try await CodeSetting.with(noordCount: 9, test)
    }

    private func slips(_ s: Setting, unit: UUID?, unfinished: Bool = false) async throws -> Browser.Page {
        var query = "?unit=\(unit?.uuidString ?? "")"
        if unfinished { query += "&unfinished=1" }
        return try await s.advisor.get(Route.waveSlips(s.organisation, wave: s.wave).path + query, follow: false)
    }

    private func code(_ s: Setting, person: UUID) async throws -> String {
        s.app.surveyLinks.code(for: try await s.app.invitation(wave: s.wave, person: person).requireID())
    }

    private func enter(_ code: String, _ browser: Browser) async throws -> Browser.Page {
        _ = try await browser.get(Route.codeEntry.path)
        return try await browser.post(Route.codeEntry.path, ["code": code], follow: false)
    }

    @Test func theSlipsOfAUnitAreAPDFWithASlipForEveryInviteeAndTwoPagesForNine() async throws {
        try await withSetting { s in
            let page = try await slips(s, unit: s.noord)
            #expect(page.status == .ok && page.headers.contentType?.subType == "pdf")
            let pdf = String(decoding: page.data.isEmpty ? Data(page.body.utf8) : page.data, as: UTF8.self)
            #expect(pdf.components(separatedBy: "/Type /Page /Parent").count - 1 == 2)
            for i in 0..<9 { #expect(pdf.contains("(N\(i)) Tj")) }
            #expect(!pdf.contains("(Z0) Tj"))
            let first = try await code(s, person: s.people[0])
            #expect(pdf.contains("(\(PersonalCode.grouped(first))) Tj"))
            #expect(pdf.contains("http://127.0.0.1:8080/c"))
        }
    }

    @Test func aCodeOpensExactlyThatPersonsOwnScanTypedAnyWay() async throws {
        try await withSetting { s in
            _ = try await slips(s, unit: nil)
            let code = try await code(s, person: s.people[3])
            let typed = PersonalCode.grouped(code).lowercased()
            let answer = try await enter(typed, Browser(s.app))
            let token = try await s.app.surveyToken(wave: s.wave, person: s.people[3])
            #expect(answer.status == .seeOther && answer.location == Route.survey(token: token).path)
        }
    }

    @Test func aCodeWorksOnlyOnceItsSlipWasPrinted() async throws {
        try await withSetting { s in
            let code = try await code(s, person: s.people[0])
            #expect(try await enter(code, Browser(s.app)).status == .unprocessableEntity)
            _ = try await slips(s, unit: s.noord)
            #expect(try await enter(code, Browser(s.app)).status == .seeOther)
        }
    }

    @Test func aUsedCodeGetsTheSameAnswerAsAWrongOne() async throws {
        try await withSetting { s in
            _ = try await slips(s, unit: nil)
            try await s.app.submitScanDLO(wave: s.wave, person: s.people[1])
            let used = try await enter(try await code(s, person: s.people[1]), Browser(s.app))
            let wrong = try await enter("2222-2222-2222", Browser(s.app))
            #expect(used.status == .unprocessableEntity && wrong.status == .unprocessableEntity)
            #expect(used.body.contains("Deze code opent geen scan") && wrong.body.contains("Deze code opent geen scan"))
            // One response per code: the person's invitation is complete and nothing else was stored.
            #expect(try await SurveyResponse.query(on: s.app.db).count() == 1)
        }
    }

    @Test func aCodeOfAClosedWaveIsRefused() async throws {
        try await withSetting { s in
            _ = try await slips(s, unit: nil)
            try await s.app.closeWave(s.wave)
            #expect(try await enter(try await code(s, person: s.people[2]), Browser(s.app)).status == .unprocessableEntity)
        }
    }

    @Test func remindersPrintSlipsOnlyForThoseNotFinished() async throws {
        try await withSetting { s in
            try await s.app.submitScanDLO(wave: s.wave, person: s.people[0])
            let page = try await slips(s, unit: s.noord, unfinished: true)
            let pdf = String(decoding: page.data.isEmpty ? Data(page.body.utf8) : page.data, as: UTF8.self)
            #expect(!pdf.contains("(N0) Tj") && pdf.contains("(N1) Tj") && pdf.contains("(N8) Tj"))
        }
    }

    @Test func guessingIsThrottledPerClientAndTheRightCodeWaitsToo() async throws {
        try await withSetting { s in
            _ = try await slips(s, unit: nil)
            let guesser = Browser(s.app)
            for _ in 0..<CodeGuesses.perClient { #expect(try await enter("2222-2222-2222", guesser).status == .unprocessableEntity) }
            let locked = try await enter(try await code(s, person: s.people[4]), guesser)
            #expect(locked.status == .tooManyRequests && locked.body.contains("te veel codes"))
            // A quarter of an hour later the same client may try again.
            s.app.clock = .fixed(Date().addingTimeInterval(CodeGuesses.window + 1))
            #expect(try await enter(try await code(s, person: s.people[4]), guesser).status == .seeOther)
        }
    }

    @Test func guessingIsThrottledForEveryoneOnceTheOverallLimitIsReached() async throws {
        try await withSetting { s in
            let now = Date()
            s.app.clock = .fixed(now)
            for i in 0..<CodeGuesses.overall {
                try await CodeGuesses(db: s.app.db).recordWrong(client: "10.0.0.\(i % 250)-\(i)", now: now)
            }
            #expect(try await enter("2222-2222-2222", Browser(s.app)).status == .tooManyRequests)
        }
    }

    @Test func onlyAnAdvisorPrintsSlipsAndAUnitOfAnotherOrganisationIsRefused() async throws {
        try await withSetting { s in
            let manager = try await s.app.signedIn(as: "manager@example.org", .manager, in: s.organisation)
            #expect(try await manager.get(Route.waveSlips(s.organisation, wave: s.wave).path, follow: false).status == .forbidden)
            let other = try await s.app.createOrganisation("Elders")
            let foreign = try await s.app.createUnit("Elders", in: other)
            #expect(try await slips(s, unit: foreign).status == .badRequest)
        }
    }
}

/// A shared device: one person at a time, back to code entry after each, nothing of the last.
@Suite struct KioskTests {
    private func withKiosk(unit: Bool = false, _ test: (Application, Browser, [UUID: String], UUID) async throws -> Void) async throws {
        try await CodeSetting.with(noordCount: 3) { s in
            let device = s.advisor
            _ = try await device.get(Route.waveSlips(s.organisation, wave: s.wave).path + "?unit=", follow: false)
            var codes: [UUID: String] = [:]
            for person in s.people {
                codes[person] = s.app.surveyLinks.code(for: try await s.app.invitation(wave: s.wave, person: person).requireID())
            }
            _ = try await device.get(Route.wave(s.organisation, wave: s.wave).path)
            let started = try await device.post(
                Route.waveKiosk(s.organisation, wave: s.wave).path, ["unit": unit ? s.noord.uuidString : ""], follow: false)
            #expect(started.status == .seeOther && started.location == Route.codeEntry.path)
            try await test(s.app, device, codes, s.people[s.people.count - 1])
        }
    }

    private func enter(_ code: String, _ device: Browser) async throws -> Browser.Page {
        _ = try await device.get(Route.codeEntry.path)
        return try await device.post(Route.codeEntry.path, ["code": code], follow: false)
    }

    @Test func eachTurnAtAKioskChangesACookieSoNoEarlierPageComesBackFromTheBrowser() async throws {
        try await withKiosk { app, device, _, _ in
            let turns = [try await device.get(Route.codeEntry.path), try await device.get(Route.codeEntry.path)].map { page in
                page.headers[.setCookie].first { $0.hasPrefix(Kiosks.turnCookieName + "=") }
            }
            #expect(turns[0] != nil && turns[1] != nil && turns[0] != turns[1])
            let personal = try await Browser(app).get(Route.codeEntry.path)
            #expect(!personal.headers[.setCookie].contains { $0.hasPrefix(Kiosks.turnCookieName) })
        }
    }

    @Test func startingAKioskSignsTheAdvisorOutOfTheDevice() async throws {
        try await withKiosk { _, device, _, _ in
            #expect(try await device.get(Route.accountPassword.path, follow: false).status == .seeOther)
            let page = try await device.get(Route.codeEntry.path)
            #expect(page.body.contains("Gedeeld apparaat voor Najaarsmeting"))
        }
    }

    @Test func thePreviousPersonsPagesLeadBackToCodeEntry() async throws {
        try await withKiosk { _, device, codes, _ in
            let code = try #require(codes.values.sorted().first)
            let first = try await enter(code, device)
            let link = try #require(first.location)
            #expect(try await device.get(link, follow: false).status == .ok)
            // Code entry on screen: the person is gone, and so is the way back to their pages.
            _ = try await device.get(Route.codeEntry.path)
            let back = try await device.get(link, follow: false)
            #expect(back.status == .seeOther && back.location == Route.codeEntry.path)
        }
    }

    @Test func noAddressOnAKioskOpensAScanElsewhereAndNoRealLinkOpensOnIt() async throws {
        try await withKiosk { app, device, codes, person in
            let code = try #require(codes[person])
            let link = try #require(try await enter(code, device).location)
            #expect(link == Route.survey(token: Kiosks.pathWord).path)
            // The same address in any other browser is no one's scan.
            #expect(try await Browser(app).get(link, follow: false).status == .notFound)
            // A real personal link typed into the kiosk leads to code entry, not into a scan.
            let token = try await app.surveyToken(wave: try await Self.wave(app), person: person)
            let real = try await device.get(Route.survey(token: token).path, follow: false)
            #expect(real.status == .seeOther && real.location == Route.codeEntry.path)
        }
    }

    private static func wave(_ app: Application) async throws -> UUID {
        try #require(try await Wave.query(on: app.db).first()).requireID()
    }

    @Test func everyScanPageReturnsToCodeEntryAfterTheIdleTimeAndIsNotKept() async throws {
        try await withKiosk { _, device, codes, _ in
            let code = try #require(codes.values.sorted().first)
            let entered = try await enter(code, device)
            let link = try #require(entered.location)
            let page = try await device.get(link, follow: false)
            #expect(page.headers.first(name: "Refresh") == "\(Kiosks.idle); url=/c")
            #expect(page.headers.first(name: .cacheControl) == "no-store")
        }
    }

    @Test func afterSendingTheThanksPageReturnsToCodeEntryForTheNextPerson() async throws {
        try await withKiosk { _, device, codes, _ in
            let code = try #require(codes.values.sorted().first)
            let entered = try await enter(code, device)
            let link = try #require(entered.location)
            let token = String(link.split(separator: "/").last ?? "")
            let sent = try await device.post(Route.surveySubmit(token: token).path, pairs: fullAnswers(["dlo@1"]), follow: false)
            #expect(sent.location == Route.surveyThanks(token: token).path)
            let thanks = try await device.get(Route.surveyThanks(token: token).path, follow: false)
            #expect(thanks.status == .ok && thanks.headers.first(name: "Refresh") == "\(Kiosks.afterThanks); url=/c")
        }
    }

    @Test func aKioskForAUnitTakesOnlyCodesOfThatUnitAndItsWave() async throws {
        try await withKiosk(unit: true) { _, device, codes, zuidPerson in
            let zuidCode = try #require(codes[zuidPerson])
            #expect(try await enter(zuidCode, device).status == .unprocessableEntity)
            let noordCode = try #require(codes.first { $0.key != zuidPerson }?.value)
            #expect(try await enter(noordCode, device).status == .seeOther)
        }
    }
}

extension Application {
    /// A DLO scan sent through the review page's form, answering 4 everywhere.
    func submitScanDLO(wave: UUID, person: UUID) async throws {
        let token = try await surveyToken(wave: wave, person: person)
        let page = try await Browser(self).postAnonymously(
            Route.surveySubmit(token: token).path, pairs: fullAnswers(["dlo@1"]), follow: false)
        #expect(page.status == .seeOther)
    }
}
