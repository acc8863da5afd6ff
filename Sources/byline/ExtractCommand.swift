import ArgumentParser
import BylineCorpus
import BylineModel
import Foundation
import Logging

/// `byline extract FILE... [--pretty]`: one extract document per file (API.md), JSON lines or
/// one indented array. The files are linked together, so entity ids agree across them. A file
/// that cannot be read is named on stderr and the exit status is 1 once the others are printed.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: "Print the article, entities and quotes of each file as JSON.")

    @Argument(help: "Article text files.") var files: [String]
    @Flag(help: "Print one indented JSON array instead of JSON lines.") var pretty = false
    @Option(help: "Skip files larger than this many bytes.") var maxFileBytes = LoadOptions.defaultMaxFileBytes

    func run() throws {
        var logger = Logger(label: "byline.extract")
        logger.logLevel = .critical  // problems are reported below, once, in plain words
        let loader = CorpusLoader(
            options: LoadOptions(maxFileBytes: maxFileBytes, allowEmpty: true), logger: logger)
        let result = loader.load(files: files)
        for issue in result.issues {
            FileHandle.standardError.write(Data("byline extract: \(issue)\n".utf8))
        }
        let documents = result.snapshot.extractDocuments()
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        if pretty {
            FileHandle.standardOutput.write(try encoder.encode(documents) + Data("\n".utf8))
        } else {
            for document in documents {
                FileHandle.standardOutput.write(try encoder.encode(document) + Data("\n".utf8))
            }
        }
        if result.issues.contains(where: \.skipped) { throw ExitCode(1) }
    }
}
