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
        var entities = 0
        // Thread CPU time, so other processes sharing the cores do not lower the per-core figure.
        let tokenizing = Self.cpuSeconds {
            for _ in 0..<rounds { for text in texts { entities &+= TokenizedText(text).tokens.count } }
        }
        let recognizing = Self.cpuSeconds {
            for _ in 0..<rounds { for text in texts { entities &+= EntityRecognizer().recognize(text).count } }
        }
        let megabytes = Double(bytes * rounds) / 1_000_000
        func rate(_ seconds: Double) -> String { String(format: "%.1f MB/s", megabytes / seconds) }
        let loading = Self.cpuSeconds { _ = Lexicon.loadBundled() }
        print("bench-entities: \(texts.count) articles, \(bytes) bytes x \(rounds) rounds, per core (CPU time)")
        print("bench-entities: tokenize+split \(rate(tokenizing)); tokenize+split+recognize \(rate(recognizing))")
        print(String(format: "bench-entities: loading the lexicon takes %.3f s (once per process); checksum %d", loading, entities))
    }

    static func cpuSeconds(_ body: () -> Void) -> Double {
        var start = timespec()
        var end = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
        body()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
        return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
    }
}
