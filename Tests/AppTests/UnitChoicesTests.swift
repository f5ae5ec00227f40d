import Foundation
import Testing
import VeerkrachtCore

@testable import App

/// Unit choices are written as text for speed; they must say what Plot's nodes said, escape
/// every name, and offer exactly the units the form may take.
@Suite struct UnitChoicesTests {
    let care = UUID()
    let north = UUID()
    let south = UUID()
    let hostile = UUID()
    let archived = UUID()

    var tree: UnitTree {
        UnitTree([
            UnitNode(id: care, parentID: nil, name: "Zorg", code: nil, isArchived: false),
            UnitNode(id: north, parentID: care, name: "Noord", code: nil, isArchived: false),
            UnitNode(id: south, parentID: care, name: "Zuid", code: nil, isArchived: false),
            UnitNode(id: hostile, parentID: north, name: #"x"><script>alert(1)</script> R&amp;D 'q'"#, code: nil, isArchived: false),
            UnitNode(id: archived, parentID: nil, name: "Oud", code: nil, isArchived: true)
        ])
    }

    @Test func aUnitSelectRendersAsTheSameSelectWithOneOptionPerUnit() {
        for selected in [nil, "", north.uuidString, hostile.uuidString] {
            let listed =
                [(value: "", label: "Hele organisatie")]
                + tree.flattened(includeArchived: false).map { (value: $0.node.id.uuidString, label: tree.path(of: $0.node.id)) }
            let plain = Forms.select("unit", label: "Groep", options: listed, selected: selected, error: "Kies")
            let fast = Forms.unitSelect(
                "unit", label: "Groep", units: UnitChoices(tree: tree), topLabel: "Hele organisatie", selected: selected, error: "Kies")
            #expect(fast.render() == plain.render())
        }
    }

    @Test func optionsListActiveUnitsByPathInTreeOrderAfterTheTop() {
        let html = Forms.unitSelect("u", label: "U", units: UnitChoices(tree: tree), topLabel: "Alles", selected: nil).render()
        let values = html.components(separatedBy: "<option value").dropFirst().map {
            $0.hasPrefix("=\"") ? String($0.dropFirst(2).prefix { $0 != "\"" }) : ""
        }
        #expect(values == ["", care.uuidString, north.uuidString, hostile.uuidString, south.uuidString])
        #expect(html.contains(">Zorg / Noord</option>"))
        #expect(!html.contains("Oud"))
    }

    @Test func onlyTheSelectedOptionIsMarked() {
        let html = Forms.unitSelect("u", label: "U", units: UnitChoices(tree: tree), topLabel: "Alles", selected: south.uuidString)
            .render()
        #expect(html.components(separatedBy: " selected").count == 2)
        #expect(html.contains("<option value=\"\(south.uuidString)\" selected>Zorg / Zuid</option>"))
    }

    @Test func aUnitIsNotOfferedAsParentOfItselfOrOfAnythingAboveIt() {
        #expect(UnitChoices(tree: tree, excluding: north).units == [care, south])
        #expect(UnitChoices(tree: tree, excluding: care).units == [])
    }

    @Test func namesInOptionsBoxesAndSuggestionsAreShownNotObeyed() {
        let choices = UnitChoices(tree: tree)
        let html = [
            Forms.unitSelect("u", label: "U", units: choices, topLabel: "<b>", selected: nil).render(),
            choices.boxes([hostile], checked: true, name: #"n"x"#, base: "b"),
            choices.suggestions([hostile])
        ]
        for page in html {
            #expect(!page.contains("<script>"))
            #expect(!page.contains("<b>"))
            #expect(!page.contains(#"x">"#))
        }
        #expect(html[0].contains("x\"&gt;&lt;script&gt;alert(1)&lt;/script&gt; R&amp;amp;D 'q'</option>"))
        #expect(html[1].contains(#"name="n&quot;x""#))
        #expect(html[2].contains("x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; R&amp;amp;D &#39;q&#39;"))
    }

    @Test func boxesAreLabelledCheckboxFieldsTickedAsAsked() {
        let id = "b-\(south.uuidString)"
        for checked in [true, false] {
            #expect(
                UnitChoices(tree: tree).boxes([south], checked: checked, name: "units[]", base: "b")
                    == #"<div class="field check"><input type="checkbox" id="\#(id)" name="units[]" value="\#(south.uuidString)""#
                    + (checked ? " checked/>" : "/>") + #"<label for="\#(id)">Zorg / Zuid</label></div>"#)
        }
    }
}
