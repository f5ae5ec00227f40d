import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// Two servers on one database, as behind a load balancer: what one server changes, the other
/// sees on its next request, and nothing a server keeps for itself decides an outcome.
@Suite struct SeveralServersTests {
    /// A wave with three of four people answered through the first server.
    private func answeredWave(_ first: Application) async throws -> (
        organisation: UUID, wave: UUID, unit: UUID, people: [UUID]
    ) {
        let organisation = try await first.createOrganisation("Zorggroep")
        let unit = try await first.createUnit("Wijkzorg", in: organisation)
        var people: [UUID] = []
        for number in 1...4 { people.append(try await first.createPerson("P\(number)", in: organisation, unit: unit)) }
        let wave = try await first.createWave(in: organisation, units: [unit], instruments: ["dlo@1", "lp@1"], threshold: 3)
        for person in people.prefix(3) { _ = try await first.submitScan(wave: wave, person: person) }
        return (organisation, wave, unit, people)
    }

    /// The results as `server` reads them after the wave closed, from a wave row it loads itself.
    private func respondents(_ server: Application, organisation: UUID, wave: UUID) async throws -> Int {
        let stored = try await WaveStore(db: server.db, organisationID: organisation).wave(wave)
        let tree = try await UnitStore(db: server.db, organisationID: organisation).tree()
        let afterClosing = stored.closesAt.addingTimeInterval(86_400)
        return try await server.results.results(for: stored, tree: tree, on: server.db, now: afterClosing).respondents
    }

    @Test func theSetupCodePrintedByOneServerWorksOnTheOtherOnce() async throws {
        try await withTwoServers { first, second in
            let form = [
                "code": testSetupCode, "email": "beheer@example.org",
                "password": "a long enough secret", "confirmation": "a long enough secret"
            ]
            let created = try await Browser(second).post(Route.setup.path, form, follow: false)
            #expect(created.location == Route.home.path)
            #expect(try await SetupCodes(db: first.db).isIssued(now: Date()) == false)
            try await first.db.query(User.self).delete()
            let again = try await Browser(first).post(Route.setup.path, form, follow: false)
            #expect(again.status == .forbidden)
            #expect(try await User.query(on: first.db).count() == 0)
        }
    }

    @Test func aResponseStoredThroughOneServerReachesTheOthersResults() async throws {
        try await withTwoServers { first, second in
            let (organisation, wave, _, people) = try await answeredWave(first)
            #expect(try await respondents(second, organisation: organisation, wave: wave) == 3)
            _ = try await first.submitScan(wave: wave, person: people[3])
            #expect(try await respondents(second, organisation: organisation, wave: wave) == 4)
        }
    }

    @Test func aProfileSharedThroughOneServerShowsInTheOthersTeam() async throws {
        try await withTwoServers { first, second in
            let (organisation, wave, _, people) = try await answeredWave(first)
            func named() async throws -> Int {
                let stored = try await WaveStore(db: second.db, organisationID: organisation).wave(wave)
                let tree = try await UnitStore(db: second.db, organisationID: organisation).tree()
                return try await second.teamProfiles.members(for: stored, tree: tree, on: second.db).filter { $0.name != nil }.count
            }
            #expect(try await named() == 0)
            _ = try await first.submitScan(wave: wave, person: people[3], share: true)
            #expect(try await named() == 1)
        }
    }

