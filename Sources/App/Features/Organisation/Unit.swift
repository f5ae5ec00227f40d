import Fluent
import Foundation
import VeerkrachtCore

// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
final class Unit: Model, @unchecked Sendable {
    static let schema = "units"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @OptionalParent(key: "parent_id") var parent: Unit?
    @Field(key: "name") var name: String
    @OptionalField(key: "code") var code: String?
    @OptionalField(key: "archived_at") var archivedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(organisationID: UUID, parentID: UUID?, name: String, code: String?) {
        self.$organisation.id = organisationID
        self.$parent.id = parentID
        self.name = name
        self.code = code
    }

    var node: UnitNode {
        UnitNode(id: id!, parentID: $parent.id, name: name, code: code, isArchived: archivedAt != nil)
    }
}
