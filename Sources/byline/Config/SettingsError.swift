/// Why start-up refuses the configuration: one line naming the setting and its source.
struct SettingsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The setting's config key ("port"), or "config" for the file itself.
    let key: String
    let value: String?
    let source: SettingSource
    let reason: String

    var description: String {
        let shown = value.map { " = \($0)" } ?? ""
        return "invalid setting '\(key)'\(shown) from \(source): \(reason)"
    }
}
