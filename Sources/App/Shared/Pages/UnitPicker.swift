import Foundation
import Plot
import VeerkrachtCore

/// Choosing units from a large tree without JavaScript: the chosen units as ticked boxes with
/// their full paths, a field that searches every path as you type (a `datalist`) to add one,
/// and the rest of the tree in a box that scrolls by itself. A page with 300 units stays one
/// screen tall. The form sends `name` for ticked boxes and `addName` for the typed path.
struct UnitPicker {
    let name: String
    let addName: String
    let legend: String
    let tree: UnitTree
    let chosen: Set<UUID>

    func node(_ s: any Strings) -> Node<HTML.FormContext> {
        let base = name.replacingOccurrences(of: "[]", with: "")
        let choices = UnitChoices(tree: tree)
        let units = choices.units
        let chosenUnits = units.filter { chosen.contains($0) }
        let others = units.filter { !chosen.contains($0) }
        return .fieldset(
            .id("field-\(base)"), .class("unit-picker"),
            Forms.legend(legend),
            .if(chosenUnits.isEmpty, .p(.class("hint"), .text(s.noUnitsChosen))),
            .raw(choices.boxes(chosenUnits, checked: true, name: name, base: base)),
            .div(
                .class("field"),
                .label(.for("field-\(addName)"), .text(s.addUnitLabel)),
                .p(.class("hint"), .id("field-\(addName)-hint"), .text(s.addUnitHint)),
                .input(
                    .id("field-\(addName)"), .name(addName), .type(.search), .attribute(named: "list", value: "\(base)-paths"),
                    .attribute(named: "aria-describedby", value: "field-\(addName)-hint"), .attribute(named: "autocomplete", value: "off")),
                .element(
                    named: "datalist",
                    nodes: [.attribute(named: "id", value: "\(base)-paths"), .raw(choices.suggestions(others))])
            ),
            .if(
                !others.isEmpty,
                .group(
                    .p(.class("hint"), .text(s.showAllUnits(others.count))),
                    .div(.class("picker-box"), .raw(choices.boxes(others, checked: false, name: name, base: base)))))
        )
    }

    /// The units a sent form chose: ticked boxes plus the typed path, if it names a unit.
    /// A typed path that names none is returned as `unknown`, so the form can say so.
    static func chosen(boxes: [String], typed: String?, tree: UnitTree) -> (units: [UUID], unknown: String?) {
        var units = boxes.compactMap { UUID(uuidString: $0) }.filter { tree.nodes[$0].map { !$0.isArchived } ?? false }
        let (added, unknown) = typedUnit(typed, tree: tree)
        if let added, !units.contains(added) { units.append(added) }
        return (units, unknown)
    }

    /// The active unit a typed path or code names; `unknown` holds the text (at most 200
    /// characters) when it names none. Both nil when nothing was typed.
    static func typedUnit(_ typed: String?, tree: UnitTree) -> (id: UUID?, unknown: String?) {
        let text = (typed ?? "").trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return (nil, nil) }
        guard let node = tree.resolve(text), !node.isArchived else { return (nil, String(text.prefix(200))) }
        return (node.id, nil)
    }
}
