import ArgumentParser

@main
struct Byline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "Structured, queryable facts from raw news text.",
        subcommands: [ServeCommand.self, ExtractCommand.self]
    )
}
