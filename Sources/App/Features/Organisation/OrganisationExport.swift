import Fluent
import Foundation
import Vapor
import VeerkrachtCore
import ZIPFoundation

/// An organisation's data in one ZIP, for leaving or for keeping: CSV that spreadsheets and the
/// imports read, JSON where a CSV would flatten too much, and a README of the columns.
/// Responses leave through the same reader as `responses.csv`: only groups that may be shown,
/// and nothing of a wave whose results are still withheld.
struct OrganisationExport {
    let app: Application
    let db: any Database
    let organisationID: UUID

    func zip(now: Date) async throws -> Data {
        var files: [(String, Data)] = [("README.txt", Data(Self.readme.utf8))]
        guard let organisation = try await Organisation.find(organisationID, on: db) else { throw AppError.notFound }
        files.append(
            (
                "organisation.json",
                try APIJSON.encoder.encode(
                    ["id": organisationID.uuidString, "name": organisation.name, "exported_at": ISO8601DateFormatter().string(from: now)])
            ))
        let tree = try await UnitStore(db: db, organisationID: organisationID).tree()
        files.append(("units.csv", Data(units(tree).utf8)))
        files.append(("people.csv", Data(try await people(tree).utf8)))
        let waves = try await WaveStore(db: db, organisationID: organisationID).all()
        files.append(("waves.json", try APIJSON.encoder.encode(waves.map(WaveDTO.init))))
        for wave in waves {
            let results = try await app.results.results(for: wave, tree: tree, on: db, now: now)
            let responses = results.disclosedResponses()
            let text =
                ResultsCSV.responsesHeader(columns: results.columns, dialect: .international)
                + ResultsCSV.responseRows(responses, 0..<responses.count, tree: tree, dialect: .international)
            files.append(("responses/\(try wave.requireID().uuidString.lowercased()).csv", Data(text.utf8)))
        }
        let programmes = try await ProgrammeStore(db: db, organisationID: organisationID).all()
        files.append(("programmes.csv", Data(ProgrammesCSV.render(programmes.map(\.programme), dialect: .international).utf8)))
        files.append(("conversations.json", try await conversations()))
        files.append(("audit.csv", Data(try await audit().utf8)))
        let all = files
        return try await ComputeThreads.pool.runIfActive { try Self.archive(all, at: now) }
    }

    private func units(_ tree: UnitTree) -> String {
        tree.flattened().reduce("\u{FEFF}" + CSVText.row(["id", "parent_id", "path", "name", "code", "archived"])) { csv, entry in
            let node = entry.node
            return csv
                + CSVText.row([
                    node.id.uuidString, node.parentID?.uuidString ?? "", tree.path(of: node.id), node.name,
                    node.code ?? "", node.isArchived ? "1" : "0"
                ])
        }
    }

