import Fluent
import Vapor
import VeerkrachtCore

/// The management conversation on the base question and K1–K5: everyone in the organisation
/// reads it; managers and advisors prepare it, take notes, agree and follow up actions.
struct ConversationController {
    /// The same for every reader of the same role on the same day until a conversation, an
    /// action or the units change: kept under their rows and the units revision (the form's
    /// list of 273 units was most of this request).
    func index(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let (unitsRevision, tree) = try await req.revisedUnitTree(access.organisationID)
        var rows = KeyDigest()
        let parts = [RowTexts.Part("conversation", ConversationRow.self), RowTexts.Part("action", ConversationActionRow.self)]
        for row in try await RowTexts.read(parts, organisation: access.organisationID, on: req.keyReads) { rows.add(row) }
        let canWrite = access.role >= .manager
        let key = "conversations|\(access.organisationID)|\(unitsRevision)|\(req.today)|\(canWrite)|\(rows.finish())"
        return try await req.keptPage(key) {
            let store = ConversationStore(db: req.db, organisationID: access.organisationID)
            return ConversationsPage(
                organisationID: access.organisationID, conversations: try await store.all(), actions: try await store.actions(),
                tree: tree, canWrite: canWrite, today: req.today)
        }
    }

    func create(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .manager)
        let fields = FormFields.parse(req)
        let title = (FormFields.value("title", in: fields) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let dayText = (FormFields.value("planned_on", in: fields) ?? "").trimmingCharacters(in: .whitespaces)
        let tree = try await req.unitTree(access.organisationID)
        let unitText = FormFields.value("unit", in: fields) ?? ""
        let unit = UUID(uuidString: unitText)
        var problems: [String: String] = [:]
        if title.isEmpty || TextRules.length(title) > 200 { problems["title"] = req.strings.conversationTitleMissing }
        let day = CalendarDate(parsing: dayText)
        if day == nil { problems["planned_on"] = req.strings.dateMissingOrMalformed }
        if !unitText.isEmpty, unit.map({ tree.nodes[$0] == nil }) ?? true { problems["unit"] = req.strings.unknownUnit }
        guard problems.isEmpty, let day else {
            var page = try await listPage(req, access)
            page.problems = problems
            page.values = ["title": title, "planned_on": dayText, "unit": unitText]
            return req.page(page, status: .unprocessableEntity)
        }
        let id = try await ConversationStore(db: req.db, organisationID: access.organisationID)
            .create(title: title, plannedOn: day, unit: unit, by: access.userID)
        return req.redirect(to: Route.conversation(access.organisationID, conversation: id).path)
    }

    func show(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        return try await req.keptPage(try await guideKey(req, access, kind: "guide")) { try await guide(req, access) }
    }

