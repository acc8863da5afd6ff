import BylineExtraction
import Foundation
import Testing

/// Throughput of the quote extractor alone, for `scripts/bench-quotes`. It prints figures and
/// asserts nothing about time; without `BYLINE_BENCH_DIR` it is skipped.
@Suite struct QuoteBenchmark {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["BYLINE_BENCH_DIR"] != nil, "set by scripts/bench-quotes"))
    func quoteExtractorThroughput_printsFigures() throws {
        let directory = ProcessInfo.processInfo.environment["BYLINE_BENCH_DIR"] ?? ""
        let files = try FileManager.default.subpathsOfDirectory(atPath: directory).filter { $0.hasSuffix(".txt") }
        var texts: [TokenizedText] = []
        var bytes = 0
        for file in files.sorted() {
            let raw = try String(contentsOfFile: directory + "/" + file, encoding: .utf8)
            bytes += raw.utf8.count
            let paragraphs = raw.components(separatedBy: "\n\n").map { $0.replacingOccurrences(of: "\n", with: " ") }
            texts.append(TokenizedText(ArticleText(paragraphs: paragraphs)))
        }
        let extractor = QuoteExtractor()
        var quotes = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for text in texts {
                var entities: [RecognizedEntity] = []
                quotes += extractor.extract(text, entities: &entities).count
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = Double(bytes) / 1_000_000 / max(seconds, 1e-9)
        print("quote extractor: \(texts.count) articles, \(bytes) bytes, \(quotes) quotes in \(seconds) s = \(rate) MB/s")
    }
}
