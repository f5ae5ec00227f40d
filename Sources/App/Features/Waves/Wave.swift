import Fluent
import Foundation
import VeerkrachtCore

// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
/// One round of scans in an organisation. Its instruments are stored as exact versions
/// (`dlo@1`), so every result says which version it comes from.
final class Wave: Model, @unchecked Sendable {
    static let schema = "waves"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "name") var name: String
    /// Comma-separated instrument references.
    @Field(key: "instruments") var instrumentList: String
    /// Comma-separated ids of the units chosen; their sub-units are in scope too.
    @Field(key: "units") var unitList: String
    @Field(key: "opens_at") var opensAt: Date
    @Field(key: "closes_at") var closesAt: Date
    @Field(key: "time_zone") var timeZoneIdentifier: String
    @Field(key: "anonymity_threshold") var anonymityThreshold: Int
    /// Comma-separated language codes offered to respondents.
    @Field(key: "languages") var languageList: String
    @Field(key: "status") var statusValue: String
    /// When the wave's learning profiles last changed; `TeamProfilesCache` compares it.
    @OptionalField(key: "profiles_changed_at") var profilesChangedAt: Date?
    /// When the retention period ended its personal links (`RetentionSweep`).
    @OptionalField(key: "links_retired_at") var linksRetiredAt: Date?
    /// Whether an advisor opened the results while the wave is open (see `LiveRelease`).
    @Field(key: "live_results") var liveResults: Bool
    /// Open answers show for groups of at least this many; never below `anonymityThreshold`.
    @Field(key: "open_answer_threshold") var openAnswerThresholdValue: Int
    /// Raised with every change to what the wave's results read (`WaveRevision`); the results
    /// cache on every server compares it. Never written from a loaded wave (Fluent writes only
    /// the fields a request set), so a rename cannot put back an older number.
    @Field(key: "results_revision") var resultsRevision: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(organisationID: UUID, settings: WaveSettings) {
        self.id = UUID()
        self.$organisation.id = organisationID
        statusValue = WaveLifecycle.Status.draft.rawValue
        liveResults = false
        resultsRevision = 0
        apply(settings)
    }

    var openAnswerThreshold: Int { max(openAnswerThresholdValue, anonymityThreshold) }

    var instruments: [String] { instrumentList.split(separator: ",").map(String.init) }
    var units: [UUID] { unitList.split(separator: ",").compactMap { UUID(uuidString: String($0)) } }
    var languages: [Language] { languageList.split(separator: ",").compactMap { Language(rawValue: String($0)) } }
    /// A wave that asks a short form of an instrument (`dlo@1:K2`): a follow-up pulse or a run
    /// of a rhythm. Its figures join a scale's trend but never stand in for a full wave.
    var isPulse: Bool { instruments.contains { InstrumentReference(parsing: $0)?.isShortForm == true } }
    var timeZone: TimeZone { TimeZone(identifier: timeZoneIdentifier) ?? WaveSettings.defaultTimeZone }

    var lifecycle: WaveLifecycle {
        get { WaveLifecycle(status: WaveLifecycle.Status(rawValue: statusValue) ?? .draft, opensAt: opensAt, closesAt: closesAt) }
        set { statusValue = newValue.status.rawValue }
    }
}
