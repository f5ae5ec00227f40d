import Foundation
import VeerkrachtCore

/// Applies one submitted form of the programme page to a programme: every field is read,
/// every problem is collected, and the caller saves only when there is none.
struct ProgrammeForm {
    let fields: [(name: String, value: String)]
    let today: CalendarDate
    let tree: UnitTree
    private(set) var problems: [ProgrammeProblem] = []

    init(fields: [(name: String, value: String)], today: CalendarDate, tree: UnitTree) {
        self.fields = fields
        self.today = today
        self.tree = tree
    }

    enum Action: String, CaseIterable {
        case details, rule, verdict, yield, realisation, investment, evaluation, adjustment, redesigned, reconstruction
    }

    /// The programme after the action, with the problems of the form and of the result.
    mutating func apply(_ action: Action, to original: Programme) -> Programme {
        var p = original
        switch action {
        case .details:
            problems += Programme.sentNameProblems(value("name") ?? "")
            p.name = text("name")
            p.owner = text("owner")
            p.status = choice("status", Programme.Status.self) ?? p.status
            p.start = date("start")
            p.end = date("end")
            p.destination = text("destination")
            p.process = optionalChoice("process", ODProcess.self)
            p.focus = optionalChoice("focus", Programme.Focus.self)
            let (units, unknown) = UnitPicker.chosen(boxes: values("target_units[]"), typed: value("target_unit_add"), tree: tree)
            p.targetUnits = units
            if unknown != nil { problems.append(.unknownChoice(field: "target_units[]")) }
            p.targetLevels = text("target_levels")
            p.participants = wholeNumber("participants")
            p.basedOnOwnWishes = value("based_on_own_wishes") == "1"
        case .rule:
            let assumption = required("assumption")
            p.designRules.append(.init(assumption: assumption))
        case .verdict:
            if let index = index("index", in: p.designRules.count) {
                p.designRules[index].verdict = choice("verdict", Programme.Verdict.self) ?? p.designRules[index].verdict
                p.designRules[index].note = text("note")
            }
        case .yield:
            if let level = choice("level", Programme.Level.self), let kind = choice("kind", Programme.YieldKind.self) {
                p.yields.append(
                    .init(
                        level: level, kind: kind, indicator: text("indicator"), target: text("target"),
                        measuredOn: date("measured_on"), addedAfterwards: original.yieldWouldBeAfterwards(on: today)))
            }
        case .realisation:
            if let index = index("index", in: p.yields.count) {
                p.yields[index].realisation = optionalChoice("realisation", Programme.Realisation.self)
                p.yields[index].evidence = text("evidence")
            }
        case .investment:
            let year = wholeNumber("year")
            let money = number("money") ?? 0
            let hours = number("participant_hours") ?? 0
            let covering = number("covering_hours") ?? 0
            if let year, let bearer = choice("bearer", Programme.Bearer.self) {
                p.investments.append(.init(year: year, money: money, participantHours: hours, coveringHours: covering, bearer: bearer))
                p.investments.sort { $0.year < $1.year }
            } else if value("year")?.isEmpty ?? true {
                problems.append(.required(field: "year"))
            }
        case .evaluation:
            p.benefits = number("benefits")
            p.attributedShare = number("attributed_share").map { $0 / 100 }
            p.hourlyCost = number("hourly_cost")
        case .adjustment:
            p.adjustments.append(.init(date: date("date") ?? today, reason: required("reason")))
        case .reconstruction:
            // Made explicit after the fact: the destination as it was meant, the assumptions
            // behind the choices and the yields that were expected. The yields count as added
            // afterwards: they were not fixed before the start.
            p.destination = required("destination")
            let assumptions = (1...Self.reconstructionLines).map { text("assumption_\($0)") }.filter { !$0.isEmpty }
            if assumptions.isEmpty { problems.append(.required(field: "assumption_1")) }
            p.designRules += assumptions.map { Programme.DesignRule(assumption: $0) }
            var added = 0
            for line in 1...Self.reconstructionLines where !text("indicator_\(line)").isEmpty {
                if let level = choice("level_\(line)", Programme.Level.self), let kind = choice("kind_\(line)", Programme.YieldKind.self) {
                    p.yields.append(
                        .init(
                            level: level, kind: kind, indicator: text("indicator_\(line)"), target: text("target_\(line)"),
                            measuredOn: nil, addedAfterwards: true))
                    added += 1
                }
            }
            if added == 0, !problems.contains(where: { $0.field.hasPrefix("level_") || $0.field.hasPrefix("kind_") }) {
                problems.append(.required(field: "indicator_1"))
            }
            p.reconstructedOn = today
        case .redesigned:
            p.designedOn = date("date") ?? today
        }
        // Form problems first, then what is wrong with the result; the same field once.
        for problem in p.problems where !problems.contains(where: { $0.field == problem.field }) { problems.append(problem) }
        return p
    }

