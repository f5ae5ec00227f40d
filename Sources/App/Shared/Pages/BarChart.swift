import Foundation
import Plot

/// A horizontal bar chart as SVG, used by the profile, the team mix and the portfolio.
enum BarChart {
    /// Horizontal bars of values in order, on a fixed scale from `low` to `high`; the page shows
    /// the same numbers in a table. Each label stands above its bar, so the chart is narrow
    /// (320 units) and its text stays readable when a 360 px phone shows it at full width;
    /// `format` writes the values as the table does (the language's decimal sign).
    static func bars(
        _ values: [(label: String, value: Double)], low: Double, high: Double, label: String, format: (Double) -> String
    ) -> Node<HTML.BodyContext> {
        let rowHeight = 44.0
        let width = 320.0
        let valueRoom = 64.0
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        var svg =
            "<svg class=\"profile-chart\" viewBox=\"0 0 \(f(width)) \(f(rowHeight * Double(values.count) + 4))\" role=\"img\" aria-label=\"\(SVGText.escape(label))\">"
        for (index, item) in values.enumerated() {
            let y = Double(index) * rowHeight + 2
            let share = high > low ? max(0, min(1, (item.value - low) / (high - low))) : 0
            let length = share * (width - valueRoom)
            // A label longer than the chart is shortened; the table beside it has it whole.
            let name = item.label.count > 38 ? String(item.label.prefix(37)) + "…" : item.label
            svg += "<text x=\"0\" y=\"\(f(y + 15))\" font-size=\"15\">\(SVGText.escape(name))</text>"
            svg +=
                "<rect x=\"0\" y=\"\(f(y + 21))\" width=\"\(f(length))\" height=\"16\" fill=\"\(index == 0 ? "#0b6e4f" : "#5f9e8a")\"/>"
            svg +=
                "<text x=\"\(f(length + 6))\" y=\"\(f(y + 34))\" font-size=\"14\">\(SVGText.escape(format(item.value)))</text>"
        }
        return .raw(svg + "</svg>")
    }
}
