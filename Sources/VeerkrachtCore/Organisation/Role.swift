/// What a person may do inside one organisation. Installation administrators are not a role
/// here: they manage organisations, not the work inside them.
public enum Role: String, CaseIterable, Sendable, Codable, Comparable {
    /// Reads results.
    case viewer
    /// Reads results and the dashboard, and holds the conversation about them.
    case manager
    /// Runs scans and the portfolio, keeps units and people up to date.
    case advisor

    private var rank: Int {
        switch self {
        case .viewer: 0
        case .manager: 1
        case .advisor: 2
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }

    /// Units and people are the advisor's to keep.
    public var maintainsOrganisation: Bool { self == .advisor }
}
