import Foundation
import Testing

@testable import BylineExtraction

/// Throughput of tokenizing and entity recognition, printed, never asserted: run it with
/// `scripts/bench-entities` (release build). Without `BYLINE_BENCH_DIR` it is skipped.
@Suite struct EntityBenchmark {
    static let folder = ProcessInfo.processInfo.environment["BYLINE_BENCH_DIR"]

    @Test(.enabled(if: folder != nil, "set BYLINE_BENCH_DIR to a folder of .txt articles"))
    func recognizeThroughput_printsFigures() throws {
        let folder = try #require(Self.folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }
        let texts = try names.sorted().map { name -> ArticleText in
            let raw = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            let paragraphs = raw.components(separatedBy: "\n\n").filter { !$0.isEmpty }
            return ArticleText(paragraphs: paragraphs)
        }
        let bytes = texts.reduce(0) { $0 + $1.text.utf8.count }
        _ = Lexicon.shared  // loaded once per process, timed apart
        let rounds = max(1, 20_000_000 / max(bytes, 1))
        let clock = ContinuousClock()
        var entities = 0
        let tokenizing = clock.measure {
            for _ in 0..<rounds { for text in texts { entities &+= TokenizedText(text).tokens.count } }
        }
        let recognizing = clock.measure {
            for _ in 0..<rounds { for text in texts { entities &+= EntityRecognizer().recognize(text).count } }
        }
        let megabytes = Double(bytes * rounds) / 1_000_000
        func rate(_ d: Duration) -> String {
            let seconds = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
            return String(format: "%.1f MB/s", megabytes / seconds)
        }
        let loading = clock.measure { _ = Lexicon.loadBundled() }
        print("bench-entities: \(texts.count) articles, \(bytes) bytes x \(rounds) rounds")
        print("bench-entities: tokenize+split \(rate(tokenizing)); tokenize+split+recognize \(rate(recognizing))")
        print("bench-entities: loading the lexicon takes \(loading) (once per process); checksum \(entities)")
    }
}
