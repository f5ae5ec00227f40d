/// A map with a bound: past `capacity` entries it forgets the one read longest ago. The caches
/// of whole waves use it, so a server that is asked about many waves keeps only a few of them
/// in memory. Eviction looks at every entry, which is cheap at the few entries it is made for.
struct RecentlyRead<Key: Hashable, Value> {
    let capacity: Int
    private var entries: [Key: (value: Value, lastRead: UInt64)] = [:]
    private var tick: UInt64 = 0

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    var keys: Set<Key> { Set(entries.keys) }

    /// The value kept for `key`, which then counts as read most recently.
    mutating func read(_ key: Key) -> Value? {
        guard let entry = entries[key] else { return nil }
        tick += 1
        entries[key] = (entry.value, tick)
        return entry.value
    }

    mutating func keep(_ value: Value, for key: Key) {
        tick += 1
        entries[key] = (value, tick)
        while entries.count > capacity, let oldest = entries.min(by: { $0.value.lastRead < $1.value.lastRead })?.key {
            entries[oldest] = nil
        }
    }

    mutating func removeAll() { entries = [:] }
}

extension RecentlyRead: Sendable where Key: Sendable, Value: Sendable {}
