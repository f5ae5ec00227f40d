import Foundation
import Testing
import VeerkrachtCore

@Suite struct UnitTreeTests {
    let zorg = UnitNode(id: UUID(), parentID: nil, name: "Zorg", code: "Z", isArchived: false)
    var noord: UnitNode { UnitNode(id: Self.noordID, parentID: zorg.id, name: "Team Noord", code: "TN", isArchived: false) }
    var oud: UnitNode { UnitNode(id: Self.oudID, parentID: zorg.id, name: "Oud", code: nil, isArchived: true) }
    static let noordID = UUID()
    static let oudID = UUID()

    var tree: UnitTree { UnitTree([zorg, noord, oud]) }

    @Test func aPathNamesEveryLevelFromTheTop() {
        #expect(tree.path(of: noord.id) == "Zorg / Team Noord")
    }

    @Test func referencesResolveByCodeOrPathIgnoringCaseAndSpaces() {
        #expect(tree.resolve("tn")?.id == noord.id)
        #expect(tree.resolve(" zorg/team noord ")?.id == noord.id)
        #expect(tree.resolve("Zorg")?.id == zorg.id)
        #expect(tree.resolve("Team Noord") == nil)
        #expect(tree.resolve("Zorg / Oud") == nil)
    }

    @Test func aUnitCannotMoveUnderItselfItsDescendantsOrAnArchivedUnit() {
        #expect(!tree.canMove(zorg.id, under: zorg.id))
        #expect(!tree.canMove(zorg.id, under: noord.id))
        #expect(!tree.canMove(noord.id, under: oud.id))
        #expect(tree.canMove(noord.id, under: nil))
    }

    @Test func theFlattenedTreeIsDepthFirstWithDepths() {
        let rows = tree.flattened().map { ($0.node.name, $0.depth) }
        #expect(rows.map(\.0) == ["Zorg", "Oud", "Team Noord"])
        #expect(rows.map(\.1) == [0, 1, 1])
        #expect(tree.flattened(includeArchived: false).map(\.node.name) == ["Zorg", "Team Noord"])
    }

    @Test func siblingNamesAreComparedWithoutCaseAndIgnoringArchivedUnits() {
        #expect(tree.hasActiveSibling(named: "team noord", under: zorg.id))
        #expect(!tree.hasActiveSibling(named: "oud", under: zorg.id))
        #expect(!tree.hasActiveSibling(named: "Team Noord", under: zorg.id, excluding: noord.id))
    }
}
