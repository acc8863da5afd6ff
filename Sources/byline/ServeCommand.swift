import ArgumentParser
import Foundation

/// `byline serve`: load settings, then serve the corpus until SIGTERM or SIGINT.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the corpus as a JSON API.")

    @OptionGroup var options: ServeOptions
    @Flag(help: "Print the effective settings and where each came from, then exit.")
    var printConfig = false

    func run() async throws {
        let loaded: LoadedSettings
        do {
            loaded = try await SettingsLoader(flags: options.values, configFile: options.config).load()
        } catch {
            FileHandle.standardError.write(Data("byline: \(error)\n".utf8))
            throw ExitCode(2)
        }
        if printConfig {
            print(loaded.printable())
            return
        }
        try await ServerApplication(loaded: loaded).run()
    }
}
