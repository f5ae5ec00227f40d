import Foundation

/// What one person has answered so far: a 1–5 value per item code and a text per open
/// question code. Kept with the invitation while in progress, then stored anonymously.
public struct Answers: Sendable, Equatable, Codable {
    public var closed: [String: Int]
    public var open: [String: String]

    public init(closed: [String: Int] = [:], open: [String: String] = [:]) {
        self.closed = closed
        self.open = open
    }

    /// The longest open answer kept, in characters: room for a considered paragraph or two.
    public static let maximumOpenAnswerLength = 2_000

    public var isEmpty: Bool { closed.isEmpty && open.isEmpty }

    /// The closed answers as a JSON object with sorted keys, e.g. `{"DLO.K1.1":4,"DLO.K1.2":2}`:
    /// what `JSONEncoder` with `.sortedKeys` writes, without its generic machinery, which was a
    /// twentieth of every submit.
    public var closedJSON: String {
        var json: [UInt8] = [UInt8(ascii: "{")]
        json.reserveCapacity(closed.count * 16 + 2)
        for (index, answer) in closed.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            json.append(UInt8(ascii: "\""))
            for byte in answer.key.utf8 {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): json += [UInt8(ascii: "\\"), byte]
                case 0..<0x20: json += Array(String(format: "\\u%04x", byte).utf8)
                default: json.append(byte)
                }
            }
            json += [UInt8(ascii: "\""), UInt8(ascii: ":")]
            json += answer.value.description.utf8
        }
        json.append(UInt8(ascii: "}"))
        return String(decoding: json, as: UTF8.self)
    }
}

/// Why submitted answers were refused. Nothing is saved when there is any.
public enum AnswerProblem: Hashable, Sendable {
    case unknownCode(String)
    case outsideScale(code: String, value: String)
    case tooLong(code: String, maximum: Int)
}

/// The problems of one submitted page, so the page can list them: every one up to
/// `reportedAtMost`, then only how many more there were (a page has about thirty questions; a
/// hostile post of thousands of bad fields gets a short answer).
public struct AnswerProblems: Error, Equatable, Sendable {
    public static let reportedAtMost = 50
    public let problems: [AnswerProblem]
    /// Problems beyond the first `reportedAtMost`, counted but not listed.
    public let unreported: Int

    public init(problems: [AnswerProblem]) {
        self.problems = Array(problems.prefix(Self.reportedAtMost))
        unreported = max(0, problems.count - Self.reportedAtMost)
    }
}

extension Questionnaire {
    /// The answers after applying the fields of a submitted page. Field names are item and
    /// open-question codes; names starting with `_` belong to the form itself. An empty open
    /// answer removes an earlier one. Every problem is reported, and then nothing is applied.
    public func applying(_ fields: [(name: String, value: String)], to answers: Answers) -> Result<Answers, AnswerProblems> {
        var updated = answers
        var problems: [AnswerProblem] = []
        for (name, value) in fields where !name.hasPrefix("_") {
            if let item = item(name) {
                // A form sends one digit; only anything else goes through Foundation's trimming.
                let trimmed = value.utf8.count == 1 ? value : value.trimmingCharacters(in: .whitespaces)
                guard let number = Int(trimmed), (1...ResponseFormat.points).contains(number) else {
                    problems.append(.outsideScale(code: item.code, value: String(value.prefix(20))))
                    continue
                }
                updated.closed[item.code] = number
            } else if let question = openQuestion(name) {
                let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
                if text.count > Answers.maximumOpenAnswerLength {
                    problems.append(.tooLong(code: question.code, maximum: Answers.maximumOpenAnswerLength))
                } else {
                    updated.open[question.code] = text.isEmpty ? nil : text
                }
            } else {
                problems.append(.unknownCode(String(name.prefix(40))))
            }
        }
        return problems.isEmpty ? .success(updated) : .failure(AnswerProblems(problems: problems))
    }

    /// How many items are still unanswered; a person may leave items open and still submit.
    public func unansweredCount(_ answers: Answers) -> Int {
        sections.reduce(0) { $0 + $1.items.filter { answers.closed[$0.code] == nil }.count }
    }
}
