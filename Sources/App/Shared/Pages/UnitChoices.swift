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
        let rows = self.rows
        var html = ""
        html.reserveCapacity(Self.bytesPerRow * (rows.count + 1))
        Self.option("", label: HTMLText.escape(topLabel), selected: selected == "", into: &html)
        for node in rows {
            let id = node.id.uuidString
            Self.option(id, label: HTMLText.escape(tree.path(of: node.id)), selected: id == selected, into: &html)
        }
        return .raw(html)
    }

    /// One box per unit, `checked` or not, for a form field `name`; `base` prefixes each id.
    func boxes(_ units: [UUID], checked: Bool, name: String, base: String) -> String {
        let name = AttributeText.escape(name)
        let base = AttributeText.escape(base)
        var html = ""
        html.reserveCapacity(Self.bytesPerRow * units.count)
        // Appended piece by piece: an interpolated row per unit made its own strings first.
        for id in units {
            let value = id.uuidString
            html += "<div class=\"field check\"><input type=\"checkbox\" id=\""
            html += base
            html += "-"
            html += value
            html += "\" name=\""
            html += name
            html += "\" value=\""
            html += value
            html += checked ? "\" checked/><label for=\"" : "\"/><label for=\""
            html += base
            html += "-"
            html += value
            html += "\">"
            html += HTMLText.escape(tree.path(of: id))
            html += "</label></div>"
        }
        return html
    }

    /// `<option>`s carrying each unit's path as their value, for a `datalist`.
    func suggestions(_ units: [UUID]) -> String {
        var html = ""
        html.reserveCapacity(Self.bytesPerRow * units.count)
        for id in units {
            html += "<option value=\""
            html += AttributeText.escape(tree.path(of: id))
            html += "\"></option>"
        }
        return html
    }

    /// The active units in display order, minus any excluded.
    var units: [UUID] { rows.map(\.id) }

    /// Room enough for most rows, so the text is not copied as it grows.
    private static let bytesPerRow = 256

    /// An empty value is written bare, as Plot writes it (`Forms.option`): it still counts.
    private static func option(_ value: String, label: String, selected: Bool, into html: inout String) {
        if value.isEmpty {
            html += "<option value"
        } else {
            html += "<option value=\""
            html += value
            html += "\""
        }
        if selected { html += " selected" }
        html += ">"
        html += label
        html += "</option>"
    }
}
