/// One documented setting: its key in the config file, its environment variable and its flag.
///
/// The single list in `SettingKey.all` drives loading, `--print-config`, error messages and the
/// configuration table in the README, so a key cannot be documented in one place and not another.
struct SettingKey: Sendable, Hashable {
    /// Dotted key as written in `config/byline.json`: `"gzip.minimumSize"` is `{"gzip": {"minimumSize": …}}`.
    let key: String
    /// swift-configuration's mapping of `byline.<key>`: camelCase and dots become `_`, upper-cased.
    let environment: String
    /// The `byline serve` flag, with its dashes.
    let flag: String
    let help: String

    init(_ key: String, flag: String, help: String) {
        self.key = key
        self.environment = Self.environmentName(for: "byline." + key)
        self.flag = flag
        self.help = help
    }

    /// `byline.gzip.minimumSize` -> `BYLINE_GZIP_MINIMUM_SIZE`, the rule swift-configuration's
    /// `EnvironmentVariablesProvider` applies to look a key up.
    static func environmentName(for key: String) -> String {
        var name = ""
        var previous: Character?
        for character in key {
            if character.isUppercase, let previous, previous.isLowercase || previous.isNumber {
                name.append("_")
            }
            name += character.isLetter || character.isNumber ? character.uppercased() : "_"
            previous = character
        }
        return name
    }
}

extension SettingKey {
    static let host = SettingKey("host", flag: "--host", help: "Address to listen on.")
    static let port = SettingKey("port", flag: "--port", help: "TCP port; 0 picks a free one.")
    static let corpus = SettingKey("corpus", flag: "--corpus", help: "Folder of article .txt files.")
    static let maxConnections = SettingKey(
        "maxConnections", flag: "--max-connections", help: "Open connections at most.")
    static let maxHeaderBytes = SettingKey(
        "maxHeaderBytes", flag: "--max-header-bytes", help: "Request line and headers, bytes at most.")
    static let maxBodyBytes = SettingKey(
        "maxBodyBytes", flag: "--max-body-bytes", help: "Request body, bytes at most.")
    static let requestTimeout = SettingKey(
        "requestTimeout", flag: "--request-timeout", help: "Seconds to receive one request.")
    static let idleTimeout = SettingKey(
        "idleTimeout", flag: "--idle-timeout", help: "Seconds an idle keep-alive connection stays open.")
    static let drainTimeout = SettingKey(
        "drainTimeout", flag: "--drain-timeout", help: "Seconds busy connections get after SIGTERM.")
    static let corsOrigins = SettingKey(
        "cors.origins", flag: "--cors-origin", help: "Allowed browser origins (repeatable; * for any).")
    static let gzipEnabled = SettingKey("gzip.enabled", flag: "--gzip", help: "Compress responses.")
    static let gzipMinimumSize = SettingKey(
        "gzip.minimumSize", flag: "--gzip-minimum-size", help: "Bytes below which bodies stay plain.")
    static let cacheMaxAge = SettingKey(
        "cacheMaxAge", flag: "--cache-max-age", help: "Cache-Control max-age, seconds.")
    static let cacheMemoryMB = SettingKey(
        "cacheMemoryMB", flag: "--cache-memory-mb", help: "MiB the response caches may hold, together (0: off).")
    static let logLevel = SettingKey(
        "log.level", flag: "--log-level", help: "trace, debug, info, notice, warning, error, critical.")
    static let logFormat = SettingKey("log.format", flag: "--log-format", help: "text or json.")
    static let adminToken = SettingKey(
        "admin.token", flag: "--admin-token", help: "Bearer token for POST /admin/reload; unset disables it.")

    static let all: [SettingKey] = [
        host, port, corpus, maxConnections, maxHeaderBytes, maxBodyBytes, requestTimeout,
        idleTimeout, drainTimeout, corsOrigins, gzipEnabled, gzipMinimumSize, cacheMaxAge,
        cacheMemoryMB, logLevel, logFormat, adminToken,
    ]
}
