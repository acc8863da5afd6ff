import Configuration
import Foundation
import SystemPackage

/// The effective settings and where each came from.
struct LoadedSettings: Sendable {
    var settings: Settings
    var sources: [SettingKey: SettingSource]
    /// The config file that was read, if any.
    var configFile: String?
}

/// Layers defaults < config file < environment < flags with swift-configuration, then validates.
struct SettingsLoader: Sendable {
    /// Values given as flags, keyed by setting.
    var flags: [SettingKey: ConfigContent] = [:]
    /// `--config FILE`; when absent, `BYLINE_CONFIG`, then `config/byline.json` if one is found.
    var configFile: String?
    var environment: [String: String] = ProcessInfo.processInfo.environment
    var workingDirectory: String = FileManager.default.currentDirectoryPath
    var executablePath: String? = CommandLine.arguments.first

    func load() async throws(SettingsError) -> LoadedSettings {
        let locator = FileLocator(workingDirectory: workingDirectory, executablePath: executablePath)
        let file = try locateConfigFile(locator)
        var providers: [any ConfigProvider] = [
            InMemoryProvider(name: "flags", values: flagValues()),
            EnvironmentVariablesProvider(
                environmentVariables: environment,
                secretsSpecifier: .specific([SettingKey.adminToken.environment])
            ).prefixKeys(with: "byline"),
        ]
        if let file {
            providers.append(try await fileProvider(file))
        }
        let sources = providers.indices.map { index -> (SettingKey) -> SettingSource in
            switch index {
            case 0: { .flag($0.flag) }
            case 1: { .environment($0.environment) }
            default: { _ in .file(file?.path ?? "") }
            }
        }
        let recorder = ProvenanceRecorder()
        var reading = SettingsReading(
            reader: ConfigReader(providers: providers, accessReporter: recorder),
            recorder: recorder, sources: sources, environment: environment)
        var settings = try reading.read()
        settings.corpus = settings.corpus.map(locator.absolute)
        if settings.corpus == nil, let found = locator.find("corpus", directory: true) {
            settings.corpus = found.path
            reading.located[.corpus] = .located(found.how)
        }
        let loaded = LoadedSettings(
            settings: settings, sources: reading.effectiveSources(), configFile: file?.path)
        try SettingsValidator(loaded: loaded).validate()
        return loaded
    }

    private func flagValues() -> [AbsoluteConfigKey: ConfigValue] {
        var values: [AbsoluteConfigKey: ConfigValue] = [:]
        for (setting, content) in flags {
            values[AbsoluteConfigKey(ConfigKey(setting.key))] = ConfigValue(
                content, isSecret: setting == .adminToken)
        }
        return values
    }

    private func locateConfigFile(_ locator: FileLocator) throws(SettingsError) -> FileLocator.Found? {
        let explicit: (path: String, source: SettingSource)? =
            if let configFile { (configFile, .flag("--config")) }
            else if let named = environment["BYLINE_CONFIG"] { (named, .environment("BYLINE_CONFIG")) }
            else { nil }
        guard let explicit else { return locator.find("config/byline.json", directory: false) }
        let path = locator.absolute(explicit.path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue
        else {
            throw SettingsError(key: "config", value: explicit.path, source: explicit.source, reason: "no such file")
        }
        return FileLocator.Found(path: path, how: "\(explicit.source)")
    }

    private func fileProvider(_ file: FileLocator.Found) async throws(SettingsError) -> any ConfigProvider {
        do {
            return try await FileProvider<JSONSnapshot>(filePath: FilePath(file.path))
        } catch {
            throw SettingsError(
                key: "config", value: nil, source: .file(file.path), reason: "not a readable JSON object (\(error))")
        }
    }
}
