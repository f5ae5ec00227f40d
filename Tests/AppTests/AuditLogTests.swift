import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

@Suite struct AuditLogTests {
    @Test func whatMattersToAWorksCouncilIsRecordedWithWhoAndShownToTheOrganisationsAdvisors() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app, open: true)
            let advisor = try await app.signedIn(as: "adv@example.org", .advisor, in: s.organisation)
            _ = try await advisor.post(Route.waveClose(s.organisation, wave: s.wave).path, pairs: [("confirm", "1")])
            _ = try await advisor.get(Route.waveResponsesCSV(s.organisation, wave: s.wave).path)
            _ = try await advisor.post(Route.apiTokens(s.organisation).path, ["name": "Power BI", "role": "viewer"])
            let actions = try await AuditEvent.query(on: app.db).all().compactMap(\.action)
            #expect(Set(actions) == [.waveClosed, .responsesDownloaded, .tokenCreated])
            #expect(
                try await AuditEvent.query(on: app.db).all().allSatisfy {
                    $0.actor == "adv@example.org" && $0.organisationID == s.organisation
                })
            let page = try await advisor.get(Route.audit(s.organisation).path)
            #expect(page.status == .ok)
            for action in [AuditAction.waveClosed, .responsesDownloaded, .tokenCreated] {
                #expect(page.body.contains(Dutch().auditAction(action)))
            }
            #expect(page.body.contains("Power BI (viewer)"))
        }
    }

    @Test func managersAndOtherOrganisationsCannotReadTheLog() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let other = try await app.createOrganisation("Ander")
            let manager = try await app.signedIn(as: "lead@example.org", .manager, in: organisation)
            #expect(try await manager.get(Route.audit(organisation).path, follow: false).status == .forbidden)
            let stranger = try await app.signedIn(as: "adv@other.example.org", .advisor, in: other)
            #expect(try await stranger.get(Route.audit(organisation).path, follow: false).status == .notFound)
            #expect(try await stranger.get(Route.adminAudit.path, follow: false).status == .notFound)
        }
    }

    @Test func noRouteChangesOrRemovesAnEvent() async throws {
        try await withVeerkracht { app in
            let writes = app.routes.all.filter { $0.method != .GET && $0.path.map(\.description).joined(separator: "/").contains("audit") }
            #expect(writes.isEmpty)
        }
    }

    @Test func eventsOlderThanTheRetentionGoWhenTheNextIsRecorded() async throws {
        try await withVeerkracht { app in
            let log = AuditLog(db: app.db)
            let now = Date()
            try await log.record(
                .waveClosed, subject: "oud", organisation: nil, actor: "a", now: now.addingTimeInterval(-AuditLog.retention - 60))
            try await log.record(.waveClosed, subject: "recent", organisation: nil, actor: "a", now: now.addingTimeInterval(-86_400))
            try await log.record(.waveOpened, subject: "nu", organisation: nil, actor: "a", now: now)
            #expect(try await AuditEvent.query(on: app.db).all().map(\.subject).sorted() == ["nu", "recent"])
        }
    }
}