    /// How many assumptions and yields the reconstruction form offers at once.
    static let reconstructionLines = 3

    // MARK: - Reading fields

    func value(_ name: String) -> String? { fields.first { $0.name == name }?.value }
    func values(_ name: String) -> [String] { fields.filter { $0.name == name }.map(\.value) }
    func text(_ name: String) -> String { (value(name) ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    private mutating func required(_ name: String) -> String {
        let text = text(name)
        if text.isEmpty { problems.append(.required(field: name)) }
        return text
    }

    private mutating func date(_ name: String) -> CalendarDate? {
        let raw = text(name)
        guard !raw.isEmpty else { return nil }
        guard let date = CalendarDate(parsing: raw) else {
            problems.append(.notADate(field: name))
            return nil
        }
        return date
    }

    private mutating func choice<T: RawRepresentable>(_ name: String, _: T.Type) -> T? where T.RawValue == String {
        guard let chosen = value(name).flatMap(T.init(rawValue:)) else {
            problems.append(.unknownChoice(field: name))
            return nil
        }
        return chosen
    }

    /// An empty value means none; anything else must be a known choice.
    private mutating func optionalChoice<T: RawRepresentable>(_ name: String, _ type: T.Type) -> T? where T.RawValue == String {
        text(name).isEmpty ? nil : choice(name, type)
    }

    private mutating func index(_ name: String, in count: Int) -> Int? {
        guard let index = Int(text(name)), (0..<count).contains(index) else {
            problems.append(.unknownChoice(field: name))
            return nil
        }
        return index
    }

    /// Accepts 1234,5 and 1234.5 and 1.234,50 and 1,234.50; empty means none.
    private mutating func number(_ name: String) -> Double? {
        let raw = text(name).replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{a0}", with: "")
        guard !raw.isEmpty else { return nil }
        guard let value = Self.parseNumber(raw) else {
            problems.append(.notANumber(field: name))
            return nil
        }
        return value
    }

    /// A number that must be whole and fit an Int (1e300 participants is not a number of people:
    /// converting it trapped and stopped the server).
    private mutating func wholeNumber(_ name: String) -> Int? {
        guard let value = number(name) else { return nil }
        guard let whole = Int(exactly: value.rounded()), abs(value) < 1e15 else {
            problems.append(.notANumber(field: name))
            return nil
        }
        return whole
    }

    static func parseNumber(_ raw: String) -> Double? {
        var text = raw.replacingOccurrences(of: "€", with: "")
        let lastComma = text.lastIndex(of: ",")
        let lastDot = text.lastIndex(of: ".")
        if let comma = lastComma, let dot = lastDot {
            // Both: the later one is the decimal separator.
            if comma > dot {
                text = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
            } else {
                text = text.replacingOccurrences(of: ",", with: "")
            }
        } else if lastComma != nil {
            text = text.replacingOccurrences(of: ",", with: ".")
        } else if text.wholeMatch(of: /-?\d{1,3}(\.\d{3})+/) != nil {
            // 1.234 or 12.345.678: Dutch thousands.
            text = text.replacingOccurrences(of: ".", with: "")
        }
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }
}
