import Configuration
import BylineLogging
import Logging

/// Reads every `SettingKey` through one `ConfigReader`, remembering which source supplied it.
///
/// A value that is present but of the wrong type (`BYLINE_PORT=eighty`) is an error naming the
/// source, never a silent fall back to the default.
struct SettingsReading {
    let reader: ConfigReader
    let recorder: ProvenanceRecorder
    /// Provider index -> source of a key, in the order the providers were given.
    let sources: [(SettingKey) -> SettingSource]
    let environment: [String: String]
    /// Settings found by looking rather than configured (the corpus folder).
    var located: [SettingKey: SettingSource] = [:]
    private var provided: [SettingKey: SettingSource] = [:]

    init(
        reader: ConfigReader, recorder: ProvenanceRecorder,
        sources: [(SettingKey) -> SettingSource], environment: [String: String]
    ) {
        self.reader = reader
        self.recorder = recorder
        self.sources = sources
        self.environment = environment
    }

    mutating func read() throws(SettingsError) -> Settings {
        var settings = Settings()
        if let value = try string(.host) { settings.host = value }
        if let value = try int(.port) { settings.port = value }
        if let value = try string(.corpus) { settings.corpus = value }
        if let value = try int(.maxConnections) { settings.maxConnections = value }
        if let value = try int(.maxHeaderBytes) { settings.maxHeaderBytes = value }
        if let value = try int(.maxBodyBytes) { settings.maxBodyBytes = value }
        if let value = try seconds(.requestTimeout) { settings.requestTimeout = value }
        if let value = try seconds(.idleTimeout) { settings.idleTimeout = value }
        if let value = try seconds(.drainTimeout) { settings.drainTimeout = value }
        if let value = try strings(.corsOrigins) { settings.corsOrigins = value }
        if let value = try bool(.gzipEnabled) { settings.gzipEnabled = value }
        if let value = try int(.gzipMinimumSize) { settings.gzipMinimumSize = value }
        if let value = try int(.cacheMaxAge) { settings.cacheMaxAge = value }
        if let value = try int(.cacheMemoryMB) { settings.cacheMemoryMB = value }
        if let value = try choice(.logLevel, Logger.Level.allCases) { settings.logLevel = value }
        if let value = try choice(.logFormat, LogFormat.allCases) { settings.logFormat = value }
        if let value = try string(.adminToken) { settings.adminToken = value }
        return settings
    }

    func effectiveSources() -> [SettingKey: SettingSource] {
        var all: [SettingKey: SettingSource] = [:]
        for key in SettingKey.all {
            all[key] = provided[key] ?? located[key] ?? .defaultValue
        }
        return all
    }

    // MARK: typed reads

    private mutating func string(_ key: SettingKey) throws(SettingsError) -> String? {
        try checked(key, reader.string(forKey: ConfigKey(key.key)), expected: "a string")
    }

    private mutating func int(_ key: SettingKey) throws(SettingsError) -> Int? {
        try checked(key, reader.int(forKey: ConfigKey(key.key)), expected: "an integer")
    }

    private mutating func bool(_ key: SettingKey) throws(SettingsError) -> Bool? {
        try checked(key, reader.bool(forKey: ConfigKey(key.key)), expected: "true or false")
    }

    /// Seconds as a number; a JSON integer (`"drainTimeout": 5`) is as good as `5.0`.
    private mutating func seconds(_ key: SettingKey) throws(SettingsError) -> Double? {
        if let value = reader.double(forKey: ConfigKey(key.key)), recorder.record(for: key.key)?.problem == nil {
            return try checked(key, value, expected: "a number of seconds")
        }
        let whole = reader.int(forKey: ConfigKey(key.key)).map(Double.init)
        return try checked(key, whole, expected: "a number of seconds")
    }

    /// A list; a single string (`"cors": {"origins": "*"}`) counts as a list of one.
    private mutating func strings(_ key: SettingKey) throws(SettingsError) -> [String]? {
        if let value = reader.stringArray(forKey: ConfigKey(key.key)), recorder.record(for: key.key)?.problem == nil {
            return try checked(key, value.map { $0.trimmingWhitespace() }, expected: "a list of strings")
        }
        let single = reader.string(forKey: ConfigKey(key.key)).map { [$0] }
        return try checked(key, single, expected: "a list of strings")
    }

    private mutating func choice<Value: RawRepresentable<String>>(
        _ key: SettingKey, _ allowed: [Value]
    ) throws(SettingsError) -> Value? {
        guard let raw = try string(key) else { return nil }
        guard let value = Value(rawValue: raw.lowercased()) else {
            throw SettingsError(
                key: key.key, value: raw, source: provided[key] ?? .defaultValue,
                reason: "expected one of \(allowed.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    /// Records the source of a provided value, or turns an unreadable one into an error.
    private mutating func checked<Value>(
        _ key: SettingKey, _ value: Value?, expected: String
    ) throws(SettingsError) -> Value? {
        guard let record = recorder.record(for: key.key), let index = record.providerIndex,
            sources.indices.contains(index)
        else { return value }
        let source = sources[index](key)
        guard record.problem == nil, let value else {
            let shown: String? =
                if case .environment(let name) = source { environment[name] } else { record.rawValue }
            throw SettingsError(
                key: key.key, value: key == .adminToken ? "<redacted>" : shown, source: source,
                reason: "expected \(expected)")
        }
        provided[key] = source
        return value
    }
}

extension String {
    func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
