import Foundation

/// An action a management conversation agreed on, followed up in the next one.
public struct ConversationAction: Sendable, Equatable {
    public enum Status: String, CaseIterable, Codable, Sendable { case open, done, dropped }

    public var what: String
    public var who: String
    public var due: CalendarDate
    public var topic: Topic
    public var programme: UUID?
    public var status: Status = .open

    public init(what: String, who: String, due: CalendarDate, topic: Topic, programme: UUID? = nil) {
        self.what = what
        self.who = who
        self.due = due
        self.topic = topic
        self.programme = programme
    }

    /// Still open after the day it was due.
    public func isOverdue(on day: CalendarDate) -> Bool { status == .open && due < day }

    public enum Problem: String, Sendable, Equatable, CaseIterable {
        case whatMissing, whoMissing, dueMissing, dueMalformed, topicUnknown, programmeUnknown, tooLong
    }

    /// Reads an action from a form's text: every problem at once, so the person can fix them all.
    public static func parse(
        what: String?, who: String?, due: String?, topic: String?, programme: String?,
        programmes: Set<UUID>
    ) -> Result<ConversationAction, ProblemList> {
        var problems: [Problem] = []
        let what = (what ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let who = (who ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if what.isEmpty { problems.append(.whatMissing) }
        if who.isEmpty { problems.append(.whoMissing) }
        if what.count > 500 || who.count > 200 { problems.append(.tooLong) }
        let dueText = (due ?? "").trimmingCharacters(in: .whitespaces)
        let day = CalendarDate(parsing: dueText)
        if dueText.isEmpty { problems.append(.dueMissing) } else if day == nil { problems.append(.dueMalformed) }
        let parsedTopic = topic.flatMap(Topic.init(rawValue:)).flatMap { Topic.conversation.contains($0) ? $0 : nil }
        if parsedTopic == nil { problems.append(.topicUnknown) }
        var programmeID: UUID?
        if let text = programme?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            programmeID = UUID(uuidString: text)
            if programmeID.map(programmes.contains) != true { problems.append(.programmeUnknown) }
        }
        guard problems.isEmpty, let day, let parsedTopic else { return .failure(ProblemList(problems)) }
        return .success(ConversationAction(what: what, who: who, due: day, topic: parsedTopic, programme: programmeID))
    }

    public struct ProblemList: Error, Sendable, Equatable {
        public let problems: [Problem]
        public init(_ problems: [Problem]) { self.problems = problems }
    }
}
