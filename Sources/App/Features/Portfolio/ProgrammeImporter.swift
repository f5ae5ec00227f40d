import Fluent
import Foundation
import VeerkrachtCore

/// Reads programmes from a CSV file (the leading columns of the export), all or nothing: every
/// row goes through the same form rules as the programme page, and one problem anywhere means
/// nothing is saved and every problem is listed with its line.
struct ProgrammeImporter {
    static let columns = ["name", "owner", "status", "start", "end", "process", "focus", "destination", "participants", "target_levels"]

    struct RowProblem: Equatable {
        let line: Int
        let problem: ProgrammeProblem
    }

    enum Outcome {
        case programmes([Programme])
        case problems([RowProblem])
        case unreadable
    }

    static func plan(_ bytes: Data, existingNames: Set<String>, tree: UnitTree, today: CalendarDate) -> Outcome {
        guard case .success(let table) = CSVTableReader.read(bytes) else { return .unreadable }
        let header = table.header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard header.contains("name") else { return .problems([RowProblem(line: 1, problem: .required(field: "name"))]) }
        var seen = Set(existingNames.map { $0.lowercased() })
        var programmes: [Programme] = []
        var problems: [RowProblem] = []
        for row in table.rows {
            var fields: [(name: String, value: String)] = []
            for (index, column) in header.enumerated() where columns.contains(column) && index < row.fields.count {
                fields.append((column, row.fields[index]))
            }
            if (fields.first { $0.name == "status" }?.value ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                fields.removeAll { $0.name == "status" }
                fields.append(("status", Programme.Status.idea.rawValue))
            }
            var form = ProgrammeForm(fields: fields, today: today, tree: tree)
            let programme = form.apply(.details, to: Programme(name: ""))
            problems += form.problems.map { RowProblem(line: row.line, problem: $0) }
            let key = programme.name.lowercased()
            if !key.isEmpty, !seen.insert(key).inserted { problems.append(RowProblem(line: row.line, problem: .duplicateName)) }
            programmes.append(programme)
        }
        return problems.isEmpty ? .programmes(programmes) : .problems(problems)
    }
}
