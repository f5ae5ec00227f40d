import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

// Serialized to bound the load: every test signs people in (a deliberately slow password hash on
// the shared thread pool) and sends many requests; all at once, beside the other suites, they
// could wait past the database pool's time-out on a two-core machine.
@Suite(.serialized) struct DashboardPageTests {
    private let nl = Dutch()
    private let text = DashboardText(.nl)

    @Test func anOrganisationWithoutWaveOrProgrammeIsToldWhatToDoFirstInsteadOfEmptyCharts() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let advisor = try await app.signedIn(as: "advisor@example.org", .advisor, in: organisation)
            let page = try await advisor.get(Route.dashboard(organisation).path)
            #expect(page.status == .ok)
            #expect(page.body.contains(nl.firstStepsTitle) && page.body.contains(Route.waveNew(organisation).path))
            #expect(!page.body.contains(nl.summaryTitle))
        }
    }

    @Test func aViewerReadsTheDashboardButIsNotOfferedToStartAWave() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let viewer = try await app.signedIn(as: "viewer@example.org", .viewer, in: organisation)
            let page = try await viewer.get(Route.dashboard(organisation).path)
            #expect(page.status == .ok && page.body.contains(nl.firstStepsTitle))
            #expect(!page.body.contains(Route.waveNew(organisation).path))
        }
    }

    @Test func theScanGivesEachQuestionItsVerdictWithTheRuleBesideIt() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let viewer = try await app.signedIn(as: "viewer@example.org", .viewer, in: s.organisation)
            let page = try await viewer.get(Route.dashboard(s.organisation).path)
            // Four answering 4 and two answering 2 (reversed items turned round): a mean between 3 and 3.75,
            // so attention, by the perception rule printed next to it.
            #expect(page.body.contains("op een schaal van 1 tot 5 (n = 6)"))
            #expect(page.body.contains("\(nl.verdictLabel): \(text.verdictName(.attention))"))
            #expect(page.body.contains(text.limits(.perception)))
            #expect(page.body.contains(nl.noPortfolioYet))
        }
    }

    @Test func aUnitLargeEnoughGetsItsOwnVerdictAndATooSmallOneIsNeverShownNorItsSibling() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let manager = try await app.signedIn(as: "manager@example.org", .manager, in: s.organisation)
            let zorg = try await manager.get(Route.dashboard(s.organisation).path + "?unit=\(s.zorg.uuidString)")
            #expect(zorg.body.contains("op een schaal van 1 tot 5 (n = 6)"))
            #expect(!zorg.body.contains(nl.scanSuppressed(threshold: 3)))
            // Zuid has 2 people; Noord (4) would give Zuid away by subtraction from Zorg.
            for unit in [s.zuid, s.noord] {
                let page = try await manager.get(Route.dashboard(s.organisation).path + "?unit=\(unit.uuidString)")
                #expect(page.status == .ok)
                #expect(page.body.contains(nl.scanSuppressed(threshold: 3)))
                #expect(!page.body.contains("op een schaal van 1 tot 5"))
            }
        }
    }

    @Test func aMalformedUnitIsABadRequestAndAnotherOrganisationsUnitIsNotFound() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let other = try await app.createOrganisation("Elders")
            let elsewhere = try await app.createUnit("Elders", in: other)
            let viewer = try await app.signedIn(as: "viewer@example.org", .viewer, in: s.organisation)
            #expect(try await viewer.get(Route.dashboard(s.organisation).path + "?unit=nonsense").status == .badRequest)
            #expect(try await viewer.get(Route.dashboard(s.organisation).path + "?unit=\(elsewhere.uuidString)").status == .notFound)
            #expect(try await viewer.get(Route.dashboard(other).path).status == .notFound)
        }
    }

    @Test func thePortfolioAloneGivesVerdictsAndSaysTheScanIsMissing() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            try await app.overdueProgramme(in: organisation)
            let viewer = try await app.signedIn(as: "viewer@example.org", .viewer, in: organisation)
            let page = try await viewer.get(Route.dashboard(organisation).path)
            #expect(page.body.contains(nl.noScanYet))
            // Overdue on both counts and unchanged for years: two concerns.
            #expect(page.body.contains("K5 Flexibiliteit baart zorgen."))
            #expect(page.body.contains("Bij 1 van de 1 lopende programma's is de cyclus achterstallig"))
        }
    }

    @Test func theReadingGuideExplainsEveryRuleWithItsLimits() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let viewer = try await app.signedIn(as: "viewer@example.org", .viewer, in: organisation)
            let page = try await viewer.get(Route.readingGuide(organisation).path)
            for rule in Rule.allCases {
                #expect(
                    page.body.contains(text.explanation(rule).replacingOccurrences(of: "'", with: "&#39;"))
                        || page.body.contains(text.explanation(rule)), "\(rule)")
                #expect(page.body.contains(text.limits(rule)), "\(rule)")
            }
        }
    }

    @Test func theReportHasContentsAndTheDashboardResultsAndPortfolioChapters() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            try await app.overdueProgramme(in: s.organisation)
            let viewer = try await app.signedIn(as: "viewer@example.org", .viewer, in: s.organisation)
            let page = try await viewer.get(Route.report(s.organisation).path)
            #expect(page.status == .ok)
            for chapter in ["id=\"dashboard\"", "id=\"results\"", "id=\"portfolio\"", "href=\"#results\"", nl.contentsTitle] {
                #expect(page.body.contains(chapter), "\(chapter)")
            }
            #expect(page.body.contains("<svg class=\"bar\""))
            #expect(page.body.contains("Leiderschap"))
        }
    }

    @Test func theReportOpensWithACoverAndAOnePageSummaryAndNumbersItsPages() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let viewer = try await app.signedIn(as: "viewer@example.org", .viewer, in: s.organisation)
            let page = try await viewer.get(Route.report(s.organisation).path)
            #expect(page.body.contains("<section class=\"cover\"><p class=\"cover-organisation\">Zorggroep</p>"))
            #expect(page.body.contains("id=\"summary\""))
            #expect(Stylesheet.css.contains("counter(page) \" / \" counter(pages)"))
            #expect(ReportPage.pageMargins(organisationName: "Zorggroep").contains("@bottom-left { content: \"Zorggroep\""))
        }
    }

    @Test func anOrganisationNameCannotEndThePageMarginStyle() {
        let written = ReportPage.cssString("Zorg\"; } </style><script>x</script>")
        #expect(!written.contains("\"") && !written.contains("<") && !written.contains(">") && !written.contains(";"))
        #expect(ReportPage.cssString("Zorggroep Noord") == "Zorggroep Noord")
    }
}