    @Test func peopleImportedThroughOneServerAreCountedOnTheOthersOrganisationPage() async throws {
        try await withTwoServers { first, second in
            let organisation = try await first.createOrganisation("Zorggroep")
            try await first.createUnit("Wijkzorg", in: organisation, code: "WZ")
            let browser = try await second.signedIn(as: "advisor@example.org", .advisor, in: organisation)
            #expect(try await browser.get(Route.organisation(organisation).path).body.contains(Dutch().peopleCount(0)))
            let csv = "external_id,email,unit\nA1,a1@example.org,WZ\nA2,a2@example.org,WZ\n"
            _ = try await PeopleImporter(db: first.db, organisationID: organisation).apply(Data(csv.utf8), fullImport: false, now: Date())
            #expect(try await browser.get(Route.organisation(organisation).path).body.contains(Dutch().peopleCount(2)))
            #expect(try await PersonErasure(db: first.db, organisationID: organisation).erase(externalID: "A1", now: Date()))
            #expect(try await browser.get(Route.organisation(organisation).path).body.contains(Dutch().peopleCount(1)))
        }
    }

    @Test func aUnitMovedThroughOneServerMovesInTheOthersResults() async throws {
        try await withTwoServers { first, second in
            let (organisation, wave, unit, _) = try await answeredWave(first)
            let region = try await first.createUnit("Regio Noord", in: organisation)
            func regionShown() async throws -> Bool {
                let stored = try await WaveStore(db: second.db, organisationID: organisation).wave(wave)
                let tree = try await UnitStore(db: second.db, organisationID: organisation).tree()
                let results = try await second.results.results(
                    for: stored, tree: tree, on: second.db, now: stored.closesAt.addingTimeInterval(86_400))
                return results.tally(ResultGroup(unit: region)) != nil
            }
            #expect(try await regionShown() == false)
            let moved = try #require(try await Unit.find(unit, on: first.db))
            moved.$parent.id = region
            try await UnitStore(db: first.db, organisationID: organisation).save(moved)
            #expect(try await regionShown())
        }
    }

    @Test func aKeptPageHasTheSameTagOnEveryServer() async throws {
        try await withTwoServers { first, second in
            let s = try await ScanSetting.make(first)
            let heatmap = Route.waveHeatmap(s.organisation, wave: s.wave).path
            let onFirst = try await first.signedIn(as: "lezer@example.org", .viewer, in: s.organisation)
            let tag = try #require(try await onFirst.get(heatmap).headers.first(name: .eTag))
            let onSecond = Browser(second)
            onSecond.setCookie(DatabaseSessionDriver.cookieName, try #require(onFirst.sessionCookie))
            #expect(try await onSecond.get(heatmap, ifNoneMatch: tag).status == .notModified)
        }
    }

    @Test func aUnitRenamedThroughOneServerIsRenamedInTheOthersKeptTree() async throws {
        try await withTwoServers { first, second in
            let organisation = try await first.createOrganisation("Zorggroep")
            let unit = try await first.createUnit("Wijkzorg", in: organisation)
            let names = { try await second.unitTrees.tree(of: organisation, on: second.db).nodes[unit]?.name }
            #expect(try await names() == "Wijkzorg")
            let renamed = try #require(try await Unit.find(unit, on: first.db))
            renamed.name = "Thuiszorg"
            try await UnitStore(db: first.db, organisationID: organisation).save(renamed)
            #expect(try await names() == "Thuiszorg")
        }
    }
}

@Suite struct BoundedCacheTests {
    /// An organisation with one person in one unit, and a wave of it that closed yesterday.
    private func closedWave(_ app: Application) async throws -> (organisation: UUID, unit: UUID, wave: UUID) {
        let organisation = try await app.createOrganisation("Zorggroep")
        let unit = try await app.createUnit("Wijkzorg", in: organisation)
        _ = try await app.createPerson("P1", in: organisation, unit: unit)
        let wave = try await app.createWave(
            in: organisation, units: [unit], opensAt: Date().addingTimeInterval(-7 * 86_400),
            closesAt: Date().addingTimeInterval(-86_400))
        return (organisation, unit, wave)
    }

