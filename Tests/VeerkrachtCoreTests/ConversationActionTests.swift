import Foundation
import Testing
import VeerkrachtCore

private func day(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

@Suite struct ConversationActionTests {
    @Test func anActionNeedsWhatWhoAValidDueDayAndACoreQuestion() {
        let result = ConversationAction.parse(what: " ", who: nil, due: "2026-02-30", topic: "p1", programme: nil, programmes: [])
        #expect(result == .failure(.init([.whatMissing, .whoMissing, .dueMalformed, .topicUnknown])))
    }

    @Test func anActionMayNameOnlyAProgrammeOfTheOrganisation() {
        let known = UUID()
        let ok = ConversationAction.parse(
            what: "Herontwerp", who: "Anna", due: "2027-01-15", topic: "k5", programme: known.uuidString, programmes: [known])
        #expect((try? ok.get())?.programme == known)
        let unknown = ConversationAction.parse(
            what: "Herontwerp", who: "Anna", due: "2027-01-15", topic: "k5", programme: UUID().uuidString, programmes: [known])
        #expect(unknown == .failure(.init([.programmeUnknown])))
    }

    @Test func anOpenActionIsOverdueOnlyAfterItsDueDay() {
        var action = ConversationAction(what: "x", who: "y", due: day("2026-11-23"), topic: .k1)
        #expect(!action.isOverdue(on: day("2026-11-23")))
        #expect(action.isOverdue(on: day("2026-11-24")))
        action.status = .done
        #expect(!action.isOverdue(on: day("2026-11-24")))
    }

    @Test func everyConversationTopicHasTwoOrThreeReflectionQuestionsInBothLanguages() {
        for topic in Topic.conversation {
            let questions = ReflectionQuestions.of(topic)
            #expect((2...3).contains(questions.count), "\(topic)")
            #expect(
                questions.allSatisfy { !$0.nl.isEmpty && !$0.en.isEmpty && $0.nl != $0.en && $0.nl.hasSuffix("?") && $0.en.hasSuffix("?") })
        }
    }
}
