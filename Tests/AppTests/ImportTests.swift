import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import Testing
import Vapor
import VeerkrachtCore

@testable import App

@Suite struct ImportTests {
    struct Setting {
        let browser: Browser
        let organisation: UUID
        let zorg: UUID
        let noord: UUID
    }

    /// An advisor signed in to an organisation with units `Zorg` (code Z) and `Zorg / Team Noord`.
    private func setting(_ app: Application) async throws -> Setting {
        let organisation = try await app.createOrganisation("Zorggroep")
        let zorg = try await app.createUnit("Zorg", in: organisation, code: "Z")
        let noord = try await app.createUnit("Team Noord", in: organisation, under: zorg, code: "TN")
        let browser = try await app.signedIn(as: "adv@example.org", .advisor, in: organisation)
        return Setting(browser: browser, organisation: organisation, zorg: zorg, noord: noord)
    }

    private let goodFile = """
        external_id,email,unit,birth_year,gender,start_date,level
        1001,ann@example.org,Zorg / Team Noord,1980,f,2015-03-01,B
        1002,,Z,1992,m,1-9-2020,
        1003,cas@example.org,TN,,x,,C

        """

    /// Uploads, then confirms the preview; returns the preview and the confirmation pages.
    private func importFile(_ text: String, full: Bool = false, into s: Setting) async throws -> (
        preview: Browser.Page, applied: Browser.Page?
    ) {
        let preview = try await s.browser.upload(
            Route.peopleImport(s.organisation).path, file: Data(text.utf8),
            fields: full ? ["full": "1"] : [:])
        guard preview.status == .ok, let action = preview.body.range(of: "/apply\"") else { return (preview, nil) }
        let path = String(preview.body[..<action.lowerBound].split(separator: "\"").last!) + "/apply"
        return (preview, try await s.browser.post(path))
    }

    @Test func aGoodFileChangesNothingUntilConfirmedAndThenCreatesEveryone() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let preview = try await s.browser.upload(Route.peopleImport(s.organisation).path, file: Data(goodFile.utf8))
            #expect(preview.status == .ok)
            #expect(preview.body.contains(Dutch().importWillCreate(3)))
            #expect(try await Person.query(on: app.db).count() == 0)

