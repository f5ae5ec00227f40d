import Foundation
import Testing

@testable import VeerkrachtCore

/// A wave's mixes are counted straight from its rows of answers, without making a profile per
/// row; they must be exactly the mixes of the profiles those answers make.
@Suite struct PreferenceMixRowsTests {
    @Test func theMixOfAWavesRowsIsTheMixOfTheProfilesTheirAnswersMake() throws {
        let unit = UUID()
        let layout = WaveResults.Layout(tree: UnitTree([UnitNode(id: unit, parentID: nil, name: "Team", code: nil, isArchived: false)]))
        let items = LearningPreferenceScan.version1.items
        var table = ResponseTable(columns: items, bandLabels: ResponseTable.labels(ages: []))
        var generator = SeededRandom(seed: 7)
        var profiles: [LearningProfile] = []
        for person in 0..<400 {
            // Every tenth person answers nothing of one preference (no profile); others skip one item.
            let answers = items.enumerated().map { index, item -> UInt8 in
                let answer = UInt8.random(in: 1...5, using: &generator)
                if person % 10 == 0 && item.scale == items[0].scale { return 0 }
                return person % 10 == 5 && index == person % items.count ? 0 : answer
            }
            table.append(unit: layout.node(of: unit), bands: [0, 0, 0], answers: answers)
            let given = Dictionary(uniqueKeysWithValues: zip(items, answers).filter { $0.1 > 0 }.map { ($0.0.code, Int($0.1)) })
            if let profile = LearningProfile(answers: given) { profiles.append(profile) }
        }
        let results = WaveResults(table: table, instruments: [LearningPreferenceScan.version1], layout: layout, threshold: 3)
        #expect(profiles.count == 360)
        let node = try #require(results.node(of: unit))
        #expect(results.preferenceMixes()[node] == PreferenceMix(profiles))
    }
}
