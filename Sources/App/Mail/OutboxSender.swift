import Fluent
import Foundation
import NIOCore
import SQLKit
import Vapor
import VeerkrachtCore

/// Sends what the outbox holds through a sendmail-compatible command, a few at a time, and
/// schedules a failed message again later (1, 2, 4 … minutes, at most six hours apart).
struct OutboxSender {
    let app: Application
    let mail: AppConfiguration.MailSettings

    static let batchSize = 50
    static let maximumDelay: TimeInterval = 6 * 3600

    /// Sends the messages that are due; returns how many went out.
    @discardableResult
    func sendDue(now: Date = Date()) async throws -> Int {
        let due = try await OutboxMessage.query(on: app.db)
            .filter(\.$sentAt == nil).filter(\.$nextAttemptAt <= now)
            .sort(\.$nextAttemptAt).limit(Self.batchSize).all()
        var sent = 0
        for message in due where try await claim(message, now: now) {
            do {
                let text = try await compose(message)
                try await Sendmail.send(text, command: mail.command)
                message.sentAt = Date()
                message.lastError = nil
                sent += 1
            } catch {
                message.attempts += 1
                message.lastError = String(String(describing: error).prefix(500))
                message.nextAttemptAt = now.addingTimeInterval(Self.delay(afterAttempts: message.attempts))
                app.logger.warning("Mail not sent; retried later", metadata: ["attempts": "\(message.attempts)", "error": "\(error)"])
            }
            try await message.save(on: app.db)
        }
        return sent + (try await sendDueResets(now: now))
    }

    /// Password resets are mailed like the rest, while their link still works.
    private func sendDueResets(now: Date) async throws -> Int {
        let due = try await PasswordReset.query(on: app.db)
            .filter(\.$sentAt == nil).filter(\.$usedAt == nil).filter(\.$nextAttemptAt <= now).filter(\.$expiresAt > now)
            .sort(\.$nextAttemptAt).limit(Self.batchSize).all()
        var sent = 0
        for reset in due where try await claim(table: "password_resets", try reset.requireID(), now: now) {
            do {
                guard let user = try await User.find(reset.userID, on: app.db) else { throw OutboxError.recipientGone }
                let strings = (user.language.flatMap(Language.init(rawValue:)) ?? .fallback).strings
                let body = strings.passwordResetBody(link: app.passwordResetLinks.url(for: try reset.requireID()),
                                                     minutes: Int(PasswordReset.lifetime / 60))
                try await Sendmail.send(MailMessage(from: mail.from, to: user.email, subject: strings.passwordResetSubject, body: body).text,
                                        command: mail.command)
                reset.sentAt = Date()
                reset.lastError = nil
                sent += 1
            } catch {
                reset.attempts += 1
                reset.lastError = String(String(describing: error).prefix(500))
                reset.nextAttemptAt = now.addingTimeInterval(Self.delay(afterAttempts: reset.attempts))
                app.logger.warning("Password reset mail not sent; retried later", metadata: ["attempts": "\(reset.attempts)"])
            }
            try await reset.save(on: app.db)
        }
        return sent
    }

    static func delay(afterAttempts attempts: Int) -> TimeInterval {
        min(60 * pow(2, Double(max(0, attempts - 1))), maximumDelay)
    }

    /// Takes a message for ten minutes, so that a second server does not send it too.
    private func claim(_ message: OutboxMessage, now: Date) async throws -> Bool {
        try await claim(table: "mail_outbox", try message.requireID(), now: now)
    }

    private func claim(table: String, _ id: UUID, now: Date) async throws -> Bool {
        let until = now.addingTimeInterval(600)
        let rows = try await (app.db as! any SQLDatabase).raw("""
            UPDATE \(ident: table) SET next_attempt_at = \(bind: until)
            WHERE id = \(bind: id) AND sent_at IS NULL AND next_attempt_at <= \(bind: now) RETURNING id
            """).all()
        return rows.count == 1
    }

    /// Writes the message only now, so that no link is ever stored.
    private func compose(_ message: OutboxMessage) async throws -> String {
        guard let invitation = try await WaveInvitation.query(on: app.db)
            .filter(\.$id == message.$invitation.id).with(\.$wave).with(\.$person).first(),
              let email = invitation.person.email else {
            throw OutboxError.recipientGone
        }
        let language = invitation.language ?? invitation.wave.languages.first ?? .fallback
        let strings = language.strings
        let link = app.surveyLinks.url(for: try invitation.requireID())
        let closes = strings.dateTime(invitation.wave.closesAt, in: invitation.wave.timeZone)
        let subject = message.kind == .reminder ? strings.reminderSubject(wave: invitation.wave.name) : strings.invitationSubject(wave: invitation.wave.name)
        let body = strings.invitationBody(wave: invitation.wave.name, link: link, closes: closes, reminder: message.kind == .reminder)
        return MailMessage(from: mail.from, to: email, subject: subject, body: body).text
    }
}

enum OutboxError: Error {
    case recipientGone
}

/// A plain-text mail with headers a sendmail `-t` reads.
struct MailMessage {
    let from: String
    let to: String
    let subject: String
    let body: String

    var text: String {
        // Header values come from the database; line breaks in them would add headers.
        func clean(_ value: String) -> String { value.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ") }
        let encodedSubject = "=?UTF-8?B?\(Data(clean(subject).utf8).base64EncodedString())?="
        return [
            "From: \(clean(from))", "To: \(clean(to))", "Subject: \(encodedSubject)",
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit",
            "", body, "",
        ].joined(separator: "\r\n")
    }
}

/// Runs the mail command off the event loop and waits for it.
enum Sendmail {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// A command that exits without reading its input would otherwise kill the whole server
    /// with SIGPIPE when the message is written to it; ignored, the write just fails.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    static func send(_ message: String, command: [String]) async throws {
        _ = ignoreBrokenPipes
        guard let executable = command.first else { throw Failure(description: "MAIL_COMMAND is empty") }
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = Array(command.dropFirst())
            let input = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            process.terminationHandler = { process in
                if process.terminationStatus == 0 {
                    continuation.resume()
                } else {
                    continuation.resume(throwing: Failure(description: "\(executable) exited with status \(process.terminationStatus)"))
                }
            }
            do {
                try process.run()
                // A failed write shows as the command's exit status, which the handler reports.
                try? input.fileHandleForWriting.write(contentsOf: Data(message.utf8))
                try? input.fileHandleForWriting.close()
            } catch {
                continuation.resume(throwing: Failure(description: "cannot run \(executable): \(error.localizedDescription)"))
            }
        }
    }
}

/// Works through the outbox every half minute while the server runs.
struct OutboxLifecycle: LifecycleHandler {
    static let interval: TimeAmount = .seconds(30)

    func didBoot(_ application: Application) throws {
        guard let mail = application.configuration.mail else { return }
        let sender = OutboxSender(app: application, mail: mail)
        application.eventLoopGroup.next().scheduleRepeatedAsyncTask(initialDelay: .seconds(5), delay: Self.interval) { task in
            application.eventLoopGroup.next().makeFutureWithTask {
                do { try await sender.sendDue() } catch { application.logger.error("Outbox: \(error)") }
            }
        }
    }
}
