import BylineExtraction
import BylineModel
import Testing

@testable import BylineCorpus

/// The snapshot build's date orders are a task of round one that later tasks wait for
/// (`Awaited`), not a serial step before the round.
@Suite struct AwaitedTests {
    static func run(onThisThread: Bool) -> (sum: Int, count: Int) {
        let made = Awaited<[Int]>()
        let sum = Handoff<Int>()
        let count = Handoff<Int>()
        Parallel.run([
            {
                var total = 0
                for value in 0..<200_000 { total &+= value }  // long enough for a reader to wait
                made.put([total, 7])
            },
            { sum.put(made.value.reduce(0, &+)) },
            { count.put(made.value.count) },
        ], onThisThread: onThisThread)
        return (sum.take(), count.take())
    }

    @Test func readersListedAfterTheMaker_getItsValue_onThreads() {
        for _ in 0..<20 {
            let result = Self.run(onThisThread: false)
            #expect(result.sum == 199_999 * 200_000 / 2 + 7)
            #expect(result.count == 2)
        }
    }

    @Test func readersListedAfterTheMaker_getItsValue_onOneThread() {
        let result = Self.run(onThisThread: true)
        #expect(result.sum == 199_999 * 200_000 / 2 + 7)
        #expect(result.count == 2)
    }

    @Test func quotePicks_areInCorpusOrder() {
        let quote = PreparedArticle.Quote(ExtractedQuote(span: TextSpan(start: 0, end: 23), kind: .full))
        let quotes = [[quote, quote], [], [quote], [quote, quote, quote]]
        let picks = SnapshotBuilder.quotePicks(quotes, order: [3, 1, 0, 2])
        #expect(picks.map(\.article) == [3, 3, 3, 0, 0, 2])
        #expect(picks.map(\.document) == [0, 1, 2, 0, 1, 0])
    }
}
