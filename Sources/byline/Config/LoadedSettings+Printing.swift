/// `byline serve --print-config`: the effective value of every setting and its source.
extension LoadedSettings {
    func printable() -> String {
        let rows = SettingKey.all.map { key in
            (key.key, shownValue(key), "\(sources[key] ?? .defaultValue)")
        }
        let keyWidth = rows.map(\.0.count).max() ?? 0
        let valueWidth = min(rows.map(\.1.count).max() ?? 0, 48)
        var lines = ["config file: \(configFile ?? "none")"]
        for (key, value, source) in rows {
            lines.append(key.padded(to: keyWidth) + "  " + value.padded(to: valueWidth) + "  " + source)
        }
        return lines.joined(separator: "\n")
    }

    func shownValue(_ key: SettingKey) -> String {
        switch key {
        case .host: settings.host
        case .port: String(settings.port)
        case .corpus: settings.corpus ?? "(none)"
        case .maxConnections: String(settings.maxConnections)
        case .maxHeaderBytes: String(settings.maxHeaderBytes)
        case .maxBodyBytes: String(settings.maxBodyBytes)
        case .requestTimeout: String(settings.requestTimeout)
        case .idleTimeout: String(settings.idleTimeout)
        case .drainTimeout: String(settings.drainTimeout)
        case .corsOrigins: settings.corsOrigins.joined(separator: ",")
        case .gzipEnabled: String(settings.gzipEnabled)
        case .gzipMinimumSize: String(settings.gzipMinimumSize)
        case .cacheMaxAge: String(settings.cacheMaxAge)
        case .cacheMemoryMB: String(settings.cacheMemoryMB)
        case .logLevel: settings.logLevel.rawValue
        case .logFormat: settings.logFormat.rawValue
        case .adminToken: settings.adminToken == nil ? "(unset: /admin/reload disabled)" : "<redacted>"
        default: "?"
        }
    }
}

extension String {
    fileprivate func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
