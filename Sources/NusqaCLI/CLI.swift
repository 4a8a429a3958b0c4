import NusqaKit

/// The `nusqa` command line.
public enum CLI {
    /// Runs the command line with the process arguments and exits.
    public static func main() {}
}