            let (_, applied) = try await importFile(goodFile, into: s)
            #expect(applied?.body.contains(Dutch().importApplied(created: 3, changed: 0, archived: 0)) == true)
            let ann = try #require(try await Person.query(on: app.db).filter(\.$externalID == "1001").first())
            #expect(
                ann.record
                    == PersonRecord(
                        externalID: "1001", email: "ann@example.org", unitID: s.noord, birthYear: 1980,
                        gender: .female, startDate: CalendarDate(year: 2015, month: 3, day: 1), level: "B"))
            let bob = try #require(try await Person.query(on: app.db).filter(\.$externalID == "1002").first())
            #expect(bob.$unit.id == s.zorg)
            #expect(bob.startDate == "2020-09-01")
            #expect(bob.email == nil)
        }
    }

    @Test func everyKindOfBadRowIsListedWithLineColumnAndReasonAndNothingChanges() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let file = """
                external_id;email;unit;birth_year;gender;start_date;level
                ;a@example.org;Zorg;1980;f;2015-03-01;A
                2;not-an-email;Zorg;1980;f;2015-03-01;A
                3;c@example.org;Nowhere;1980;f;2015-03-01;A
                4;d@example.org;Zorg;19x0;f;2015-03-01;A
                5;e@example.org;Zorg;1980;q;2015-03-01;A
                6;f@example.org;Zorg;1980;f;31-02-2015;A
                7;g@example.org;Zorg;1980;f
                8;c@example.org;Zorg;1980;f;2015-03-01;A
                8;i@example.org;Zorg;1980;f;2015-03-01;A
                10;j@example.org;Zorg;1980;f;2015-03-01;\(String(repeating: "L", count: 101))
                """
            let (preview, applied) = try await importFile(file, into: s)
            #expect(preview.status == .unprocessableEntity)
            #expect(applied == nil)
            let nl = Dutch()
            let year = Calendar(identifier: .gregorian).component(.year, from: Date())
            let expected: [(Int, String, ImportProblem)] = [
                (2, "external_id", .required),
                (3, "email", .invalidEmail("not-an-email")),
                (4, "unit", .unknownUnit("Nowhere", suggestion: nil)),
                (5, "birth_year", .invalidBirthYear("19x0", earliest: year - 100, latest: year - 14)),
                (6, "gender", .invalidGender("q")),
                (7, "start_date", .invalidDate("31-02-2015")),
                (8, "", .wrongFieldCount(expected: 7, found: 5)),
                (9, "email", .duplicateEmail(firstLine: 4)),
                (10, "external_id", .duplicateExternalID(firstLine: 9)),
                (11, "level", .tooLong(maximum: 100))
            ]
            for (line, column, problem) in expected {
                let row = "<tr><td class=\"number\">\(line)</td><td>\(column)</td><td>\(html(nl.importProblem(problem)))</td></tr>"
                #expect(preview.body.contains(row), "line \(line)")
            }
            #expect(preview.body.contains(nl.importRejected(problems: expected.count)))
            #expect(!preview.body.contains("/apply\""))
            #expect(try await Person.query(on: app.db).count() == 0)
        }
    }

    @Test func aFileWithoutTheExternalIdColumnIsRefused() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let (preview, _) = try await importFile("email,unit\na@example.org,Zorg\n", into: s)
            #expect(preview.status == .unprocessableEntity)
            #expect(preview.body.contains(html(Dutch().importProblem(.missingExternalIDColumn))))
        }
    }

    @Test func importingTheSameFileAgainChangesNothing() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            _ = try await importFile(goodFile, into: s)
            let before = try await Person.query(on: app.db).all().map(\.record)
            let (preview, applied) = try await importFile(goodFile, into: s)
            #expect(preview.body.contains(Dutch().importUnchanged(3)))
            #expect(preview.body.contains(Dutch().importNothingToDo))
            #expect(applied == nil)
            #expect(try await Person.query(on: app.db).all().map(\.record) == before)
        }
    }

    @Test func aSemicolonFileWithBOMAndQuotedLineBreaksIsRead() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let file =
                "\u{FEFF}external_id;unit;level\r\n\"20\";\"Zorg / Team Noord\";\"Senior; zorg\"\r\n21;Zorg;\"two\r\nlines\"\r\n22;Nowhere;A\r\n"
            let (preview, _) = try await importFile(file, into: s)
            // The quoted line break moves the bad row to line 5 of the file.
            #expect(preview.body.contains("<tr><td class=\"number\">5</td><td>unit</td>"))
            let fixed = file.replacingOccurrences(of: "22;Nowhere;A", with: "22;Zorg;A")
            let (_, applied) = try await importFile(fixed, into: s)
            #expect(applied?.status == .ok)
            let twenty = try #require(try await Person.query(on: app.db).filter(\.$externalID == "20").first())
            #expect(twenty.level == "Senior; zorg")
            #expect(twenty.$unit.id == s.noord)
            #expect(try await Person.query(on: app.db).filter(\.$externalID == "21").first()?.level == "two\r\nlines")
        }
    }

    @Test func aFullImportArchivesWhoIsMissingAndAPartialOneDoesNot() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            _ = try await importFile(goodFile, into: s)
            let partial = "external_id,unit\n1001,Zorg\n"
            let (partialPreview, _) = try await importFile(partial, into: s)
            #expect(partialPreview.body.contains(Dutch().importWillArchive(0)))
            #expect(try await Person.query(on: app.db).filter(\.$archivedAt == nil).count() == 3)

            let (fullPreview, applied) = try await importFile(partial, full: true, into: s)
            #expect(fullPreview.body.contains(Dutch().importWillArchive(2)))
            #expect(applied?.body.contains(Dutch().importApplied(created: 0, changed: 0, archived: 2)) == true)
            #expect(try await Person.query(on: app.db).filter(\.$archivedAt == nil).count() == 1)
            #expect(try await Person.query(on: app.db).count() == 3)
        }
    }

    @Test func aMissingColumnKeepsDataAndAMovedPersonIsShownAsMoved() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            _ = try await importFile(goodFile, into: s)
            let (preview, _) = try await importFile("external_id,unit\n1001,Zorg\n", into: s)
            #expect(preview.body.contains(Dutch().importWillMove(1)))
            #expect(preview.body.contains(Dutch().importWillUpdate(0)))
            let ann = try #require(try await Person.query(on: app.db).filter(\.$externalID == "1001").first())
            #expect(ann.$unit.id == s.zorg)
            #expect(ann.email == "ann@example.org")
            #expect(ann.birthYear == 1980)
        }
    }

    @Test func anArchivedPersonInANewFileComesBack() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            _ = try await importFile(goodFile, into: s)
            _ = try await importFile("external_id\n1001\n", full: true, into: s)
            let (_, applied) = try await importFile("external_id\n1002\n", into: s)
            #expect(applied?.status == .ok)
            #expect(try await Person.query(on: app.db).filter(\.$externalID == "1002").first()?.archivedAt == nil)
        }
    }

    @Test func anImportIsAppliedOnlyOnce() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let preview = try await s.browser.upload(Route.peopleImport(s.organisation).path, file: Data(goodFile.utf8))
            let action = try #require(preview.body.range(of: "/apply\""))
            let path = String(preview.body[..<action.lowerBound].split(separator: "\"").last!) + "/apply"
            #expect(try await s.browser.post(path).status == .ok)
            #expect(try await s.browser.post(path).status == .conflict)
            #expect(try await Person.query(on: app.db).count() == 3)
        }
    }

    @Test func anUploadWithoutAFileIsRefused() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let page = try await s.browser.upload(Route.peopleImport(s.organisation).path, file: Data())
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains(Dutch().importNoFile))
        }
    }

    /// Text as Plot escapes it inside an element.
    private func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}