    @Test func theResultsCacheKeepsOnlyTheWavesReadMostRecently() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let unit = try await app.createUnit("Wijkzorg", in: organisation)
            _ = try await app.createPerson("P1", in: organisation, unit: unit)
            var waves: [UUID] = []
            for _ in 1...3 {
                waves.append(
                    try await app.createWave(
                        in: organisation, units: [unit], opensAt: Date().addingTimeInterval(-7 * 86_400),
                        closesAt: Date().addingTimeInterval(-86_400)))
            }
            let cache = ResultsCache(capacity: 2)
            let tree = try await UnitStore(db: app.db, organisationID: organisation).tree()
            for wave in [waves[0], waves[1], waves[0], waves[2]] {
                let stored = try await WaveStore(db: app.db, organisationID: organisation).wave(wave)
                _ = try await cache.results(for: stored, tree: tree, on: app.db, now: Date())
            }
            #expect(cache.keptWaves == [waves[0], waves[2]])
        }
    }

    @Test func warmingAtStartLoadsTheResultsTheDashboardReads() async throws {
        try await withVeerkracht { app in
            let (organisation, unit, closed) = try await closedWave(app)
            let open = try await app.createWave(in: organisation, units: [unit])
            #expect(app.results.keptWaves.isEmpty)
            await CacheWarming.warm(app)
            #expect(app.results.keptWaves == [closed])
            #expect(await !app.results.keptWaves.contains(open))
        }
    }

    @Test func twoRequestsForResultsBeingLoadedShareOneLoad() async throws {
        try await withVeerkracht { app in
            let (organisation, _, wave) = try await closedWave(app)
            let stored = try await WaveStore(db: app.db, organisationID: organisation).wave(wave)
            let tree = try await UnitStore(db: app.db, organisationID: organisation).tree()
            let cache = ResultsCache()
            async let first = cache.results(for: stored, tree: tree, on: app.db, now: Date())
            async let second = cache.results(for: stored, tree: tree, on: app.db, now: Date())
            _ = try await (first, second)
            #expect(cache.loads == 1)
        }
    }

    @Test func aRecentlyReadMapForgetsTheEntryReadLongestAgo() {
        var map = RecentlyRead<String, Int>(capacity: 2)
        map.keep(1, for: "a")
        map.keep(2, for: "b")
        _ = map.read("a")
        map.keep(3, for: "c")
        #expect(map.keys == ["a", "c"])
        #expect(map.read("b") == nil)
    }
}

@Suite struct RequestDrainTests {
    private struct SlowResponder: AsyncResponder {
        func respond(to request: Request) async throws -> Response {
            try await Task.sleep(for: .milliseconds(300))
            return Response(status: .ok)
        }
    }

    @Test func stoppingWaitsForARunningRequestToFinish() async throws {
        try await withVeerkracht { app in
            let drain = RequestDrain()
            let request = Request(application: app, on: app.eventLoopGroup.next())
            let running = Task { try await drain.respond(to: request, chainingTo: SlowResponder()).get() }
            while drain.inFlight == 0 { try await Task.sleep(for: .milliseconds(5)) }
            await drain.shutdownAsync(app)
            #expect(drain.inFlight == 0)
            #expect(try await running.value.status == .ok)
        }
    }

    @Test func aRequestArrivingWhileTheServerStopsIsAnswered503WithoutReachingTheHandlers() async throws {
        try await withVeerkracht { app in
            let drain = RequestDrain()
            let running = Task {
                try await drain.respond(to: Request(application: app, on: app.eventLoopGroup.next()), chainingTo: SlowResponder()).get()
            }
            while drain.inFlight == 0 { try await Task.sleep(for: .milliseconds(5)) }
            async let stopped: Void = drain.shutdownAsync(app)
            while !drain.isStopping { try await Task.sleep(for: .milliseconds(5)) }
            let late = try await drain.respond(
                to: Request(application: app, on: app.eventLoopGroup.next()), chainingTo: SlowResponder()
            ).get()
            #expect(late.status == .serviceUnavailable)
            #expect(late.headers.first(name: .connection) == "close")
            await stopped
            #expect(try await running.value.status == .ok)
        }
    }
}
