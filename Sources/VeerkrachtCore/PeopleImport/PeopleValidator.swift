import Foundation

/// Checks every cell of a people import and reports every problem at once, so an advisor can
/// mend the file in one go. Nothing is taken in unless every row passes.
public struct PeopleValidator: Sendable {
    public static let maximumRows = 200_000
    public static let maximumExternalIDLength = 100
    public static let maximumLevelLength = 100

    public let units: UnitTree
    public let currentYear: Int

    public init(units: UnitTree, currentYear: Int) {
        self.units = units
        self.currentYear = currentYear
    }

    public func validate(_ table: PeopleTable) -> Result<ValidatedPeople, ImportRejection> {
        var issues: [ImportIssue] = []
        var columnIndex: [PersonColumn: Int] = [:]
        var ignored: [String] = []
        for (index, header) in table.header.enumerated() {
            guard let column = PersonColumn(header: header) else {
                if !header.trimmingCharacters(in: .whitespaces).isEmpty { ignored.append(header) }
                continue
            }
            if columnIndex[column] != nil {
                issues.append(ImportIssue(line: 1, column: header, problem: .duplicateColumn(header)))
            }
            columnIndex[column] = index
        }
        guard columnIndex[.externalID] != nil else {
            return .failure(ImportRejection(issues + [ImportIssue(line: 1, column: nil, problem: .missingExternalIDColumn)]))
        }
        guard table.rows.count <= Self.maximumRows else {
            return .failure(ImportRejection([ImportIssue(line: 1, column: nil, problem: .tooManyRows(maximum: Self.maximumRows))]))
        }

        var resolvedUnits: [String: UUID?] = [:]
        var firstLineOfID: [String: Int] = [:]
        var firstLineOfEmail: [String: Int] = [:]
        var records: [(line: Int, record: PersonRecord)] = []
        records.reserveCapacity(table.rows.count)

        for row in table.rows {
            guard row.fields.count == table.header.count else {
                issues.append(
                    ImportIssue(
                        line: row.line, column: nil,
                        problem: .wrongFieldCount(expected: table.header.count, found: row.fields.count)))
                continue
            }
            var cells = RowCells(row: row, header: table.header, columnIndex: columnIndex)
            let record = check(&cells, resolvedUnits: &resolvedUnits)
            if let record {
                if let first = firstLineOfID[record.externalID] {
                    cells.report(.externalID, .duplicateExternalID(firstLine: first))
                } else {
                    firstLineOfID[record.externalID] = row.line
                }
                if let email = record.email {
                    if let first = firstLineOfEmail[email] {
                        cells.report(.email, .duplicateEmail(firstLine: first))
                    } else {
                        firstLineOfEmail[email] = row.line
                    }
                }
            }
            issues += cells.issues
            if cells.issues.isEmpty, let record { records.append((row.line, record)) }
        }
        guard issues.isEmpty else { return .failure(ImportRejection(issues)) }
        return .success(ValidatedPeople(columns: Set(columnIndex.keys), rows: records, ignoredHeaders: ignored))
    }

    private func check(_ cells: inout RowCells, resolvedUnits: inout [String: UUID?]) -> PersonRecord? {
        let externalID = cells.value(.externalID) ?? ""
        if externalID.isEmpty {
            cells.report(.externalID, .required)
        } else if TextRules.containsControlCharacter(externalID) {
            cells.report(.externalID, .controlCharacter)
        } else if externalID.count > Self.maximumExternalIDLength {
            cells.report(.externalID, .tooLong(maximum: Self.maximumExternalIDLength))
        }
        var record = PersonRecord(externalID: externalID)
        if let raw = cells.value(.email), !raw.isEmpty {
            if let email = EmailAddress(raw) { record.email = email.value } else { cells.report(.email, .invalidEmail(raw)) }
        }
        if let raw = cells.value(.unit), !raw.isEmpty {
            let resolved = resolvedUnits[raw] ?? units.resolve(raw)?.id
            resolvedUnits[raw] = .some(resolved)
            if let resolved {
                record.unitID = resolved
            } else {
                cells.report(.unit, .unknownUnit(raw, suggestion: units.suggestion(for: raw)))
            }
        }
        if let raw = cells.value(.birthYear), !raw.isEmpty {
            let earliest = currentYear - 100
            let latest = currentYear - 14
            if raw.count == 4, let year = Int(raw), (earliest...latest).contains(year) {
                record.birthYear = year
            } else {
                cells.report(.birthYear, .invalidBirthYear(raw, earliest: earliest, latest: latest))
            }
        }
        if let raw = cells.value(.gender), !raw.isEmpty {
            if let gender = Gender(spelling: raw) {
                record.gender = gender
            } else {
                cells.report(.gender, .invalidGender(raw))
            }
        }
        if let raw = cells.value(.startDate), !raw.isEmpty {
            if let date = CalendarDate(parsing: raw) { record.startDate = date } else { cells.report(.startDate, .invalidDate(raw)) }
        }
        if let raw = cells.value(.level), !raw.isEmpty {
            // A quoted cell may hold a line break (HR exports do); other controls are refused.
            if TextRules.containsControlCharacter(raw, multiline: true) {
                cells.report(.level, .controlCharacter)
            } else if raw.count <= Self.maximumLevelLength {
                record.level = raw
            } else {
                cells.report(.level, .tooLong(maximum: Self.maximumLevelLength))
            }
        }
        return externalID.isEmpty ? nil : record
    }
}

/// The cells of one row by column, and the problems found in them.
private struct RowCells {
    let row: PeopleTable.Row
    let header: [String]
    let columnIndex: [PersonColumn: Int]
    var issues: [ImportIssue] = []

    init(row: PeopleTable.Row, header: [String], columnIndex: [PersonColumn: Int]) {
        self.row = row
        self.header = header
        self.columnIndex = columnIndex
    }

    /// The trimmed cell, or nil when the file has no such column.
    func value(_ column: PersonColumn) -> String? {
        columnIndex[column].map { row.fields[$0].trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    mutating func report(_ column: PersonColumn, _ problem: ImportProblem) {
        let name = columnIndex[column].map { header[$0] } ?? column.rawValue
        issues.append(ImportIssue(line: row.line, column: name, problem: problem))
    }
}
