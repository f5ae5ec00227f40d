import Fluent
import Vapor
import VeerkrachtCore

/// Team mixes of learning preferences for advisors and managers, diversity per unit, and the
/// 'language for learning' page for everyone in the organisation.
struct PreferencesController {
    func teamMix(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .manager)
        let shown = try await req.shownWave(of: access.organisationID)
        let wave = shown.model
        let tree = try await req.unitTree(access.organisationID)
        let unit = try req.unitQuery(in: tree)
        let hasProfiles = wave.instruments.contains { $0.hasPrefix(LearningPreferenceScan.version1.id + "@") }
        let open = try await unit.asyncMap { try await TeamMixStore(db: req.db).isOpen(wave: try wave.requireID(), unit: $0) } ?? false
        let names = req.query[Int.self, at: "names"] ?? 1
        // Names come from the people's records: their revision is part of the key. People's
        // names are personal data, so browsers keep none of it.
        let people = try await PeopleRevision.read(of: access.organisationID, on: req.keyReads) ?? 0
        let key = KeptWavePage.key(
            "teams|\(open)|\(names)|people \(people)", wave: shown, tree: tree, group: ResultGroup(unit: unit), now: req.now)
        return try await req.wavePage(key, caching: .never) {
            var page = TeamMixPage(
                organisationID: access.organisationID, wave: WaveSummary(wave), tree: tree, unit: unit,
                summary: hasProfiles ? try await TeamMixLoader.summary(req, wave: wave, tree: tree, unit: unit) : nil,
                openToMembers: open)
            page.namesPage = names
            return page
        }
    }

    /// Opens or closes a team's mix to its members (`unit`, `open` = 1 or 0).
    func setMembersAccess(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .manager)
        let wave = try await WaveStore(db: req.db, organisationID: access.organisationID).wave(try req.uuidParameter("wave"))
        let tree = try await req.unitTree(access.organisationID)
        struct Form: Content {
            var unit: String?
            var open: String?
        }
        let form = try req.content.decode(Form.self)
        guard let unit = form.unit.flatMap(UUID.init(uuidString:)), tree.nodes[unit] != nil else { throw AppError.notFound }
        try await TeamMixStore(db: req.db).setOpen(form.open == "1", wave: try wave.requireID(), unit: unit, by: access.userID, at: req.now)
        return req.redirect(to: Route.teamMix(access.organisationID, wave: try wave.requireID()).path + "?unit=\(unit.uuidString)")
    }

    func diversity(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let shown = try await req.shownWave(of: access.organisationID)
        let wave = shown.model
        let tree = try await req.unitTree(access.organisationID)
        let results = try await req.application.results.results(for: wave, tree: tree, on: req.db, now: req.now)
        return try await req.wavePage(KeptWavePage.key("diversity", wave: shown, tree: tree, now: req.now)) {
            let teams = try await TeamMixLoader.teams(req, wave: wave, results: results, tree: tree)
            return DiversityPage(
                organisationID: access.organisationID, wave: WaveSummary(wave), tree: tree, results: results,
                mixes: results.nodes.map { teams.mix(of: $0) }, bands: results.disclosedBandCounts())
        }
    }

    func learningLanguage(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        return req.page(LearningLanguagePage(organisationID: access.organisationID))
    }
}

/// Gathers a team view: the named members, the mix from the wave's results under the disclosure
/// rule, and the team's K2 mean from the same results when the DLO scan was part of it.
enum TeamMixLoader {
    /// The wave's profiles as teams see them.
    static func teams(_ req: Request, wave: Wave, results: WaveResults, tree: UnitTree) async throws -> TeamProfiles {
        try await req.application.teamProfiles.teams(for: wave, results: results, tree: tree, on: req.db, now: req.now)
    }

    static func summary(_ req: Request, wave: Wave, tree: UnitTree, unit: UUID?) async throws -> TeamMixSummary {
        let results = try await req.application.results.results(for: wave, tree: tree, on: req.db, now: req.now)
        let teams = try await teams(req, wave: wave, results: results, tree: tree)
        var learningTogether: Double?
        if wave.instruments.contains(where: { $0.hasPrefix(DLOScan.version1.id + "@") }) {
            if let index = results.scales.firstIndex(where: { $0.key == "dlo-K2" }),
                let tally = results.tally(ResultGroup(unit: unit)), let stats = results.shownScale(index, in: tally)
            {
                learningTogether = stats.descriptives.mean
            }
        }
        let name = unit.flatMap { tree.nodes[$0]?.name } ?? req.strings.wholeOrganisation
        return TeamMixSummary(
            unitName: name, teams: teams, unit: unit, learningTogether: learningTogether,
            threshold: wave.anonymityThreshold)
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
