import Fluent
import Foundation
import VeerkrachtCore

/// One person's personal link to a wave. It records only how far the person got; answers in
/// progress live here until the submit moves them into an anonymous response.
// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
final class WaveInvitation: Model, @unchecked Sendable {
    static let schema = "wave_invitations"

    enum Status: String, Sendable, CaseIterable {
        case invited, started, completed
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "wave_id") var wave: Wave
    @Parent(key: "person_id") var person: Person
    /// The person's unit when the wave opened: response rates and the response use it.
    @Field(key: "unit_id") var unitID: UUID
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "status") var statusValue: String
    @OptionalField(key: "language") var languageCode: String?
    /// JSON of `Answers` while the person is answering; nil before and after.
    @OptionalField(key: "progress") var progress: String?

    init() {}

    var status: Status { Status(rawValue: statusValue) ?? .invited }
    var language: Language? { languageCode.flatMap(Language.init(rawValue:)) }

    var answers: Answers { Self.answers(fromProgress: progress) }

    /// The answers kept in a `progress` column; none when it is empty or unreadable.
    static func answers(fromProgress progress: String?) -> Answers {
        guard let progress, let answers = try? JSONDecoder().decode(Answers.self, from: Data(progress.utf8)) else { return Answers() }
        return answers
    }
}
