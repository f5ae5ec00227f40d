import Foundation
import Plot
import VeerkrachtCore

/// Results of a wave that still takes answers are provisional: they move in safe steps
/// (`LiveRelease`) and can change until the close moment. Every results page says so at the top.
enum ProvisionalNotice {
    static func node(_ wave: WaveSummary, _ s: any Strings) -> Node<HTML.BodyContext> {
        .unwrap(wave.provisionalUntil) { until in
            .p(
                .class("notice provisional"), .attribute(named: "role", value: "note"),
                .strong(.text(s.provisionalLabel + ": ")),
                .text(s.provisionalExplained(until: s.dateTime(until, in: wave.timeZone), threshold: wave.threshold)))
        }
    }
}
