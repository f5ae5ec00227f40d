import NIOPosix
import Vapor

/// Threads for work that keeps a core busy for a while: password hashes, reading an uploaded
/// file, zipping an export. Vapor's blocking pool (one thread per core) is where the SQLite
/// driver runs every statement, so work of this kind there made every page wait: a bcrypt hash
/// at cost 12 holds a thread for a quarter of a second, two people signing in at once held
/// back every page of an SQLite server that long, and a queue of sign-ins (a team after a
/// meeting, or the test run's hundreds) kept statements waiting past the database pool's ten
/// seconds. Here the work still shares the cores with everything else, but a statement no
/// longer waits in line behind it.
enum ComputeThreads {
    /// One pool for the process, as NIO's own: started on first use, never stopped.
    static let pool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: System.coreCount)
        pool.start()
        return pool
    }()
}

extension Application {
    /// Hashes and checks passwords on `ComputeThreads`.
    var passwordHashing: AsyncPasswordHasher {
        password.sync.async(on: ComputeThreads.pool, hopTo: eventLoopGroup.any())
    }
}

extension Request {
    /// Hashes and checks passwords on `ComputeThreads`, answering on this request's loop.
    var passwordHashing: AsyncPasswordHasher {
        application.password.sync.async(on: ComputeThreads.pool, hopTo: eventLoop)
    }
}
