import Foundation
import Testing

@testable import VeerkrachtCore

/// A tree's fingerprints are what kept results and pages are keyed on: the shape changes with
/// any move, the names with any rename as well.
struct UnitTreeFingerprintTests {
    private let top = UUID()
    private let team = UUID()

    private func tree(teamName: String = "Noord", code: String? = nil) -> UnitTree {
        UnitTree([
            UnitNode(id: top, parentID: nil, name: "Zorg", code: nil, isArchived: false),
            UnitNode(id: team, parentID: top, name: teamName, code: code, isArchived: false)
        ])
    }

    @Test func theSameUnitsGiveTheSameFingerprints() {
        #expect(tree().shapeFingerprint == tree().shapeFingerprint)
        #expect(tree().namesFingerprint == tree().namesFingerprint)
    }

    @Test func aRenameOrANewCodeChangesTheNamesButNotTheShape() {
        #expect(tree(teamName: "Zuid").shapeFingerprint == tree().shapeFingerprint)
        #expect(tree(teamName: "Zuid").namesFingerprint != tree().namesFingerprint)
        #expect(tree(code: "N1").namesFingerprint != tree().namesFingerprint)
    }

    @Test func aMoveChangesBoth() {
        let moved = UnitTree([
            UnitNode(id: top, parentID: nil, name: "Zorg", code: nil, isArchived: false),
            UnitNode(id: team, parentID: nil, name: "Noord", code: nil, isArchived: false)
        ])
        #expect(moved.shapeFingerprint != tree().shapeFingerprint)
        #expect(moved.namesFingerprint != tree().namesFingerprint)
    }
}
