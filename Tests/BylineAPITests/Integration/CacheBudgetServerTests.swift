import BylineTestSupport
import Foundation
import Testing

@testable import BylineAPI

/// A server with its response caches turned off (`cacheMemoryMB` 0) answers exactly as one
/// with the default budget: the caches only save work, they never change an answer.
@Suite(.serialized) struct CacheBudgetServerTests {
    @Test func noCacheMemory_givesTheSameAnswers_andKeepsNothing() throws {
        let cached = try TestServer(corpus: try Fixtures.corpus)
        let uncached = try TestServer(corpus: try Fixtures.corpus, options: .init(cacheBudget: CacheBudget(megabytes: 0)))
        let (_, list) = try cached.json("/articles?limit=1&sort=title")
        let id = try #require((list["items"] as? [[String: Any]])?.first?["id"] as? String)
        for target in ["/articles/\(id)", "/articles/\(id)?include=entities,quotes", "/quotes?limit=50", "/articles?q=said", "/entities?limit=3"] {
            for _ in 0..<2 {
                let expected = try cached.request("GET", target)
                let answer = try uncached.request("GET", target)
                #expect(answer.status == 200, "\(target)")
                #expect(answer.body == expected.body, "\(target)")
                #expect(answer.header("ETag") == expected.header("ETag"), "\(target)")
            }
        }
        #expect(cached.api.answerCacheCount > 0)
        #expect(uncached.api.answerCacheCount == 0)
    }
}
