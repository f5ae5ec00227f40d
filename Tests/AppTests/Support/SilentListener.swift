import NIOConcurrencyHelpers

#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// A TCP port on 127.0.0.1 that takes connections and never answers. The kernel completes the
/// handshake for a listening socket whether or not anyone accepts, so a client connects, sends
/// its request and waits. Nothing runs in this process when a connection comes in: an HTTP server
/// here (a second Vapor application) once took the whole test process down in the Swift
/// runtime while it set up an accepted connection.
final class SilentListener: Sendable {
    let port: Int
    private let socketDescriptor: NIOLockedValueBox<Int32?>

    struct Failed: Error { let step: String }

    init() throws {
        #if canImport(Glibc)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw Failed(step: "socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        guard bound == 0, listen(descriptor, 16) == 0 else {
            close(descriptor)
            throw Failed(step: "bind or listen")
        }
        var named = sockaddr_in()
        var namedLength = length
        let found = withUnsafeMutablePointer(to: &named) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &namedLength) }
        }
        guard found == 0 else {
            close(descriptor)
            throw Failed(step: "getsockname")
        }
        socketDescriptor = NIOLockedValueBox(descriptor)
        port = Int(UInt16(bigEndian: named.sin_port))
    }

    /// Stops listening: connections waiting to be accepted are reset.
    func stop() {
        socketDescriptor.withLockedValue { descriptor in
            if let open = descriptor { close(open) }
            descriptor = nil
        }
    }

    deinit { stop() }
}
