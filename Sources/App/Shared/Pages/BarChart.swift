import Foundation
import Plot

/// A horizontal bar chart as SVG, used by the profile and the portfolio.
enum BarChart {
    /// Horizontal bars of values in order, on a fixed scale from `low` to `high`; the page shows
    /// the same numbers in a table.
    static func bars(
        _ values: [(label: String, value: Double)], low: Double, high: Double, label: String,
        format: (Double) -> String = { String(format: "%.1f", $0) }
    ) -> Node<HTML.BodyContext> {
        let rowHeight = 26.0
        let labelWidth = 190.0
        let width = 520.0
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        var svg =
            "<svg class=\"profile-chart\" viewBox=\"0 0 \(f(width)) \(f(rowHeight * Double(values.count) + 4))\" role=\"img\" aria-label=\"\(SVGText.escape(label))\">"
        for (index, item) in values.enumerated() {
            let y = Double(index) * rowHeight + 2
            let length = max(0, (item.value - low) / (high - low)) * (width - labelWidth - 90)
            svg += "<text x=\"0\" y=\"\(f(y + 16))\" font-size=\"13\">\(SVGText.escape(item.label))</text>"
            svg +=
                "<rect x=\"\(f(labelWidth))\" y=\"\(f(y + 3))\" width=\"\(f(length))\" height=\"18\" fill=\"\(index == 0 ? "#0b6e4f" : "#5f9e8a")\"/>"
            svg +=
                "<text x=\"\(f(labelWidth + length + 6))\" y=\"\(f(y + 16))\" font-size=\"13\">\(SVGText.escape(format(item.value)))</text>"
        }
        return .raw(svg + "</svg>")
    }
}
