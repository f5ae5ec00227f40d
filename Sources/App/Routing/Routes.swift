import Vapor

/// The one route table. Each entry names a `Route` case, so a path is spelled in one place.
func routes(_ app: Application) {
    let id = Route.placeholder
    let home = HomeController()
    let setup = SetupController()
    let auth = AuthController()
    let admin = AdminController()
    let invitations = InvitationController()
    let organisation = OrganisationController()
    let units = UnitsController()
    let people = PeopleController()
    let imports = ImportController()

    app.get(Route.home.pattern, use: home.home)
    app.post(Route.language.pattern, use: home.setLanguage)
    app.get(Route.health.pattern, use: home.health)
    app.get(Route.version.pattern, use: home.version)
    app.get(Route.stylesheet.pattern, use: home.stylesheet)

    app.get(Route.setup.pattern, use: setup.show)
    app.post(Route.setup.pattern, use: setup.create)
    app.get(Route.signIn.pattern, use: auth.show)
    app.post(Route.signIn.pattern, use: auth.signIn)
    app.post(Route.signOut.pattern, use: auth.signOut)

    app.get(Route.adminOrganisations.pattern, use: admin.organisations)
    app.post(Route.adminOrganisations.pattern, use: admin.createOrganisation)
    app.get(Route.adminOrganisation(id).pattern, use: admin.organisation)
    app.post(Route.adminInvitations(id).pattern, use: admin.invite)
    app.post(Route.adminMember(id, user: id).pattern, use: admin.changeRole)
    app.post(Route.adminMemberRemove(id, user: id).pattern, use: admin.removeMember)
    app.get(Route.invitation(token: "").pattern, use: invitations.show)
    app.post(Route.invitation(token: "").pattern, use: invitations.accept)

    app.get(Route.organisation(id).pattern, use: organisation.show)
    app.get(Route.units(id).pattern, use: units.index)
    app.post(Route.units(id).pattern, use: units.create)
    app.get(Route.unit(id, unit: id).pattern, use: units.show)
    app.post(Route.unitRename(id, unit: id).pattern, use: units.rename)
    app.post(Route.unitMove(id, unit: id).pattern, use: units.move)
    app.post(Route.unitArchive(id, unit: id).pattern, use: units.archive)
    app.post(Route.unitRestore(id, unit: id).pattern, use: units.restore)
    app.get(Route.people(id).pattern, use: people.index)
    app.get(Route.peopleImport(id).pattern, use: imports.form)
    app.post(Route.peopleImport(id).pattern, use: imports.upload)
    app.get(Route.peopleImportPreview(id, upload: id).pattern, use: imports.preview)
    app.post(Route.peopleImportApply(id, upload: id).pattern, use: imports.apply)
}
