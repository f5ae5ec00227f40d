/// The built-in instruments, every published version of each.
public enum InstrumentCatalog {
    public static let all: [Instrument] = [DLOScan.version1, LOScan.version1, LearningPreferenceScan.version1]

    public static func instrument(id: String, version: Int) -> Instrument? {
        all.first { $0.id == id && $0.version == version }
    }

    /// The newest version of each instrument: what a new wave uses.
    public static var latest: [Instrument] {
        Dictionary(grouping: all, by: \.id).values.compactMap { $0.max { $0.version < $1.version } }
            .sorted { $0.id < $1.id }
    }

    /// The checksum of every published version. A published version never changes: if a test
    /// finds a different checksum, the change belongs in a new version instead.
    public static let publishedChecksums: [String: String] = [
        "dlo@1": "8a82ec6a7c932789",
        "lo@1": "ac094d4dff9d1dbc",
        "lp@1": "cc2594266ab76146"
    ]
}
