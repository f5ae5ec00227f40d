import Fluent
import SQLKit

extension Database {
    /// The database as SQL. Every database this application configures (SQLite and PostgreSQL)
    /// speaks SQL, but Fluent's protocol does not say so: the one cast lives here instead of in
    /// every store, and it can only fail if a driver without SQL were ever configured.
    var sql: any SQLDatabase {
        guard let sql = self as? any SQLDatabase else {
            preconditionFailure("Veerkracht configures only SQL databases; \(type(of: self)) is not one.")
        }
        return sql
    }
}
