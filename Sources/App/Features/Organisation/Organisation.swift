import Fluent
import Foundation

// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
final class Organisation: Model, @unchecked Sendable {
    static let schema = "organisations"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "anonymity_threshold") var anonymityThreshold: Int
    /// Months after a wave closes that its personal links keep working (`RetentionSweep`).
    @Field(key: "retention_months") var retentionMonths: Int
    /// Raised with every change to the organisation's people (`PeopleRevision`); the count of
    /// active people on the organisation page is kept until it changes. Never written from a
    /// loaded organisation: Fluent writes only the fields a request set.
    @Field(key: "people_revision") var peopleRevision: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, name: String, anonymityThreshold: Int) {
        self.id = id
        self.name = name
        self.anonymityThreshold = anonymityThreshold
        self.retentionMonths = RetentionSweep.defaultMonths
        self.peopleRevision = 0
    }
}
