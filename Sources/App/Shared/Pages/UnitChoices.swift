import Foundation
import Plot
import VeerkrachtCore

/// The units of a tree as a form offers them: the options of a drop-down, the ticked and
/// unticked boxes of `UnitPicker` and the paths its search field suggests.
///
/// Written as text rather than as Plot nodes: a form on a 273-unit organisation built and
/// rendered over a thousand nodes per visit, and that was most of a programme's page, the
/// new-wave form and a conversation's page (perf, 250–350 requests/s at 32 connections).
/// Every unit's name reaches the page through `HTMLText.escape`, every attribute value
/// through `AttributeText.escape`, as Plot's nodes would have done; tests compare the two.
struct UnitChoices {
    let tree: UnitTree
    /// Left out with everything below it: a unit cannot move under itself.
    var excluding: UUID? = nil

    private var rows: [UnitNode] {
        let active = tree.flattened(includeArchived: false).map(\.node)
        guard let excluding else { return active }
        let below = Set(tree.subtree(of: excluding).map(\.id))
        return active.filter { !below.contains($0.id) }
    }

    /// `<option>`s for every unit by its full path, after one for `topLabel` (value empty);
    /// the one whose value is `selected` is marked.
    func options(topLabel: String, selected: String?) -> Node<HTML.SelectContext> {
        var html = Self.option("", label: HTMLText.escape(topLabel), selected: selected == "")
        for node in rows {
            let id = node.id.uuidString
            html += Self.option(id, label: HTMLText.escape(tree.path(of: node.id)), selected: id == selected)
        }
        return .raw(html)
    }

    /// One box per unit, `checked` or not, for a form field `name`; `base` prefixes each id.
    func boxes(_ units: [UUID], checked: Bool, name: String, base: String) -> String {
        let name = AttributeText.escape(name)
        var html = ""
        for id in units {
            let value = id.uuidString
            let field = AttributeText.escape("\(base)-\(value)")
            html += "<div class=\"field check\"><input type=\"checkbox\" id=\"\(field)\" name=\"\(name)\" value=\"\(value)\""
            html += checked ? " checked/>" : "/>"
            html += "<label for=\"\(field)\">\(HTMLText.escape(tree.path(of: id)))</label></div>"
        }
        return html
    }

    /// `<option>`s carrying each unit's path as their value, for a `datalist`.
    func suggestions(_ units: [UUID]) -> String {
        units.map { "<option value=\"\(AttributeText.escape(tree.path(of: $0)))\"></option>" }.joined()
    }

    /// The active units in display order, minus any excluded.
    var units: [UUID] { rows.map(\.id) }

    /// An empty value is written bare, as Plot writes it (`Forms.option`): it still counts.
    private static func option(_ value: String, label: String, selected: Bool) -> String {
        "<option value\(value.isEmpty ? "" : "=\"\(value)\"")\(selected ? " selected" : "")>\(label)</option>"
    }
}
