import ArgumentParser

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the corpus as a JSON API.")

    func run() throws {
        throw ValidationError("serve is not built yet")
    }
}
