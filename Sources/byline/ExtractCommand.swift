import ArgumentParser
import BylineCorpus
import BylineExtraction
import BylineModel
import Foundation

/// `byline extract FILE... [--pretty]`: one extract document per file (API.md).
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: "Print the article, entities and quotes of each file as JSON.")

    @Argument(help: "Article text files.") var files: [String]
    @Flag(help: "Print one indented JSON array instead of JSON lines.") var pretty = false

    func run() throws {
        let extractor = ArticleExtractor()
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        var documents: [ExtractDocument] = []
        var failed = false
        for path in files {
            guard let data = FileManager.default.contents(atPath: path),
                let raw = String(data: data, encoding: .utf8),
                let extraction = extractor.extract(
                    raw: raw, source: URL(fileURLWithPath: path).lastPathComponent)
            else {
                FileHandle.standardError.write(Data("byline extract: cannot read \(path)\n".utf8))
                failed = true
                continue
            }
            let document = ExtractDocumentBuilder.document(for: extraction)
            if pretty {
                documents.append(document)
            } else {
                FileHandle.standardOutput.write(try encoder.encode(document) + Data("\n".utf8))
            }
        }
        if pretty {
            FileHandle.standardOutput.write(try encoder.encode(documents) + Data("\n".utf8))
        }
        if failed { throw ExitCode(1) }
    }
}