    /// Saves every note typed on the page; the other steps below do the same before their own.
    func saveNotes(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .manager)
        let id = try req.uuidParameter("conversation")
        let fields = FormFields.parse(req)
        if let topic = FormFields.value("topic", in: fields), Topic(rawValue: topic).map(Topic.conversation.contains) != true {
            throw AppError.badRequest(req.strings.actionProblem(.topicUnknown))
        }
        if let refused = try await saveTypedNotes(req, access, id, fields) { return refused }
        return req.redirect(to: Route.conversation(access.organisationID, conversation: id).path)
    }

    func addAction(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .manager)
        let id = try req.uuidParameter("conversation")
        let store = ConversationStore(db: req.db, organisationID: access.organisationID)
        _ = try await store.find(id)
        let fields = FormFields.parse(req)
        if let refused = try await saveTypedNotes(req, access, id, fields) { return refused }
        // The pressed button names the topic; its fields carry the topic in their names.
        let topic = FormFields.value("topic", in: fields) ?? ""
        let value = { FormFields.value("\($0)-\(topic)", in: fields) ?? FormFields.value($0, in: fields) }
        let programmes = Set(try await ProgrammeStore(db: req.db, organisationID: access.organisationID).all().map(\.id))
        switch ConversationAction.parse(
            what: value("what"), who: value("who"), due: value("due"), topic: topic,
            programme: value("programme"), programmes: programmes)
        {
        case .success(let action):
            try await store.add(action, to: id)
            return req.redirect(to: Route.conversation(access.organisationID, conversation: id).path + "#topic-\(action.topic.rawValue)")
        case .failure(let list):
            var page = try await guide(req, access)
            page.failed = ConversationPage.FailedAction(topic: Topic(rawValue: topic) ?? .base, problems: list.problems)
            page.typed = Dictionary(fields, uniquingKeysWith: { a, _ in a })
            return req.page(page, status: .unprocessableEntity)
        }
    }

    func setActionStatus(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .manager)
        let fields = FormFields.parse(req)
        let actionID = try req.uuidParameter("action")
        let value = { FormFields.value("\($0)-\(actionID.uuidString)", in: fields) ?? FormFields.value($0, in: fields) }
        guard let status = value("status").flatMap(ConversationAction.Status.init(rawValue:)) else {
            throw AppError.badRequest(req.strings.unknownStatus)
        }
        let note = String((value("statusnote") ?? value("note") ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(2_000))
        let conversation = try req.uuidParameter("conversation")
        // Back to the conversation the update was made from, when it is one of this organisation's;
        // the notes typed there are kept first.
        let back = FormFields.value("back", in: fields).flatMap(UUID.init(uuidString:)) ?? conversation
        if let refused = try await saveTypedNotes(req, access, back, fields) { return refused }
        try await ConversationStore(db: req.db, organisationID: access.organisationID)
            .setStatus(status, note: note, action: actionID, conversation: conversation)
        return req.redirect(to: Route.conversation(access.organisationID, conversation: back).path + "#open-actions")
    }

    /// The notes of every topic that came with the form (`note-<topic>`), saved at once. A note
    /// that is too long saves nothing and shows the page again with everything as typed.
    private func saveTypedNotes(
        _ req: Request, _ access: OrganisationAccess, _ id: UUID, _ fields: [(name: String, value: String)]
    ) async throws -> Response? {
        var notes: [Topic: String] = [:]
        // One note sent as `topic` + `note` (a client that posts a single topic) counts the same.
        let single = FormFields.value("note", in: fields).flatMap { note in
            FormFields.value("topic", in: fields).map { ("note-\($0)", note) }
        }
        for topic in Topic.conversation {
            let name = "note-\(topic.rawValue)"
            guard let typed = FormFields.value(name, in: fields) ?? (single?.0 == name ? single?.1 : nil) else { continue }
            let note = typed.trimmingCharacters(in: .whitespacesAndNewlines)
            guard note.count <= 10_000 else {
                var page = try await guide(req, access)
                page.noteProblem = (topic, note)
                page.typed = Dictionary(fields, uniquingKeysWith: { a, _ in a })
                return req.page(page, status: .unprocessableEntity)
            }
            notes[topic] = note
        }
        guard !notes.isEmpty else { return nil }
        try await ConversationStore(db: req.db, organisationID: access.organisationID).saveNotes(notes, conversation: id)
        return nil
    }

    /// Records the day and freezes the figures the conversation was held on, once.
    func markHeld(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .manager)
        let id = try req.uuidParameter("conversation")
        let store = ConversationStore(db: req.db, organisationID: access.organisationID)
        let conversation = try await store.find(id)
        if let refused = try await saveTypedNotes(req, access, id, FormFields.parse(req)) { return refused }
        if conversation.heldOn == nil {
            let figures = try await Self.dashboard(req, access, unit: conversation.unit).data.dashboard
            try await store.markHeld(id, on: req.today, figures: figures)
        }
        return req.redirect(to: Route.conversation(access.organisationID, conversation: id).path)
    }

    func agenda(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        return try await req.keptPage(try await guideKey(req, access, kind: "agenda")) {
            ConversationPrintPage(guide: try await guide(req, access), kind: .agenda)
        }
    }

    func minutes(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        return try await req.keptPage(try await guideKey(req, access, kind: "minutes")) {
            ConversationPrintPage(guide: try await guide(req, access), kind: .minutes)
        }
    }

    /// A conversation's guide, agenda and minutes are the same for every reader of the same
    /// role until the conversation or anything its dashboard is made from changes: kept under
    /// the whole organisation's dashboard key (every wave, programme, action and pulse row and
    /// both revisions; the conversation's own unit is in its row) and the conversation's row.
    /// Loading the dashboard for each visit held these pages at 300 requests/s.
    private func guideKey(_ req: Request, _ access: OrganisationAccess, kind: String) async throws -> String {
        let id = try req.uuidParameter("conversation")
        let (unitsRevision, _) = try await req.revisedUnitTree(access.organisationID)
        // The conversation's row is read with the dashboard's; the key has it inside.
        let conversation = RowTexts.Part("conversation", ConversationRow.self, id: id)
        let (key, found) = try await KeptDashboard.key(
            req, organisationID: access.organisationID, unit: nil, unitsRevision: unitsRevision, canStartWave: false,
            also: [conversation])
        guard found.contains("conversation") else { throw AppError.notFound }
        return "conversation-\(kind)|\(id)|\(access.role >= .manager)|\(key)"
    }

    private func listPage(_ req: Request, _ access: OrganisationAccess) async throws -> ConversationsPage {
        let store = ConversationStore(db: req.db, organisationID: access.organisationID)
        return ConversationsPage(
            organisationID: access.organisationID, conversations: try await store.all(),
            actions: try await store.actions(),
            tree: try await req.unitTree(access.organisationID),
            canWrite: access.role >= .manager, today: req.today)
    }

    private func guide(_ req: Request, _ access: OrganisationAccess) async throws -> ConversationPage {
        let store = ConversationStore(db: req.db, organisationID: access.organisationID)
        let conversation = try await store.find(try req.uuidParameter("conversation"))
        let (data, tree) = try await Self.dashboard(req, access, unit: conversation.unit)
        let programmes = try await ProgrammeStore(db: req.db, organisationID: access.organisationID).all()
        var page = ConversationPage(
            organisationID: access.organisationID, conversation: conversation,
            dashboard: conversation.figures ?? data.dashboard, actions: data.actions,
            programmes: programmes.map { ($0.id, $0.programme.name) },
            unitName: conversation.unit.flatMap { tree.nodes[$0]?.name },
            canWrite: access.role >= .manager, today: data.today)
        // Read once, with the dashboard the guide stands on.
        page.followUps = data.followUps
        return page
    }

    private static func dashboard(_ req: Request, _ access: OrganisationAccess, unit: UUID?) async throws -> (
        data: DashboardData, tree: UnitTree
    ) {
        let tree = try await req.unitTree(access.organisationID)
        // A unit removed since: the conversation falls back to the organisation.
        let scope = unit.flatMap { tree.nodes[$0] == nil ? nil : $0 }
        let data = try await DashboardLoader(req, organisationID: access.organisationID)
            .load(unit: scope, tree: tree)
        return (data, tree)
    }
}
