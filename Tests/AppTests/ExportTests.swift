import Foundation
import Testing
import Vapor
import VeerkrachtCore
import ZIPFoundation

@testable import App

@Suite struct ExportTests {
    private func files(in data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var files: [String: String] = [:]
        for entry in archive {
            var content = Data()
            _ = try archive.extract(entry) { content.append($0) }
            files[entry.path] = String(decoding: content, as: UTF8.self)
        }
        return files
    }

    @Test func theExportHoldsEveryPartWithAReadmeAndOnlyResponsesOfGroupsThatMayBeShown() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let advisor = try await app.signedIn(as: "adv@example.org", .advisor, in: s.organisation)
            _ = try await advisor.post(Route.conversations(s.organisation).path, ["title": "MT najaar", "planned_on": "2027-01-15"])
            let answer = try await advisor.get(Route.organisationExport(s.organisation).path)
            #expect(answer.status == .ok && answer.headers.contentType == .zip)
            let files = try files(in: answer.data)
            let prefix = "veerkracht-export/"
            for name in [
                "README.txt", "organisation.json", "units.csv", "people.csv", "waves.json", "programmes.csv",
                "conversations.json", "audit.csv"
            ] {
                #expect(files[prefix + name] != nil, "\(name)")
            }
            #expect(files[prefix + "people.csv"]?.contains("n0@example.org") == true)
            #expect(files[prefix + "units.csv"]?.contains("Zorg / Noord") == true)
            #expect(files[prefix + "conversations.json"]?.contains("MT najaar") == true)
            #expect(try await AuditEvent.query(on: app.db).all().map(\.action) == [.organisationExported])
            // Zuid (2 people) may not be shown, and so neither may Noord beside Zorg: every response
            // sits at Zorg, exactly as the response file of the results page has it.
            let responses = try #require(files[prefix + "responses/\(s.wave.uuidString.lowercased()).csv"])
            #expect(!responses.contains("Noord") && !responses.contains("Zuid"))
            #expect(responses.split(whereSeparator: \.isNewline).count == 1 + 6)
            // The export is for programs: the international dialect, as an English reader downloads it.
            _ = try await advisor.post(Route.language.path, ["language": "en", "return": "/"])
            #expect(responses == (try await advisor.get(Route.waveResponsesCSV(s.organisation, wave: s.wave).path)).body)
        }
    }

    @Test func managersCannotExport() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let manager = try await app.signedIn(as: "lead@example.org", .manager, in: organisation)
            #expect(try await manager.get(Route.organisationExport(organisation).path, follow: false).status == .forbidden)
        }
    }
}
