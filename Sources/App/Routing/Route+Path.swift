import Foundation
import Vapor

/// A route as the path links use and as the pattern Vapor matches.
extension Route {
    /// The path to link to, e.g. `/o/3F2…/units`.
    var path: String {
        "/"
            + segments.map {
                switch $0 {
                case .fixed(let text): text
                case .parameter(_, let value): Self.escaped(value)
                }
            }.joined(separator: "/")
    }

    /// A parameter as one path segment: letters, digits and `-._~` stay, every other byte
    /// becomes `%XX` (a `/` too). By hand, since ids and link tokens never need escaping and
    /// Foundation's encoder cost a sixtieth of every submitted scan.
    static func escaped(_ value: String) -> String {
        func unreserved(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                true
            default: false
            }
        }
        guard !value.utf8.allSatisfy(unreserved) else { return value }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in value.utf8 {
            if unreserved(byte) { bytes.append(byte) } else { bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 15)]] }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The pattern Vapor matches, e.g. `o/:org/units`.
    var pattern: [PathComponent] {
        segments.map {
            switch $0 {
            case .fixed(let text): .constant(text)
            case .parameter(let name, _): .parameter(name)
            }
        }
    }
}
