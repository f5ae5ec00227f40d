import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

@Suite struct OutboxTests {
    /// A mail command that appends each message to a file, like a sendmail that always works.
    private func recordingCommand(_ file: String) -> [String] {
        ["/bin/sh", "-c", "cat >> \(file); echo '----' >> \(file)"]
    }

    private func openWave(_ app: Application, people: Int = 2) async throws -> (organisation: UUID, wave: UUID, browser: Browser) {
        let organisation = try await app.createOrganisation("Zorggroep")
        let unit = try await app.createUnit("Zorg", in: organisation)
        for i in 0..<people { try await app.createPerson("p\(i)", in: organisation, unit: unit) }
        try await app.createPerson("nomail", in: organisation, unit: unit, email: nil)
        let person = try await Person.query(on: app.db).filter(\.$externalID == "nomail").first()!
        person.email = nil
        try await person.save(on: app.db)
        let wave = try await app.createWave(in: organisation, units: [unit])
        let browser = try await app.signedIn(as: "adv@example.org", .advisor, in: organisation)
        return (organisation, wave, browser)
    }

    @Test func queuedInvitationsAreSentWithThePersonalLinkAndMarkedSent() async throws {
        let file = NSTemporaryDirectory() + "mail-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try await withVeerkracht(mail: .init(command: recordingCommand(file), from: "hr@example.org")) { app in
            let s = try await openWave(app)
            let page = try await s.browser.post(Route.waveMailInvitations(s.organisation, wave: s.wave).path)
            #expect(page.body.contains("2 mails klaargezet"))
            let sent = try await OutboxSender(app: app, mail: app.configuration.mail!).sendDue(now: app.clock.now())
            #expect(sent == 2)
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let person = try await Person.query(on: app.db).filter(\.$externalID == "p0").first()!
            let token = try await app.surveyToken(wave: s.wave, person: person.requireID())
            #expect(text.contains("To: p0@example.org"))
            #expect(text.contains(Route.survey(token: token).path))
            #expect(try await OutboxMessage.query(on: app.db).filter(\.$sentAt == nil).count() == 0)
        }
    }

    @Test func invitationsAreQueuedOnlyOnce() async throws {
        try await withVeerkracht(mail: .init(command: ["/bin/true"], from: "hr@example.org")) { app in
            let s = try await openWave(app)
            _ = try await s.browser.post(Route.waveMailInvitations(s.organisation, wave: s.wave).path)
            let again = try await s.browser.post(Route.waveMailInvitations(s.organisation, wave: s.wave).path)
            #expect(again.body.contains("0 mails klaargezet"))
            #expect(try await OutboxMessage.query(on: app.db).count() == 2)
        }
    }

    @Test func aFailingMailServerLosesNothingAndIsRetriedLater() async throws {
        try await withVeerkracht(mail: .init(command: ["/bin/false"], from: "hr@example.org")) { app in
            let s = try await openWave(app, people: 1)
            _ = try await s.browser.post(Route.waveMailInvitations(s.organisation, wave: s.wave).path)
            let now = Date()
            let sender = OutboxSender(app: app, mail: app.configuration.mail!)
            #expect(try await sender.sendDue(now: now) == 0)
            let message = try #require(try await OutboxMessage.query(on: app.db).first())
            #expect(message.sentAt == nil)
            #expect(message.attempts == 1)
            #expect(message.lastError?.contains("status 1") == true)
            #expect(message.nextAttemptAt > now)
            // Not due again straight away; due after the back-off.
            #expect(try await sender.sendDue(now: now) == 0)
            #expect(try await OutboxMessage.query(on: app.db).first()?.attempts == 1)
            let page = try await s.browser.get(Route.wave(s.organisation, wave: s.wave).path)
            #expect(page.body.contains("opnieuw geprobeerd"))
        }
    }

    @Test func remindersGoOnlyToThoseWhoHaveNotFinished() async throws {
        try await withVeerkracht(mail: .init(command: ["/bin/true"], from: "hr@example.org")) { app in
            let s = try await openWave(app)
            let done = try await Person.query(on: app.db).filter(\.$externalID == "p0").first()!
            let token = try await app.surveyToken(wave: s.wave, person: done.requireID())
            _ = try await Browser(app).postAnonymously(Route.surveySubmit(token: token).path, pairs: fullAnswers(["dlo@1"]))
            let page = try await s.browser.post(Route.waveMailReminders(s.organisation, wave: s.wave).path)
            #expect(page.body.contains("1 mails klaargezet"))
        }
    }

    @Test func withoutAMailServerTheAdvisorIsToldToUseTheLinks() async throws {
        try await withVeerkracht { app in
            let s = try await openWave(app)
            let page = try await s.browser.post(Route.waveMailInvitations(s.organisation, wave: s.wave).path)
            #expect(page.status == .conflict)
            #expect(page.body.contains("geen mailserver"))
            #expect(try await OutboxMessage.query(on: app.db).count() == 0)
        }
    }

    @Test func aMailCommandThatReadsNothingDoesNotStopTheServer() async throws {
        // Larger than a pipe's buffer, so the write meets a closed pipe.
        try await Sendmail.send(String(repeating: "x", count: 1_000_000), command: ["/bin/true"])
        await #expect(throws: Sendmail.Failure.self) {
            try await Sendmail.send(String(repeating: "x", count: 1_000_000), command: ["/bin/false"])
        }
    }

    @Test func theRetryDelayDoublesUpToSixHours() {
        #expect(OutboxSender.delay(afterAttempts: 1) == 60)
        #expect(OutboxSender.delay(afterAttempts: 3) == 240)
        #expect(OutboxSender.delay(afterAttempts: 30) == 6 * 3600)
    }

    @Test func headerValuesCannotAddHeaders() {
        let text = MailMessage(from: "a@example.org", to: "b@example.org\r\nBcc: c@example.org", subject: "x", body: "y").text
        #expect(!text.contains("\r\nBcc:"))
    }

    @Test func theStatusCountsSentWaitingAndFailingMessagesWithAnError() async throws {
        try await withVeerkracht { app in
            let s = try await openWave(app, people: 4)
            #expect(try await Outbox(db: app.db).enqueue(.invitation, waveID: s.wave, now: Date()) == 4)
            let messages = try await OutboxMessage.query(on: app.db).sort(\.$id).all()
            messages[0].sentAt = Date()
            messages[1].attempts = 2
            messages[1].lastError = "mail server said no"
            for message in messages.prefix(2) { try await message.save(on: app.db) }
            let status = try await Outbox(db: app.db).status(waveID: s.wave)
            #expect(status == Outbox.Status(waiting: 3, sent: 1, failing: 1, lastError: "mail server said no"))
            let other = try await app.createWave(in: s.organisation, units: [], open: false)
            #expect(try await Outbox(db: app.db).status(waveID: other) == Outbox.Status())
        }
    }
}
