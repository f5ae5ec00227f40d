import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

@Suite struct TenancyTests {
    @Test func aMemberOfOneOrganisationGets404OnEveryRouteOfAnother() async throws {
        try await withVeerkracht { app in
            let mine = try await app.createOrganisation("Mine")
            let theirs = try await app.createOrganisation("Theirs")
            let unit = try await app.createUnit("Zorg", in: theirs)
            let upload = PendingImport(
                organisationID: theirs, uploadedBy: UUID(), fileName: "x.csv",
                content: Data("external_id\n1\n".utf8).base64EncodedString(), fullImport: false)
            try await upload.create(on: app.db)
            let uploadID = try upload.requireID()
            let browser = try await app.signedIn(as: "ann@example.org", .advisor, in: mine)

            let gets: [App.Route] = [
                .organisation(theirs), .units(theirs), .unit(theirs, unit: unit), .people(theirs),
                .peopleImport(theirs), .peopleImportPreview(theirs, upload: uploadID)
            ]
            for route in gets {
                #expect(try await browser.get(route.path).status == .notFound, "GET \(route.path)")
            }
            let posts: [App.Route] = [
                .units(theirs), .unitRename(theirs, unit: unit), .unitMove(theirs, unit: unit),
                .unitArchive(theirs, unit: unit), .unitRestore(theirs, unit: unit),
                .peopleImportApply(theirs, upload: uploadID)
            ]
            for route in posts {
                #expect(try await browser.post(route.path, ["name": "Taken"]).status == .notFound, "POST \(route.path)")
            }
            #expect(try await browser.upload(Route.peopleImport(theirs).path, file: Data("external_id\n1\n".utf8)).status == .notFound)
            // The other organisation's data is untouched.
            #expect(try await Unit.find(unit, on: app.db)?.name == "Zorg")
            #expect(try await Person.query(on: app.db).count() == 0)
        }
    }

    @Test func aUnitOfAnotherOrganisationIsNotFoundUnderOnesOwn() async throws {
        try await withVeerkracht { app in
            let mine = try await app.createOrganisation("Mine")
            let theirs = try await app.createOrganisation("Theirs")
            let foreignUnit = try await app.createUnit("Zorg", in: theirs)
            let browser = try await app.signedIn(as: "ann@example.org", .advisor, in: mine)
            #expect(try await browser.get(Route.unit(mine, unit: foreignUnit).path).status == .notFound)
            #expect(try await browser.post(Route.unitArchive(mine, unit: foreignUnit).path).status == .notFound)
            #expect(try await Unit.find(foreignUnit, on: app.db)?.archivedAt == nil)
        }
    }

    @Test func aViewerCannotImportPeople() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let browser = try await app.signedIn(as: "viewer@example.org", .viewer, in: organisation)
            #expect(try await browser.get(Route.people(organisation).path).status == .ok)
            #expect(try await browser.get(Route.peopleImport(organisation).path).status == .forbidden)
            let upload = try await browser.upload(Route.peopleImport(organisation).path, file: Data("external_id\n1\n".utf8))
            #expect(upload.status == .forbidden)
            #expect(try await PendingImport.query(on: app.db).count() == 0)
        }
    }

    @Test func aManagerCannotChangeUnits() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let browser = try await app.signedIn(as: "manager@example.org", .manager, in: organisation)
            let page = try await browser.get(Route.units(organisation).path)
            #expect(page.status == .ok)
            #expect(!page.body.contains(Dutch().unitCreateSubmit))
            #expect(try await browser.post(Route.units(organisation).path, ["name": "Zorg"]).status == .forbidden)
            #expect(try await Unit.query(on: app.db).count() == 0)
        }
    }

    @Test func theHeaderListsEveryOrganisationOfTheUser() async throws {
        try await withVeerkracht { app in
            let first = try await app.createOrganisation("Zorggroep Noord")
            let second = try await app.createOrganisation("Onderwijs Zuid")
            let user = try await app.createUser("ann@example.org", organisation: first, role: .viewer)
            try await Membership(userID: user, organisationID: second, role: .advisor).create(on: app.db)
            let browser = Browser(app)
            _ = try await browser.signIn("ann@example.org")
            let page = try await browser.get(Route.organisation(second).path)
            #expect(page.body.contains("href=\"\(Route.organisation(first).path)\""))
            #expect(page.body.contains("<summary>Onderwijs Zuid</summary>"))
        }
    }

    @Test func onlyTheInstallationAdministratorSeesTheAdministration() async throws {
        try await withVeerkracht { app in
            try await app.createUser("ann@example.org")
            let browser = Browser(app)
            _ = try await browser.signIn("ann@example.org")
            #expect(try await browser.get(Route.adminOrganisations.path).status == .notFound)
            #expect(try await browser.post(Route.adminOrganisations.path, ["name": "Mine"]).status == .notFound)
            #expect(try await Organisation.query(on: app.db).count() == 0)
        }
    }
}
