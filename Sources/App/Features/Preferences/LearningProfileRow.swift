import Fluent
import Foundation
import VeerkrachtCore

/// A person's own learning-preference profile, reached with their personal link only.
// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
final class LearningProfileRow: Model, @unchecked Sendable {
    static let schema = "learning_profiles"

    @ID(key: .id) var id: UUID?
    @Parent(key: "invitation_id") var invitation: WaveInvitation
    @Field(key: "ka") var kunstAfkijken: Double
    @Field(key: "pa") var participeren: Double
    @Field(key: "kv") var kennisVerwerven: Double
    @Field(key: "oe") var oefenen: Double
    @Field(key: "on") var ontdekken: Double
    /// Whether the team may see this profile by name; no until the person says yes.
    @Field(key: "share_with_team") var shareWithTeam: Bool
    /// Whether the person's answers went into the anonymous results (their choice when sending).
    @Field(key: "counted_in_results") var countedInResults: Bool

    init() {}

    /// The columns a new profile is written with, in this order: its wave and unit are its
    /// invitation's (`M028_ProfilesKnowTheirWave`), so that counting a wave's shared profiles
    /// reads no invitation.
    static let insertedColumns = [
        "id", "invitation_id", "wave_id", "unit_id", "ka", "pa", "kv", "oe", "on", "share_with_team", "counted_in_results"
    ]

    var scores: [LearningPreference: Double] {
        [
            .kunstAfkijken: kunstAfkijken, .participeren: participeren, .kennisVerwerven: kennisVerwerven,
            .oefenen: oefenen, .ontdekken: ontdekken
        ]
    }
}
