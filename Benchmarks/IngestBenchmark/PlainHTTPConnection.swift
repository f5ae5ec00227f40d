import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A kept-alive HTTP/1.1 connection over a blocking socket, for the load generator only.
///
/// The load runs on the same two cores as the server it measures. A general client spent a
/// third of a millisecond of CPU per request here, which would be measured as the server's
/// slowness; like `wrk` or `pgbench`, this one does next to nothing besides the request.
/// It knows just enough HTTP for Veerkracht's answers: a status line, headers and a body of
/// `Content-Length` bytes.
final class PlainHTTPConnection {
    struct Failure: Error, CustomStringConvertible { let description: String }

    private let socket: Int32
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    private var buffered = 0

    init(host: String, port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "cannot open a socket") }
        var noDelay: Int32 = 1
        setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            close(socket)
            throw Failure(description: "\(host) is not an IPv4 address")
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(socket)
            throw Failure(description: "cannot connect to \(host):\(port)")
        }
    }

    deinit { close(socket) }

    /// Sends `request` (complete bytes) and returns the response's status code.
    func send(_ request: [UInt8]) throws -> Int {
        var sent = 0
        while sent < request.count {
            let written = request.withUnsafeBytes { write(socket, $0.baseAddress! + sent, request.count - sent) }
            guard written > 0 else { throw Failure(description: "the server closed the connection") }
            sent += written
        }
        return try readResponse()
    }

    private func readResponse() throws -> Int {
        var headerEnd: Int?
        while true {
            headerEnd = find([13, 10, 13, 10])
            if headerEnd != nil { break }
            try fill()
        }
        let head = String(decoding: buffer[0..<headerEnd!], as: UTF8.self)
        let lines = head.split(separator: "\r\n")
        guard let statusLine = lines.first, statusLine.hasPrefix("HTTP/1.1 "),
            let status = Int(statusLine.dropFirst(9).prefix(3))
        else {
            throw Failure(description: "not an HTTP response: \(lines.first ?? "")")
        }
        let length =
            lines.dropFirst().compactMap { line -> Int? in
                let parts = line.split(separator: ":", maxSplits: 1)
                guard parts.count == 2, parts[0].lowercased() == "content-length" else { return nil }
                return Int(parts[1].trimmingCharacters(in: .whitespaces))
            }.first ?? 0
        let total = headerEnd! + 4 + length
        while buffered < total { try fill() }
        // Whatever came after this response (nothing, with one request at a time) moves to the front.
        buffer.withUnsafeMutableBytes { _ = memmove($0.baseAddress!, $0.baseAddress! + total, buffered - total) }
        buffered -= total
        return status
    }

    private func fill() throws {
        if buffered == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
        let count = buffer.withUnsafeMutableBytes { read(socket, $0.baseAddress! + buffered, $0.count - buffered) }
        guard count > 0 else { throw Failure(description: "the server closed the connection") }
        buffered += count
    }

    private func find(_ pattern: [UInt8]) -> Int? {
        guard buffered >= pattern.count else { return nil }
        for start in 0...(buffered - pattern.count) where buffer[start] == pattern[0] {
            if buffer[start..<start + pattern.count].elementsEqual(pattern) { return start }
        }
        return nil
    }
}
