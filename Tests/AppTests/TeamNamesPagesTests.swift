import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// A team's members who share their profile by name come a hundred at a time, each once.
@Suite struct TeamNamesPagesTests {
    @Test func aTeamsNamedMembersComeAHundredAtATimeEachOnce() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let unit = try await app.createUnit("Noord", in: organisation)
            var people: [UUID] = []
            for i in 0..<205 {
                people.append(try await app.createPerson(String(format: "m%03d", i), in: organisation, unit: unit))
            }
            let wave = try await app.createWave(in: organisation, units: [unit], instruments: ["dlo@1", "lp@1"])
            for person in people { _ = try await app.submitScan(wave: wave, person: person, share: true) }
            try await app.closeWave(wave)
            let manager = try await app.signedIn(as: "manager@example.org", .manager, in: organisation)
            let path = Route.teamMix(organisation, wave: wave).path + "?unit=\(unit.uuidString)"
            var seen: [String] = []
            for number in 1...3 {
                let page = try await manager.get(path + "&names=\(number)")
                let names = page.body.components(separatedBy: "<strong>").dropFirst().map { String($0.prefix(4)) }.filter {
                    $0.hasPrefix("m")
                }
                #expect(names.count == (number < 3 ? 100 : 5))
                #expect(page.body.contains(Dutch().pageOf(number, 3)))
                seen += names
            }
            #expect(Set(seen).count == 205)
            let past = try await manager.get(path + "&names=99")
            #expect(past.body.contains(Dutch().pageOf(3, 3)))
        }
    }

    @Test func aChangedAddressShowsOnATeamPageThatWasKept() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let unit = try await app.createUnit("Zorg", in: organisation)
            var people: [UUID] = []
            for i in 1...3 { people.append(try await app.createPerson("\(i)", in: organisation, unit: unit, email: "oud\(i)@example.org")) }
            let wave = try await app.createWave(in: organisation, units: [unit], instruments: ["dlo@1", "lp@1"])
            for person in people { _ = try await app.submitScan(wave: wave, person: person, share: true) }
            try await app.closeWave(wave)
            let advisor = try await app.signedIn(as: "adviseur@example.org", .advisor, in: organisation)
            let team = Route.teamMix(organisation, wave: wave).path + "?unit=\(unit.uuidString)"
            #expect(try await advisor.get(team).body.contains("oud1@example.org"))
            let client = try await app.apiClient("api@example.org", .advisor, in: organisation)
            let changed = try await client.send(
                .POST, Route.apiPeople(organisation).path, raw: ("external_id,email,unit\n1,nieuw1@example.org,Zorg\n", "text/csv"))
            #expect(changed.status == .ok)
            let after = try await advisor.get(team)
            #expect(after.body.contains("nieuw1@example.org") && !after.body.contains("oud1@example.org"))
        }
    }
}
