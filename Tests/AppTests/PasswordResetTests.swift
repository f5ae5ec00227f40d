import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

@Suite struct PasswordResetTests {
    private func recordingCommand(_ file: String) -> [String] { ["/bin/sh", "-c", "cat >> \(file)"] }

    /// Asks for a reset for `email` and sends the outbox; the mailed text.
    private func requestAndMail(_ app: Application, _ email: String, file: String) async throws -> (Browser.Page, String) {
        let page = try await Browser(app).post(Route.passwordReset.path, ["email": email])
        _ = try await OutboxSender(app: app, mail: app.configuration.mail!).sendDue(now: app.clock.now())
        return (page, (try? String(contentsOfFile: file, encoding: .utf8)) ?? "")
    }

    private func link(in mail: String) throws -> String {
        let range = try #require(mail.range(of: #"/password-reset/[0-9a-f-]{36}\.[A-Za-z0-9_-]+"#, options: .regularExpression))
        return String(mail[range])
    }

    @Test func aKnownAddressGetsALinkAndAnUnknownOneTheSameAnswerAndNoMail() async throws {
        let file = NSTemporaryDirectory() + "reset-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try await withVeerkracht(mail: .init(command: recordingCommand(file), from: "hr@example.org")) { app in
            _ = try await app.createUser("ann@example.org")
            let (unknown, nothing) = try await requestAndMail(app, "nobody@example.org", file: file)
            #expect(nothing.isEmpty)
            let (known, mail) = try await requestAndMail(app, "ann@example.org", file: file)
            #expect(known.status == unknown.status && known.body.contains(Dutch().passwordResetSent(minutes: 60)))
            #expect(unknown.body.contains(Dutch().passwordResetSent(minutes: 60)))
            #expect(mail.contains("To: ann@example.org"))
            _ = try link(in: mail)
            #expect(try await PasswordReset.query(on: app.db).first()?.sentAt != nil)
        }
    }

    @Test func theLinkSetsANewPasswordOnceAndEndsEverySession() async throws {
        let file = NSTemporaryDirectory() + "reset-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try await withVeerkracht(mail: .init(command: recordingCommand(file), from: "hr@example.org")) { app in
            _ = try await app.createUser("ann@example.org")
            let laptop = Browser(app)
            _ = try await laptop.signIn("ann@example.org")
            let path = try link(in: try await requestAndMail(app, "ann@example.org", file: file).1)
            let visitor = Browser(app)
            #expect(try await visitor.get(path).status == .ok)
            let weak = try await visitor.post(path, ["password": "welkom123456", "confirmation": "welkom123456"])
            #expect(weak.status == .unprocessableEntity)
            let done = try await visitor.post(path, ["password": "kraanvogel op de dijk", "confirmation": "kraanvogel op de dijk"])
            #expect(done.body.contains(Dutch().passwordResetDone))
            #expect(try await laptop.get("/", follow: false).location == Route.signIn.path)
            #expect(try await Browser(app).signIn("ann@example.org").status == .unauthorized)
            #expect(try await Browser(app).signIn("ann@example.org", password: "kraanvogel op de dijk").status == .ok)
            let again = try await Browser(app).post(
                path, ["password": "een ander goed wachtwoord", "confirmation": "een ander goed wachtwoord"])
            #expect(again.status == .notFound && again.body.contains(Dutch().passwordResetLinkInvalid))
        }
    }

    @Test func anExpiredOrAlteredLinkIsRefused() async throws {
        let file = NSTemporaryDirectory() + "reset-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try await withVeerkracht(mail: .init(command: recordingCommand(file), from: "hr@example.org")) { app in
            _ = try await app.createUser("ann@example.org")
            let path = try link(in: try await requestAndMail(app, "ann@example.org", file: file).1)
            let altered = String(path.dropLast()) + (path.hasSuffix("A") ? "B" : "A")
            #expect(try await Browser(app).get(altered).status == .notFound)
            let reset = try #require(try await PasswordReset.query(on: app.db).first())
            reset.expiresAt = Date().addingTimeInterval(-1)
            try await reset.save(on: app.db)
            #expect(try await Browser(app).get(path).status == .notFound)
        }
    }

    @Test func atMostThreeResetsAnHourAreMadeForOneAddress() async throws {
        try await withVeerkracht(mail: .init(command: ["/bin/true"], from: "hr@example.org")) { app in
            _ = try await app.createUser("ann@example.org")
            for _ in 1...5 { _ = try await Browser(app).post(Route.passwordReset.path, ["email": "ann@example.org"]) }
            #expect(try await PasswordReset.query(on: app.db).count() == AccountController.resetsPerHour)
        }
    }
}
