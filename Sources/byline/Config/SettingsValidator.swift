import Foundation

/// Checks each effective setting's range; the first bad one stops start-up (exit status 2).
struct SettingsValidator: Sendable {
    let loaded: LoadedSettings

    func validate() throws(SettingsError) {
        let settings = loaded.settings
        try require(.host, settings.host, !settings.host.isEmpty && !settings.host.contains(where: \.isWhitespace),
            "must be an address or host name without spaces")
        try require(.port, settings.port, (0...65535).contains(settings.port), "must be between 0 and 65535")
        try validateCorpus(settings.corpus)
        try require(.maxConnections, settings.maxConnections, (1...1_000_000).contains(settings.maxConnections),
            "must be between 1 and 1000000")
        try require(.maxHeaderBytes, settings.maxHeaderBytes, (1024...1_048_576).contains(settings.maxHeaderBytes),
            "must be between 1024 and 1048576")
        try require(.maxBodyBytes, settings.maxBodyBytes, (0...104_857_600).contains(settings.maxBodyBytes),
            "must be between 0 and 104857600")
        for (key, value) in [(SettingKey.requestTimeout, settings.requestTimeout), (.idleTimeout, settings.idleTimeout)] {
            try require(key, value, value.isFinite && value > 0 && value <= 86_400, "must be a number of seconds above 0, at most 86400")
        }
        try require(.drainTimeout, settings.drainTimeout,
            settings.drainTimeout.isFinite && settings.drainTimeout >= 0 && settings.drainTimeout <= 3_600,
            "must be a number of seconds from 0 to 3600")
        try require(.corsOrigins, settings.corsOrigins.joined(separator: ","),
            settings.corsOrigins.allSatisfy(Self.isOrigin), "each must be * or an origin such as https://example.org")
        try require(.gzipMinimumSize, settings.gzipMinimumSize, settings.gzipMinimumSize >= 0, "must not be negative")
        try require(.cacheMaxAge, settings.cacheMaxAge, (0...31_536_000).contains(settings.cacheMaxAge),
            "must be between 0 and 31536000 seconds")
        try require(.cacheMemoryMB, settings.cacheMemoryMB, (0...65_536).contains(settings.cacheMemoryMB),
            "must be between 0 and 65536 MiB")
        if let token = settings.adminToken {
            try require(.adminToken, "<redacted>", token.count >= 16 && !token.contains(where: \.isWhitespace),
                "must be at least 16 characters without spaces")
        }
    }

    private func validateCorpus(_ corpus: String?) throws(SettingsError) {
        guard let corpus else {
            throw SettingsError(key: SettingKey.corpus.key, value: nil, source: .defaultValue,
                reason: "no corpus folder found in the working directory or beside the executable; set --corpus")
        }
        var isDirectory: ObjCBool = false
        try require(.corpus, corpus,
            FileManager.default.fileExists(atPath: corpus, isDirectory: &isDirectory) && isDirectory.boolValue,
            "no such folder")
    }

    private func require(_ key: SettingKey, _ value: some CustomStringConvertible, _ valid: Bool, _ reason: String)
        throws(SettingsError)
    {
        guard !valid else { return }
        throw SettingsError(
            key: key.key, value: value.description, source: loaded.sources[key] ?? .defaultValue, reason: reason)
    }

    /// RFC 6454 §7.1: an origin is scheme "://" host [":" port], no path.
    static func isOrigin(_ origin: String) -> Bool {
        if origin == "*" { return true }
        guard let url = URL(string: origin), let scheme = url.scheme, ["http", "https"].contains(scheme),
            url.host != nil, url.path.isEmpty, url.query == nil
        else { return false }
        return true
    }
}
