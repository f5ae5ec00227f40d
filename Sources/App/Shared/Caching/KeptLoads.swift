import Foundation
import NIOConcurrencyHelpers

/// Values read from the database and kept per key under a stamp that names what they were
/// made from; at most `capacity` keys, the one read longest ago making room. However many
/// requests ask for a key at once, one of them makes the value and the others wait for it:
/// the first visits after a start or a change would otherwise all read the same 100,000 rows.
/// The results of a wave and its response rates are kept this way.
///
/// A lock, not an actor: every results page reads here, and under 32 connections the hops
/// onto one actor made some requests wait behind all the others.
final class KeptLoads<Key: Hashable & Sendable, Stamp: Equatable & Sendable, Value: Sendable>: Sendable {
    private struct Made {
        let stamp: Stamp
        let madeAt: Date
        let value: Value
    }

    private struct State {
        var made: RecentlyRead<Key, Made>
        var making: [Key: (stamp: Stamp, task: Task<Value, any Error>)] = [:]
        var loads = 0
    }

    private enum Lookup {
        case made(Value)
        case waiting(Task<Value, any Error>)
        case started(Task<Value, any Error>)
    }

    private let state: NIOLockedValueBox<State>
    let capacity: Int

    init(capacity: Int) {
        let made = RecentlyRead<Key, Made>(capacity: capacity)
        self.capacity = made.capacity
        state = NIOLockedValueBox(State(made: made))
    }

    /// How many values were made rather than read: tests count them.
    var loads: Int { state.withLockedValue { $0.loads } }

    /// The keys whose values are kept now.
    var keys: Set<Key> { state.withLockedValue { $0.made.keys } }

    func removeAll() { state.withLockedValue { $0.made.removeAll() } }

    /// The value kept for `key` under `stamp` while `isFresh` holds for the moment it was made;
    /// else the one being made for the same stamp, or one made now by `make` and kept.
    func value(
        for key: Key, stamp: Stamp, now: Date, isFresh: (Date) -> Bool = { _ in true },
        make: @escaping @Sendable () async throws -> Value
    ) async throws -> Value {
        let lookup = state.withLockedValue { state -> Lookup in
            if let kept = state.made.read(key), kept.stamp == stamp, isFresh(kept.madeAt) { return .made(kept.value) }
            if let making = state.making[key], making.stamp == stamp { return .waiting(making.task) }
            state.loads += 1
            let task = Task { try await make() }
            state.making[key] = (stamp, task)
            return .started(task)
        }
        switch lookup {
        case .made(let value): return value
        case .waiting(let task): return try await task.value
        case .started(let task):
            let outcome = await task.result
            state.withLockedValue { state in
                if state.making[key]?.stamp == stamp { state.making[key] = nil }
                if case .success(let value) = outcome { state.made.keep(Made(stamp: stamp, madeAt: now, value: value), for: key) }
            }
            return try outcome.get()
        }
    }
}
