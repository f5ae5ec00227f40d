import Fluent
import Foundation
import SQLKit

/// Erases what identifies a person, on their request: the personnel record's details, their
/// personal links (which stop working), answers in progress, unsent mails and their learning
/// profile. Submitted responses stay as they are: they never held the person. The row itself
/// stays, without anything personal, so that response rates of past waves keep adding up.
struct PersonErasure {
    let db: any Database
    let organisationID: UUID

    /// False when the organisation has nobody with this external id.
    func erase(externalID: String, now: Date) async throws -> Bool {
        try await db.writeTransaction { db in
            guard
                let person = try await Person.query(on: db).filter(\.$organisation.$id == organisationID)
                    .filter(\.$externalID == externalID).first()
            else { return false }
            let personID = try person.requireID()
            let sql = db.sql
            try await PeopleRevision.raise(organisationID, on: sql)
            let invitations = SQLSubquery.select { $0.column("id").from("wave_invitations").where("person_id", .equal, personID) }
            // Team pages kept on any server name the people who share their profile: the waves
            // whose profiles lose this person's are marked changed, so no page names them again.
            let waves = try await sql.select().column("wave_id").from("wave_invitations").where("person_id", .equal, personID).all()
                .map { try $0.decode(column: "wave_id", as: UUID.self) }
            try await sql.delete(from: "learning_profiles").where("invitation_id", .in, invitations).run()
            try await WaveProfiles.changed(Set(waves), on: sql)
            try await sql.delete(from: "mail_outbox").where("invitation_id", .in, invitations).where("sent_at", .is, SQLLiteral.null).run()
            // A hash nothing hashes to, one per invitation: the personal links stop working.
            for invitation in try await WaveInvitation.query(on: db).filter(\.$person.$id == personID).all() {
                try await sql.update("wave_invitations")
                    .set("token_hash", to: SQLBind("erased:" + UUID().uuidString))
                    .set("progress", to: SQLLiteral.null).set("language", to: SQLLiteral.null)
                    .where("id", .equal, try invitation.requireID()).run()
            }
            person.externalID = "erased-" + String(UUID().uuidString.prefix(8)).lowercased()
            person.email = nil
            person.birthYear = nil
            person.gender = nil
            person.startDate = nil
            person.level = nil
            person.$unit.id = nil
            person.archivedAt = person.archivedAt ?? now
            try await person.save(on: db)
            return true
        }
    }
}
