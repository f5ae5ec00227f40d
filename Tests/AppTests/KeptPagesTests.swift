import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// A closed wave's pages are rendered once per role and language and kept; the frame around
/// them stays each reader's own, and anything the page shows that changes makes a new page.
@Suite(.serialized) struct KeptPagesTests {
    private func results(_ s: ScanSetting) -> String { Route.waveResults(s.organisation, wave: s.wave).path }
    private func heatmap(_ s: ScanSetting) -> String { Route.waveHeatmap(s.organisation, wave: s.wave).path }

    @Test func aClosedWavesResultsAreRenderedOnceForEveryReaderWithTheirOwnHeader() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let one = try await app.signedIn(as: "eerste@example.org", .viewer, in: s.organisation)
            let two = try await app.signedIn(as: "tweede@example.org", .viewer, in: s.organisation)
            let before = app.keptPages.renders
            let first = try await one.get(results(s))
            let second = try await two.get(results(s))
            #expect(app.keptPages.renders == before + 1)
            #expect(first.body.contains("eerste@example.org") && !first.body.contains("tweede@example.org"))
            #expect(second.body.contains("tweede@example.org") && second.body.contains("n = 6"))
        }
    }

    @Test func aBrowserHoldingTheKeptPageGetsNotModified() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let browser = try await app.signedIn(as: "lezer@example.org", .viewer, in: s.organisation)
            let page = try await browser.get(heatmap(s))
            let tag = try #require(page.headers.first(name: .eTag))
            #expect(page.headers.first(name: .cacheControl) == "private, no-cache")
            let again = try await browser.get(heatmap(s), ifNoneMatch: tag)
            #expect(again.status == .notModified)
            #expect(again.body.isEmpty)
            #expect(try await browser.get(heatmap(s), ifNoneMatch: "\"other\"").status == .ok)
        }
    }

    /// On an SQLite file the key's reads go through connections of their own (`KeyReads`).
    @Test(arguments: [TestStorage.standard, .sqliteFile])
    func renamingAUnitChangesTheKeptHeatmapAndItsTag(_ storage: TestStorage) async throws {
        try await withVeerkracht(storage: storage) { app in
            let s = try await ScanSetting.make(app)
            let advisor = try await app.signedIn(as: "adviseur@example.org", .advisor, in: s.organisation)
            let before = try await advisor.get(heatmap(s))
            #expect(before.body.contains("Noord"))
            let renamed = try await advisor.post(Route.unitRename(s.organisation, unit: s.noord).path, ["name": "Noordkaap"])
            #expect(renamed.status == .ok)
            let after = try await advisor.get(heatmap(s))
            #expect(after.body.contains("Noordkaap"))
            #expect(after.headers.first(name: .eTag) != before.headers.first(name: .eTag))
        }
    }

    @Test func anAdvisorAndAViewerEachGetTheirRolesKeptResults() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let responsesLink = Route.waveResponsesCSV(s.organisation, wave: s.wave).path
            let advisorBrowser = try await app.signedIn(as: "adviseur@example.org", .advisor, in: s.organisation)
            let viewerBrowser = try await app.signedIn(as: "lezer@example.org", .viewer, in: s.organisation)
            let before = app.keptPages.renders
            let advisor = try await advisorBrowser.get(results(s))
            let viewer = try await viewerBrowser.get(results(s))
            #expect(advisor.body.contains(responsesLink))
            #expect(!viewer.body.contains(responsesLink))
            #expect(app.keptPages.renders == before + 2)
        }
    }

    @Test func eachLanguageHasItsOwnKeptPage() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let browser = try await app.signedIn(as: "lezer@example.org", .viewer, in: s.organisation)
            #expect(try await browser.get(heatmap(s)).body.contains(Dutch().heatmapTitle))
            _ = try await browser.post(Route.language.path, ["language": "en", "return": "/"])
            #expect(try await browser.get(heatmap(s)).body.contains(English().heatmapTitle))
        }
    }

    @Test func theResultsOfAWaveThatStillTakesAnswersAreNotKept() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app, open: true)
            let browser = try await app.signedIn(as: "lezer@example.org", .viewer, in: s.organisation)
            let before = app.keptPages.renders
            let page = try await browser.get(results(s))
            #expect(page.status == .ok)
            #expect(page.headers.first(name: .eTag) == nil)
            #expect(app.keptPages.renders == before)
        }
    }

    @Test func theUnitTreeIsReadOnceUntilAUnitChanges() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let browser = try await app.signedIn(as: "lezer@example.org", .viewer, in: s.organisation)
            _ = try await browser.get(results(s))
            _ = try await browser.get(heatmap(s))
            #expect(app.unitTrees.loads == 1)
            _ = try await app.createUnit("Oost", in: s.organisation, under: s.zorg)
            #expect(try await browser.get(Route.units(s.organisation).path).body.contains("Oost"))
            _ = try await browser.get(heatmap(s))
            #expect(app.unitTrees.loads == 2)
        }
    }

    @Test(arguments: [TestStorage.standard, .sqliteFile])
    func theDashboardIsRenderedOnceUntilSomethingItShowsChanges(_ storage: TestStorage) async throws {
        try await withVeerkracht(storage: storage) { app in
            let s = try await ScanSetting.make(app)
            let viewer = try await app.signedIn(as: "lezer@example.org", .viewer, in: s.organisation)
            let dashboard = Route.dashboard(s.organisation).path
            let rendered = app.keptPages.renders
            let before = try await viewer.get(dashboard)
            _ = try await viewer.get(dashboard)
            #expect(app.keptPages.renders == rendered + 1)
            #expect(!before.body.contains("lopende programma"))
            try await app.overdueProgramme(in: s.organisation)
            #expect(try await viewer.get(dashboard).body.contains("lopende programma"))
            #expect(app.keptPages.renders == rendered + 2)
        }
    }

    @Test func aKeptDashboardIsKeptPerUnitAndPerRole() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let dashboard = Route.dashboard(s.organisation).path
            let viewer = try await app.signedIn(as: "lezer@example.org", .viewer, in: s.organisation)
            let rendered = app.keptPages.renders
            let whole = try await viewer.get(dashboard)
            let zorg = try await viewer.get(dashboard + "?unit=\(s.zorg.uuidString)")
            #expect(whole.body != zorg.body)
            #expect(app.keptPages.renders == rendered + 2)
            let empty = try await app.createOrganisation("Leeg")
            let path = Route.dashboard(empty).path
            let startLink = Route.waveNew(empty).path
            let advisor = try await app.signedIn(as: "adviseur@example.org", .advisor, in: empty)
            let emptyViewer = try await app.signedIn(as: "kijker@example.org", .viewer, in: empty)
            #expect(try await advisor.get(path).body.contains(startLink))
            #expect(!(try await emptyViewer.get(path).body.contains(startLink)))
        }
    }

    @Test func aClosedWavesAggregateExportIsMadeOnceAndAnswers304ToWhoHoldsIt() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let export = Route.waveAggregatesCSV(s.organisation, wave: s.wave).path
            let browser = try await app.signedIn(as: "lezer@example.org", .viewer, in: s.organisation)
            let rendered = app.keptPages.renders
            let first = try await browser.get(export)
            let second = try await browser.get(export)
            #expect(first.data == second.data && first.body.contains("dlo@1"))
            #expect(first.headers.first(name: .contentDisposition)?.hasPrefix("attachment;") == true)
            #expect(app.keptPages.renders == rendered + 1)
            let tag = try #require(first.headers.first(name: .eTag))
            #expect(try await browser.get(export, ifNoneMatch: tag).status == .notModified)
        }
    }
}
