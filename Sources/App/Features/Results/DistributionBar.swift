import Foundation
import Plot
import VeerkrachtCore

/// A horizontal bar of the five options' shares, drawn on the server as SVG. The numbers are
/// also in a table on the same page: the bar is the picture, the table its text.
enum DistributionBar {
    /// From "strongly disagree" (red) to "strongly agree" (green); readable in grey print too.
    static let fills = ["#b2182b", "#ef8a62", "#d9d9d9", "#67a9cf", "#2166ac"]

    static func svg(_ distribution: [Int], label: String) -> Node<HTML.BodyContext> {
        let total = max(distribution.reduce(0, +), 1)
        var x = 0.0
        var rects = ""
        for (option, count) in distribution.enumerated() where count > 0 {
            let width = Double(count) / Double(total) * 200
            rects +=
                "<rect x=\"\(String(format: "%.2f", x))\" y=\"0\" width=\"\(String(format: "%.2f", width))\" height=\"14\" fill=\"\(fills[option])\"/>"
            x += width
        }
        let escaped = SVGText.escape(label)
        return .raw(
            "<svg class=\"bar\" viewBox=\"0 0 200 14\" width=\"200\" height=\"14\" role=\"img\" aria-label=\"\(escaped)\">\(rects)</svg>")
    }

    /// "12% · 20% · 30% · 25% · 13%": the shares as text, for the label and the table.
    static func shares(_ distribution: [Int], strings: any Strings) -> [String] {
        let total = distribution.reduce(0, +)
        return distribution.map { total == 0 ? "–" : strings.percentage(Double($0) / Double(total)) }
    }
}
