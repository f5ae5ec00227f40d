public enum VeerkrachtVersion {
    public static let current = "0.1.0"
}
