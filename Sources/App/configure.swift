import Fluent
import Vapor

/// Sets up an application from its configuration; `serve`, the commands and every test call it.
public func configure(_ app: Application, with configuration: AppConfiguration) throws {
    app.logger.logLevel = configuration.logLevel
    try app.useDatabase(configuration.database)
    app.veerkracht = try VeerkrachtState(
        configuration: configuration, client: app.client, postgresByLoop: PostgresByLoop(app, location: configuration.database))
    app.http.server.configuration.hostname = configuration.host
    app.http.server.configuration.port = configuration.port
    app.routes.defaultMaxBodySize = ByteCount(value: CSRFMiddleware.maximumBody)
    // Browsers never compress what they post, and the JSON API does not ask for it: without
    // the decompressor every request passes one handler less.
    app.http.server.configuration.requestDecompression = .disabled

    app.lifecycle.use(SQLiteFileConnectionsShutdown())
    // Handlers stop in reverse order: running requests finish before any connection closes.
    let drain = RequestDrain()
    app.lifecycle.use(drain)
    app.lifecycle.use(BackgroundRepeatsShutdown())
    if SignedInNotices.isNeeded(configuration) { app.lifecycle.use(SignedInNoticesLifecycle()) }
    app.migrations.add(Migrations.all)
    // Every step of every migration is detail for who asks for debug; at info the start stays short.
    app.fluent.migrationLogLevel = .debug

    // Bcrypt at cost 12: about a quarter of a second here, off the event loop and off the
    // database's threads (`ComputeThreads`).
    app.passwords.use(.bcrypt(cost: 12))

    // Order matters: errors become pages around everything; the session is read before the
    // account, the account before the form token and the setup gate.
    app.middleware = Middlewares()
    app.middleware.use(drain)
    app.middleware.use(RequestLoggingMiddleware(level: .info))
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(AppErrorMiddleware())
    app.middleware.use(SignedInCacheMiddleware())
    app.middleware.use(BrowserSessionsMiddleware(secure: configuration.usesSecureCookies))
    // After the session (the error page reads it), before anything reads a form.
    app.middleware.use(FormLimitMiddleware())
    app.middleware.use(SignedInUserMiddleware())
    app.middleware.use(CSRFMiddleware())
    app.middleware.use(SetupGateMiddleware())

    app.asyncCommands.use(MigrateCommand(), as: "migrate")
    app.asyncCommands.use(UsersCommand(), as: "users")
    app.asyncCommands.use(DemoCommand(), as: "demo")
    app.asyncCommands.use(RebuildAggregatesCommand(), as: "rebuild-aggregates")
    app.asyncCommands.use(InstrumentsCommand(), as: "instruments")
    app.asyncCommands.use(ReportCommand(), as: "report")
    app.asyncCommands.use(TokensCommand(), as: "tokens")
    app.asyncCommands.use(BackupCommand(), as: "backup")
    app.asyncCommands.use(RestoreCommand(), as: "restore")

    routes(app)
    // Reads the API's paths from the route table, so it comes after it.
    let apiRoutes = app.routes.all.filter { $0.path.first == .constant("api") }.map { (method: $0.method, path: $0.path) }
    app.middleware.use(APIMethodMiddleware(routes: apiRoutes))
}