/// A large import must not hold what every other request needs. On an SQLite file the driver
/// keeps one connection per event loop; an import that wrote through it kept every request on
/// that loop waiting until its commit (a 200,000-row import: 5.4 s, see `import_healthz.py`).
@Suite struct LargeImportTests {
    /// The browser is used by one task at a time here: the import's.
    private struct Advisor: @unchecked Sendable { let browser: Browser }

    @Test func aQueryOnEveryEventLoopFinishesWhileALargeImportIsStillWriting() async throws {
        try await withVeerkracht(storage: .sqliteFile) { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            _ = try await app.createUnit("Zorg", in: organisation, code: "Z")
            let rows = (0..<20_000).map { "\($0);p\($0)@example.org;Z;1980;f;1-3-2015\n" }.joined()
            let advisor = Advisor(browser: try await app.signedIn(as: "adv@example.org", .advisor, in: organisation))
            _ = try await advisor.browser.upload(
                Route.peopleImport(organisation).path,
                file: Data(("external_id;email;unit;birth_year;gender;start_date\n" + rows).utf8))
            let upload = try #require(try await PendingImport.query(on: app.db).first()?.requireID())
            let seenWhileWriting = NIOLockedValueBox<Int?>(nil)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { _ = try await advisor.browser.post(Route.peopleImportApply(organisation, upload: upload).path) }
                group.addTask {
                    // Long enough for the import's transaction to have begun; it then writes for about a second.
                    try await Task.sleep(for: .milliseconds(300))
                    for loop in app.eventLoopGroup.makeIterator() {
                        try await #require(app.databases.database(.sqlite, logger: app.logger, on: loop)).sql.raw("SELECT 1").run()
                    }
                    // Had one of those queries waited for the import's connection, it would have
                    // waited for its commit, and the people would be there already.
                    let count = try await Person.query(on: app.db).count()
                    seenWhileWriting.withLockedValue { $0 = count }
                }
                try await group.waitForAll()
            }
            #expect(seenWhileWriting.withLockedValue { $0 } == 0)
            #expect(try await Person.query(on: app.db).count() == 20_000)
        }
    }
}
