import Fluent
import Foundation

/// A submitted scan, anonymous by construction: the wave, the unit and coarse bands, the day,
/// and the answers. Nothing here leads back to an invitation or a person.
// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
final class SurveyResponse: Model, @unchecked Sendable {
    static let schema = "responses"

    @ID(key: .id) var id: UUID?
    @Parent(key: "wave_id") var wave: Wave
    @Field(key: "unit_id") var unitID: UUID
    @OptionalField(key: "age_band") var ageBand: String?
    @OptionalField(key: "gender") var gender: String?
    @OptionalField(key: "tenure_band") var tenureBand: String?
    /// `2026-11-23`: the day only, so the moment of submitting cannot be matched to a person.
    @Field(key: "submitted_on") var submittedOn: String
    /// JSON object of item code to 1–5.
    @Field(key: "answers") var answers: String
    /// The same answers in `CompactAnswers` form; nil for responses stored before it existed.
    @OptionalField(key: "item_answers") var itemAnswers: String?

    init() {}
}

/// An answer in someone's own words, kept apart from the scores so that it cannot be linked
/// to them either.
// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
final class OpenAnswer: Model, @unchecked Sendable {
    static let schema = "open_answers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "wave_id") var wave: Wave
    @Field(key: "unit_id") var unitID: UUID
    @Field(key: "question_code") var questionCode: String
    @Field(key: "text") var text: String
    /// Hidden by an advisor; `open_answer_hidings` logs who and when.
    @Field(key: "hidden") var hidden: Bool

    init() {}
}
