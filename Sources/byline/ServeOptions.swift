import ArgumentParser
import Configuration

/// The flags of `byline serve`: the top layer of configuration.
///
/// Every option is optional with no default of its own, so that an absent flag lets the
/// environment, the config file or the built-in default decide (swift-configuration's advice
/// for argument-parser integration).
struct ServeOptions: ParsableArguments {
    @Option(help: "Config file (JSON). Default: config/byline.json when present.")
    var config: String?
    @Option(help: ArgumentHelp(SettingKey.host.help)) var host: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(SettingKey.port.help)) var port: Int?
    @Option(help: ArgumentHelp(SettingKey.corpus.help)) var corpus: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(SettingKey.maxConnections.help)) var maxConnections: Int?
    @Option(parsing: .unconditional, help: ArgumentHelp(SettingKey.maxHeaderBytes.help)) var maxHeaderBytes: Int?
    @Option(parsing: .unconditional, help: ArgumentHelp(SettingKey.maxBodyBytes.help)) var maxBodyBytes: Int?
    @Option(parsing: .unconditional, help: ArgumentHelp(SettingKey.requestTimeout.help)) var requestTimeout: Double?
    @Option(parsing: .unconditional, help: ArgumentHelp(SettingKey.idleTimeout.help)) var idleTimeout: Double?
    @Option(parsing: .unconditional, help: ArgumentHelp(SettingKey.drainTimeout.help)) var drainTimeout: Double?
    @Option(name: .customLong("cors-origin"), help: ArgumentHelp(SettingKey.corsOrigins.help))
    var corsOrigins: [String] = []
    @Flag(inversion: .prefixedNo, help: ArgumentHelp(SettingKey.gzipEnabled.help)) var gzip: Bool?
    @Option(parsing: .unconditional, help: ArgumentHelp(SettingKey.gzipMinimumSize.help)) var gzipMinimumSize: Int?
    @Option(parsing: .unconditional, help: ArgumentHelp(SettingKey.cacheMaxAge.help)) var cacheMaxAge: Int?
    @Option(name: .customLong("cache-memory-mb"), parsing: .unconditional, help: ArgumentHelp(SettingKey.cacheMemoryMB.help))
    var cacheMemoryMB: Int?
    @Option(help: ArgumentHelp(SettingKey.logLevel.help)) var logLevel: String?
    @Option(help: ArgumentHelp(SettingKey.logFormat.help)) var logFormat: String?
    @Option(help: ArgumentHelp(SettingKey.adminToken.help)) var adminToken: String?

    /// The flags given, as configuration values for the top provider.
    var values: [SettingKey: ConfigContent] {
        var values: [SettingKey: ConfigContent] = [:]
        values[.host] = host.map(ConfigContent.string)
        values[.port] = port.map(ConfigContent.int)
        values[.corpus] = corpus.map(ConfigContent.string)
        values[.maxConnections] = maxConnections.map(ConfigContent.int)
        values[.maxHeaderBytes] = maxHeaderBytes.map(ConfigContent.int)
        values[.maxBodyBytes] = maxBodyBytes.map(ConfigContent.int)
        values[.requestTimeout] = requestTimeout.map(ConfigContent.double)
        values[.idleTimeout] = idleTimeout.map(ConfigContent.double)
        values[.drainTimeout] = drainTimeout.map(ConfigContent.double)
        values[.corsOrigins] = corsOrigins.isEmpty ? nil : .stringArray(corsOrigins)
        values[.gzipEnabled] = gzip.map(ConfigContent.bool)
        values[.gzipMinimumSize] = gzipMinimumSize.map(ConfigContent.int)
        values[.cacheMaxAge] = cacheMaxAge.map(ConfigContent.int)
        values[.cacheMemoryMB] = cacheMemoryMB.map(ConfigContent.int)
        values[.logLevel] = logLevel.map(ConfigContent.string)
        values[.logFormat] = logFormat.map(ConfigContent.string)
        values[.adminToken] = adminToken.map(ConfigContent.string)
        return values
    }
}
