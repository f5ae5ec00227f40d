import Foundation
import Testing
import VeerkrachtCore

/// The rules of a unit and the arithmetic over the tree, as every entry point uses them.
@Suite struct UnitRulesTests {
    let zorg = UnitNode(id: UUID(), parentID: nil, name: "Zorg", code: "Z", isArchived: false)
    static let noordID = UUID(), zuidID = UUID(), wijkID = UUID(), oudID = UUID()
    var noord: UnitNode { UnitNode(id: Self.noordID, parentID: zorg.id, name: "Noord", code: "N", isArchived: false) }
    var zuid: UnitNode { UnitNode(id: Self.zuidID, parentID: zorg.id, name: "Zuid", code: nil, isArchived: false) }
    var wijk: UnitNode { UnitNode(id: Self.wijkID, parentID: Self.noordID, name: "Wijk", code: nil, isArchived: false) }
    var oud: UnitNode { UnitNode(id: Self.oudID, parentID: nil, name: "Oud", code: nil, isArchived: true) }
    var tree: UnitTree { UnitTree([zorg, noord, zuid, wijk, oud]) }

    private func programme(_ units: [UUID]) -> Programme {
        var programme = Programme(name: "Samen leren")
        programme.targetUnits = units
        return programme
    }

    @Test func countsRollUpToEveryUnitAbove() {
        let total = tree.rolledUp([zorg.id: 1, noord.id: 2, wijk.id: 4, zuid.id: 8])
        #expect(total[wijk.id] == 4)
        #expect(total[noord.id] == 6)
        #expect(total[zorg.id] == 15)
        #expect(total[oud.id] == 0)
    }

    @Test func onlyUnitsWithPeopleOfTheirOwnCountAsHavingPeople() {
        let total = tree.rolledUp([noord.id: 2, wijk.id: 4])
        #expect(Set(tree.withOwnPeople([zorg.id, noord.id, wijk.id, zuid.id], rolledUp: total)) == [noord.id, wijk.id])
    }

    @Test func aProgrammeConcernsTheUnitTheUnitsAboveAndTheUnitsBelow() {
        let concerned = tree.concerning(noord.id)
        #expect(concerned == [zorg.id, noord.id, wijk.id])
        #expect(programme([zuid.id]).concerns(concerned) == false)
        #expect(programme([zorg.id]).concerns(concerned))
        #expect(programme([]).concerns(concerned))
        #expect(programme([zuid.id]).concerns(tree.concerning(nil)))
    }

    @Test func chainsUpwardStartAtTheUnit() {
        #expect(tree.chainsUpward(from: [wijk.id])[wijk.id] == [wijk.id, noord.id, zorg.id])
    }

    @Test func eachProblemNamesItsField() {
        let long = String(repeating: "x", count: NameRules.maximumLength + 1)
        #expect(tree.problems(name: "", code: nil, parent: nil) == [.nameMissing])
        #expect(tree.problems(name: "Noord", code: long, parent: zorg.id).map(\.field) == ["code", "name"])
        #expect(tree.problems(name: "A / B", code: nil, parent: nil).map(\.field) == ["name"])
        #expect(tree.problems(name: "Nieuw", code: nil, parent: UUID()) == [.parentUnknown])
        #expect(tree.problems(name: "Nieuw", code: nil, parent: oud.id) == [.parentInvalid])
        #expect(tree.problems(name: " noord ", code: nil, parent: zorg.id) == [.nameTaken])
        #expect(tree.problems(name: "Nieuw", code: "n", parent: nil) == [.codeTaken])
    }

    @Test func aUnitMayNotMoveBelowItselfButKeepsItsOwnNameAndCode() {
        #expect(tree.problems(name: "Noord", code: "N", parent: wijk.id, unit: noord.id) == [.parentInvalid])
        #expect(tree.problems(name: "Noord", code: "N", parent: zorg.id, unit: noord.id).isEmpty)
    }

    @Test func lengthsCountTheTextAsSent() {
        let padded = String(repeating: "x", count: NameRules.maximumLength) + " "
        #expect(tree.problems(name: padded, code: nil, parent: nil) == [.tooLong(field: "name", maximum: NameRules.maximumLength)])
        #expect(OrganisationProblem.problems(name: padded, existing: []) == [.tooLong(maximum: NameRules.maximumLength)])
        #expect(OrganisationProblem.problems(name: " zorggroep", existing: ["Zorggroep"]) == [.nameTaken])
    }

    @Test func aTokenNameIsRequiredShortAndPlainAfterItsSpacesAreTrimmed() {
        #expect(TokenNameProblem.problems("  ") == [.missing])
        #expect(TokenNameProblem.problems(String(repeating: "t", count: 81)) == [.tooLong(maximum: 80)])
        #expect(TokenNameProblem.problems(String(repeating: "t", count: 80) + "  ").isEmpty)
        #expect(TokenNameProblem.problems("rapport\u{0}") == [.controlCharacter])
    }
}
