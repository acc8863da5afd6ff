import ArgumentParser
import Foundation

@main
struct Byline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "Structured, queryable facts from raw news text.",
        subcommands: [ServeCommand.self, ExtractCommand.self]
    )

    /// Like the generated entry point, except that a malformed flag value exits with status 2,
    /// the same as an invalid setting from any other source (argument-parser uses 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data("byline: \(fullMessage(for: error))\n".utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
