/// How log lines are written to stdout.
public enum LogFormat: String, Sendable, CaseIterable {
    /// One human-readable line per event.
    case text
    /// One JSON object per line, for log collectors (the container's default).
    case json
}
