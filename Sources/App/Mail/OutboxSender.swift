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
    func sendDue(now: Date) async throws -> Int {
        let messages = try await OutboxMessage.query(on: app.db)
            .filter(\.$sentAt == nil).filter(\.$nextAttemptAt <= now)
            .sort(\.$nextAttemptAt).limit(Self.batchSize).all()
        // Password resets are mailed like the rest, while their link still works.
        let resets = try await PasswordReset.query(on: app.db)
            .filter(\.$sentAt == nil).filter(\.$usedAt == nil).filter(\.$nextAttemptAt <= now).filter(\.$expiresAt > now)
            .sort(\.$nextAttemptAt).limit(Self.batchSize).all()
        return try await send(messages, table: OutboxMessage.schema, now: now, compose: compose)
            + (try await send(resets, table: PasswordReset.schema, now: now, compose: compose))
    }

    /// Sends each row this server could claim; a failure schedules the row again later.
    private func send<Row: QueuedMail>(
        _ rows: [Row], table: String, now: Date,
        compose: (Row) async throws -> String
    ) async throws -> Int {
        var sent = 0
        for row in rows where try await claim(table: table, try row.requireID(), now: now) {
            do {
                try await Sendmail.send(try await compose(row), command: mail.command)
                row.sentAt = now
                row.lastError = nil
                sent += 1
            } catch {
                row.attempts += 1
                row.lastError = String(String(describing: error).prefix(500))
                row.nextAttemptAt = now.addingTimeInterval(Self.delay(afterAttempts: row.attempts))
                app.logger.warning(
                    "Mail not sent; retried later",
                    metadata: ["table": "\(table)", "attempts": "\(row.attempts)", "error": "\(error)"])
            }
            try await row.save(on: app.db)
        }
        return sent
    }

    static func delay(afterAttempts attempts: Int) -> TimeInterval {
        min(60 * pow(2, Double(max(0, attempts - 1))), maximumDelay)
    }

    /// Takes a message for ten minutes, so that a second server does not send it too.
    private func claim(table: String, _ id: UUID, now: Date) async throws -> Bool {
        let until = now.addingTimeInterval(600)
        let rows = try await app.db.sql.raw(
            """
            UPDATE \(ident: table) SET next_attempt_at = \(bind: until)
            WHERE id = \(bind: id) AND sent_at IS NULL AND next_attempt_at <= \(bind: now) RETURNING id
            """
        ).all()
        return rows.count == 1
    }

    /// A reset's mail, with its link derived only now.
    private func compose(_ reset: PasswordReset) async throws -> String {
        guard let user = try await User.find(reset.userID, on: app.db) else { throw OutboxError.recipientGone }
        let strings = (user.language.flatMap(Language.init(rawValue:)) ?? .fallback).strings
        let body = strings.passwordResetBody(
            link: app.passwordResetLinks.url(for: try reset.requireID()),
            minutes: Int(PasswordReset.lifetime / 60))
        return MailMessage(from: mail.from, to: user.email, subject: strings.passwordResetSubject, body: body).text
    }

    /// Writes the message only now, so that no link is ever stored.
    private func compose(_ message: OutboxMessage) async throws -> String {
        guard
            let invitation = try await WaveInvitation.query(on: app.db)
                .filter(\.$id == message.$invitation.id).with(\.$wave).with(\.$person).first(),
            let email = invitation.person.email
        else {
            throw OutboxError.recipientGone
        }
        let language = invitation.language ?? invitation.wave.languages.first ?? .fallback
        let strings = language.strings
        let link = app.surveyLinks.url(for: try invitation.requireID())
        let closes = strings.dateTime(invitation.wave.closesAt, in: invitation.wave.timeZone)
        let subject =
            message.kind == .reminder
            ? strings.reminderSubject(wave: invitation.wave.name) : strings.invitationSubject(wave: invitation.wave.name)
        let body = strings.invitationBody(wave: invitation.wave.name, link: link, closes: closes, reminder: message.kind == .reminder)
        return MailMessage(from: mail.from, to: email, subject: subject, body: body).text
    }
}

/// A row that is its own mail in the outbox: sent once, retried with growing delays.
protocol QueuedMail: Model where IDValue == UUID {
    var sentAt: Date? { get set }
    var attempts: Int { get set }
    var lastError: String? { get set }
    var nextAttemptAt: Date { get set }
}

extension OutboxMessage: QueuedMail {}
extension PasswordReset: QueuedMail {}

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
            "", body, ""
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
    static let interval: Duration = .seconds(30)

    func didBoot(_ application: Application) throws {
        guard let mail = application.configuration.mail else { return }
        let sender = OutboxSender(app: application, mail: mail)
        application.repeatInBackground(after: .seconds(5), every: Self.interval) {
            do { try await sender.sendDue(now: application.clock.now()) } catch { application.logger.error("Outbox: \(error)") }
        }
    }
}