    /// The columns of the people import, so the file can be imported elsewhere as it is.
    private func people(_ tree: UnitTree) async throws -> String {
        var csv = "\u{FEFF}" + CSVText.row(["external_id", "email", "unit", "birth_year", "gender", "start_date", "level", "archived"])
        for person in try await Person.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$externalID).all() {
            csv += CSVText.row([
                person.externalID, person.email ?? "", person.$unit.id.map(tree.path(of:)) ?? "",
                person.birthYear.map(String.init) ?? "", person.gender ?? "", person.startDate ?? "",
                person.level ?? "", person.archivedAt == nil ? "0" : "1"
            ])
        }
        return csv
    }

    /// What people wrote and agreed; the dashboard a conversation saw is left out, since its
    /// figures are read again through the disclosure reader wherever they are shown.
    private func conversations() async throws -> Data {
        struct ActionOut: Encodable {
            let id: UUID
            let what, who, due, topic, status, note: String
            /// The waves that were this action's follow-up pulses (ids as in waves.json).
            let pulseWaves: [UUID]
        }
        struct ConversationOut: Encodable {
            let id: UUID
            let title: String
            let unitId: UUID?
            let plannedOn: String
            let heldOn: String?
            let notes: [String: String]
            let actions: [ActionOut]
        }
        let store = ConversationStore(db: db, organisationID: organisationID)
        let actions = Dictionary(grouping: try await store.actions(), by: \.conversation)
        let pulses = Dictionary(
            grouping: try await PulseStore(db: db, organisationID: organisationID).all().filter { $0.actionID != nil }, by: \.actionID)
        let out = try await store.all().map { conversation in
            ConversationOut(
                id: conversation.id, title: conversation.title, unitId: conversation.unit,
                plannedOn: conversation.plannedOn.description, heldOn: conversation.heldOn?.description,
                notes: Dictionary(uniqueKeysWithValues: conversation.notes.map { ($0.key.rawValue, $0.value) }),
                actions: (actions[conversation.id] ?? []).map {
                    ActionOut(
                        id: $0.id, what: $0.action.what, who: $0.action.who, due: $0.action.due.description,
                        topic: $0.action.topic.rawValue, status: $0.action.status.rawValue, note: $0.note,
                        pulseWaves: (pulses[$0.id] ?? []).map(\.waveID))
                })
        }
        return try APIJSON.encoder.encode(out)
    }

    private func audit() async throws -> String {
        let events = try await AuditEvent.query(on: db).filter(\.$organisationID == organisationID).sort(\.$at).all()
        return events.reduce("\u{FEFF}" + CSVText.row(["at", "actor", "action", "subject"])) { csv, event in
            csv + CSVText.row([ISO8601DateFormatter().string(from: event.at), event.actor, event.actionName, event.subject])
        }
    }

    static func archive(_ files: [(String, Data)], at moment: Date) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (name, data) in files {
            try archive.addEntry(
                with: "veerkracht-export/" + name, type: .file, uncompressedSize: Int64(data.count),
                modificationDate: moment, compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw AppError.notFound }
        return data
    }

    static let readme = """
        Veerkracht export / Veerkracht-export

        EN
        organisation.json  the organisation's id and name, and when this export was made
        units.csv          id; parent_id; path (names from the top, joined by " / "); name; code; archived (1/0)
        people.csv         the columns of the people import: external_id; email; unit (path); birth_year; gender (f/m/x);
                           start_date (YYYY-MM-DD); level; archived (1/0)
        waves.json         every wave as the JSON API describes it (GET /api/v1/organisations/{id}/waves); pulse: true for
                           a follow-up pulse or a run of a rhythm (it asks a short form such as dlo@1:K2)
        responses/ID.csv   per wave (ID as in waves.json): unit; age_band; gender; tenure_band; one column per item code
                           (1-5, empty when not answered). Only groups large enough to be shown, as in responses.csv;
                           empty for a wave whose results are still withheld.
        programmes.csv     the portfolio, the columns of the programme import first, then the computed figures
        conversations.json every management conversation: title, unit, planned and held dates, notes per question,
                           agreed actions (id, what, who, due, question, status, note, pulseWaves: the waves that
                           followed the action up); not the dashboard it looked at
        audit.csv          at (UTC); actor; action; subject: the organisation's audit log

        NL
        organisation.json  id en naam van de organisatie, en wanneer deze export is gemaakt
        units.csv          id; parent_id; pad (namen vanaf boven, verbonden met " / "); naam; code; gearchiveerd (1/0)
        people.csv         de kolommen van de import van mensen: external_id; e-mail; unit (pad); geboortejaar; geslacht;
                           datum in dienst (JJJJ-MM-DD); niveau; gearchiveerd (1/0)
        waves.json         alle metingen zoals de JSON-API ze beschrijft; pulse: true voor een vervolgmeting of een run
                           van een ritme (die vraagt een korte vorm zoals dlo@1:K2)
        responses/ID.csv   per meting (ID als in waves.json): unit; leeftijdsband; geslacht; dienstjarenband; een kolom per
                           itemcode (1-5, leeg als niet beantwoord). Alleen groepen die groot genoeg zijn om te tonen, zoals
                           in responses.csv; leeg voor een meting waarvan de resultaten nog niet vrij zijn.
        programmes.csv     het portfolio: eerst de kolommen van de import van programma's, dan de berekende cijfers
        conversations.json alle managementgesprekken: titel, unit, geplande en gehouden datum, notities per vraag,
                           afgesproken acties (id, wat, wie, wanneer, vraag, status, notitie, pulseWaves: de metingen
                           die de actie opvolgden); niet het dashboard erbij
        audit.csv          moment (UTC); wie; wat; waarop: het logboek van de organisatie
        """
}
