import Configuration
import Foundation
import Testing

@testable import byline

/// Layering defaults < file < environment < flags, and start-up errors that name their source.
@Suite struct SettingsLoaderTests {
    let folder = TemporaryFolder()

    func loader(
        flags: [SettingKey: ConfigContent] = [:], configFile: String? = nil, environment: [String: String] = [:]
    ) -> SettingsLoader {
        SettingsLoader(
            flags: flags, configFile: configFile, environment: environment,
            workingDirectory: folder.path, executablePath: nil)
    }

    @Test func defaults_applyWhenNothingIsConfigured() async throws {
        try folder.makeCorpus()
        let loaded = try await loader().load()
        #expect(loaded.settings.port == 8080)
        #expect(loaded.settings.host == "127.0.0.1")
        #expect(loaded.settings.corsOrigins == ["*"])
        #expect(loaded.sources[.port] == .defaultValue)
        #expect(loaded.settings.corpus == folder.path + "/corpus")
        #expect(loaded.sources[.corpus] == .located("working directory"))
        #expect(loaded.configFile == nil)
    }

    @Test func configFile_overridesDefaults() async throws {
        try folder.makeCorpus()
        try folder.write(
            "config/byline.json",
            #"{"port": 9001, "gzip": {"minimumSize": 10, "enabled": false}, "cors": {"origins": ["https://a.example"]}, "drainTimeout": 3}"#)
        let loaded = try await loader().load()
        #expect(loaded.settings.port == 9001)
        #expect(loaded.settings.gzipMinimumSize == 10)
        #expect(loaded.settings.gzipEnabled == false)
        #expect(loaded.settings.corsOrigins == ["https://a.example"])
        #expect(loaded.settings.drainTimeout == 3)
        #expect(loaded.sources[.port] == .file(folder.path + "/config/byline.json"))
    }

    @Test func environment_overridesFile_andFlags_overrideEnvironment() async throws {
        try folder.makeCorpus()
        try folder.write("config/byline.json", #"{"port": 9001, "host": "0.0.0.0", "log": {"level": "debug"}}"#)
        let loaded = try await loader(
            flags: [.port: .int(9003)],
            environment: ["BYLINE_PORT": "9002", "BYLINE_HOST": "::1", "BYLINE_LOG_FORMAT": "json"]
        ).load()
        #expect(loaded.settings.port == 9003)
        #expect(loaded.sources[.port] == .flag("--port"))
        #expect(loaded.settings.host == "::1")
        #expect(loaded.sources[.host] == .environment("BYLINE_HOST"))
        #expect(loaded.settings.logLevel == .debug)
        #expect(loaded.settings.logFormat == .json)
    }

    @Test func everyKey_isReadFromItsEnvironmentVariable() async throws {
        try folder.makeCorpus()
        let environment: [String: String] = [
            "BYLINE_HOST": "0.0.0.0", "BYLINE_PORT": "1234", "BYLINE_CORPUS": folder.path + "/corpus",
            "BYLINE_MAX_CONNECTIONS": "7", "BYLINE_MAX_HEADER_BYTES": "2048", "BYLINE_MAX_BODY_BYTES": "9",
            "BYLINE_REQUEST_TIMEOUT": "2.5", "BYLINE_IDLE_TIMEOUT": "3", "BYLINE_DRAIN_TIMEOUT": "4",
            "BYLINE_CORS_ORIGINS": "https://a.example,https://b.example", "BYLINE_GZIP_ENABLED": "false",
            "BYLINE_GZIP_MINIMUM_SIZE": "5", "BYLINE_CACHE_MAX_AGE": "6", "BYLINE_CACHE_MEMORY_MB": "0", "BYLINE_LOG_LEVEL": "trace",
            "BYLINE_LOG_FORMAT": "json", "BYLINE_ADMIN_TOKEN": "0123456789abcdef",
        ]
        let loaded = try await loader(environment: environment).load()
        for key in SettingKey.all {
            #expect(loaded.sources[key] == .environment(key.environment), "\(key.key)")
        }
        #expect(loaded.settings.requestTimeout == 2.5)
        #expect(loaded.settings.corsOrigins == ["https://a.example", "https://b.example"])
        #expect(loaded.settings.adminToken == "0123456789abcdef")
        #expect(loaded.settings.cacheMemoryMB == 0)
        #expect(loaded.settings.cacheBudget.composedBytes == 0)
        #expect(!loaded.printable().contains("0123456789abcdef"))
    }

    @Test(arguments: [
        (["BYLINE_PORT": "70000"], "port", "environment BYLINE_PORT"),
        (["BYLINE_PORT": "eighty"], "port", "environment BYLINE_PORT"),
        (["BYLINE_REQUEST_TIMEOUT": "-1"], "requestTimeout", "environment BYLINE_REQUEST_TIMEOUT"),
        (["BYLINE_CORPUS": "/no/such/folder"], "corpus", "environment BYLINE_CORPUS"),
        (["BYLINE_LOG_LEVEL": "loud"], "log.level", "environment BYLINE_LOG_LEVEL"),
        (["BYLINE_CORS_ORIGINS": "example.org/path"], "cors.origins", "environment BYLINE_CORS_ORIGINS"),
        (["BYLINE_ADMIN_TOKEN": "short"], "admin.token", "environment BYLINE_ADMIN_TOKEN"),
        (["BYLINE_CACHE_MEMORY_MB": "-1"], "cacheMemoryMB", "environment BYLINE_CACHE_MEMORY_MB"),
    ])
    func invalidValue_namesSettingAndSource(environment: [String: String], key: String, source: String) async throws {
        try folder.makeCorpus()
        let error = await #expect(throws: SettingsError.self) { try await loader(environment: environment).load() }
        #expect(error?.key == key)
        #expect(error?.description.contains(source) == true, "\(error?.description ?? "")")
        #expect(error?.description.contains("\n") == false)
    }

    @Test func invalidFlag_namesTheFlag() async throws {
        try folder.makeCorpus()
        let error = await #expect(throws: SettingsError.self) {
            try await loader(flags: [.drainTimeout: .double(-3)]).load()
        }
        #expect(error?.description == "invalid setting 'drainTimeout' = -3.0 from flag --drain-timeout: must be a number of seconds from 0 to 3600")
    }

    @Test func invalidFileValue_namesTheFile() async throws {
        try folder.makeCorpus()
        try folder.write("config/byline.json", #"{"port": "eighty"}"#)
        let error = await #expect(throws: SettingsError.self) { try await loader().load() }
        #expect(error?.key == "port")
        #expect(error?.source == .file(folder.path + "/config/byline.json"))
    }

    @Test func missingExplicitConfigFile_isAnError() async throws {
        try folder.makeCorpus()
        let error = await #expect(throws: SettingsError.self) { try await loader(configFile: "nope.json").load() }
        #expect(error?.key == "config")
        #expect(error?.source == .flag("--config"))
    }

    @Test func malformedConfigFile_isAnError() async throws {
        try folder.makeCorpus()
        try folder.write("config/byline.json", "{ not json")
        let error = await #expect(throws: SettingsError.self) { try await loader().load() }
        #expect(error?.key == "config")
    }

    @Test func noCorpusAnywhere_isAnError() async throws {
        let error = await #expect(throws: SettingsError.self) { try await loader().load() }
        #expect(error?.key == "corpus")
    }

    @Test func environmentNames_followTheProviderRule() {
        #expect(SettingKey.gzipMinimumSize.environment == "BYLINE_GZIP_MINIMUM_SIZE")
        #expect(SettingKey.corsOrigins.environment == "BYLINE_CORS_ORIGINS")
        #expect(SettingKey.maxConnections.environment == "BYLINE_MAX_CONNECTIONS")
    }
}
