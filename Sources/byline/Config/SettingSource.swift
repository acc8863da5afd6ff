/// Where an effective setting came from, for `--print-config` and start-up errors.
enum SettingSource: Sendable, Hashable, CustomStringConvertible {
    case defaultValue
    /// A config file, by the path given or found.
    case file(String)
    /// An environment variable, by name.
    case environment(String)
    /// A command-line flag, by name.
    case flag(String)
    /// Not configured: found by looking (the corpus folder), with where it was found.
    case located(String)

    var description: String {
        switch self {
        case .defaultValue: "default"
        case .file(let path): "file \(path)"
        case .environment(let name): "environment \(name)"
        case .flag(let name): "flag \(name)"
        case .located(let how): "located (\(how))"
        }
    }
}
