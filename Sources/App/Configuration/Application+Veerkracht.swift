import Fluent
import NIOConcurrencyHelpers
import Vapor

/// What the application holds for its whole life, stored once in `configure` so that requests
/// only read it (Vapor's storage is not for writing while requests run).
final class VeerkrachtState: Sendable {
    let configuration: AppConfiguration
    let surveyLinks: SurveyLinks
    let submissions: SubmissionWriter
    /// Connections of its own for answering scans, on an SQLite file.
    let sqliteFile: SQLiteFileConnections?
    let results = ResultsCache()
    let responseRates = KeptResponseRates()
    let teamProfiles = TeamProfilesCache()
    let activePeople = ActivePeopleCounts()
    let keptPages = KeptPages()
    let shownWaves = ShownWaves()
    let unitTrees = UnitTrees()
    let writeHealth = WriteHealth()
    let startUpWarmth = StartUpWarmth()
    let closedWaveCells = ClosedWaveCells()
    let backgroundRepeats = BackgroundRepeats()
    let identityProviders: ProviderDirectory
    let signedInCache: SignedInCache
    /// This server's connection that hears the others (`SignedInNotices`), as PostgreSQL lists
    /// it (`pg_stat_activity.application_name`): an operator, and a test, tells servers apart by it.
    let noticesConnectionName = "veerkracht notices " + UUID().uuidString.prefix(8).lowercased()
    /// On PostgreSQL, the databases a submit asks for, per event loop.
    let postgresByLoop: PostgresByLoop?
    fileprivate let accountsExist = NIOLockedValueBox(false)
    fileprivate let decoyHash = NIOLockedValueBox<String?>(nil)

    init(configuration: AppConfiguration, client: any Client, postgresByLoop: PostgresByLoop? = nil) throws {
        self.configuration = configuration
        self.postgresByLoop = postgresByLoop
        signedInCache = SignedInCache(
            lifetime: configuration.signedInCacheLifetime, hearsOtherServers: SignedInNotices.isNeeded(configuration))
        identityProviders = ProviderDirectory(
            providers: configuration.identityProviders,
            transport: HTTPProviderTransport(client: client, timeout: HTTPProviderTransport.defaultTimeout))
        sqliteFile = if case .sqliteFile(let path) = configuration.database { SQLiteFileConnections(path: path) } else { nil }
        submissions = SubmissionWriter(ownConnection: sqliteFile?.writer, health: writeHealth)
        surveyLinks = SurveyLinks(key: try LinkKeyStore.load(configuration.secretKey), publicURL: configuration.publicURL)
    }
}

extension Application {
    private struct StateKey: StorageKey { typealias Value = VeerkrachtState }

    var veerkracht: VeerkrachtState {
        get {
            guard let state = storage[StateKey.self] else {
                fatalError("configure(_:with:) installs the state before anything reads it")
            }
            return state
        }
        set { storage[StateKey.self] = newValue }
    }

    var configuration: AppConfiguration { veerkracht.configuration }
    var surveyLinks: SurveyLinks { veerkracht.surveyLinks }
    var passwordResetLinks: PasswordResetLinks {
        PasswordResetLinks(key: veerkracht.surveyLinks.key, publicURL: veerkracht.surveyLinks.publicURL)
    }
    var submissions: SubmissionWriter { veerkracht.submissions }
    var results: ResultsCache { veerkracht.results }
    var closedWaveCells: ClosedWaveCells { veerkracht.closedWaveCells }
    var responseRates: KeptResponseRates { veerkracht.responseRates }
    var teamProfiles: TeamProfilesCache { veerkracht.teamProfiles }
    var activePeople: ActivePeopleCounts { veerkracht.activePeople }
    var keptPages: KeptPages { veerkracht.keptPages }
    var shownWaves: ShownWaves { veerkracht.shownWaves }
    var unitTrees: UnitTrees { veerkracht.unitTrees }
    var writeHealth: WriteHealth { veerkracht.writeHealth }
    var startUpWarmth: StartUpWarmth { veerkracht.startUpWarmth }
    var identityProviders: ProviderDirectory { veerkracht.identityProviders }
    var signedInCache: SignedInCache { veerkracht.signedInCache }

    /// Whether an account was seen to exist; true for good once it was.
    var accountsAreKnownToExist: Bool { veerkracht.accountsExist.withLockedValue { $0 } }

    /// Once an account exists it never stops existing, so the answer is remembered then; until
    /// then every request asks the database (another server may have finished the setup).
    func accountsExist(on db: any Database) async throws -> Bool {
        if accountsAreKnownToExist { return true }
        let exists = try await User.query(on: db).count() > 0
        if exists { veerkracht.accountsExist.withLockedValue { $0 = true } }
        return exists
    }

    /// A real bcrypt hash to check unknown addresses against, so a sign-in for an address
    /// without an account takes as long as one with.
    func decoyPasswordHash(using request: Request) async throws -> String {
        if let hash = veerkracht.decoyHash.withLockedValue({ $0 }) { return hash }
        let hash = try await request.passwordHashing.hash(SecureToken.generate())
        veerkracht.decoyHash.withLockedValue { $0 = hash }
        return hash
    }
}
