import Testing

@testable import BylineAPI

@Suite struct ResponseCacheTests {
    private func body(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func searchCache_buildsOncePerKeyAndSnapshot() throws {
        let cache = SearchBodyCache()
        var builds = 0
        for _ in 0..<3 {
            let answer = try cache.body(identity: "s1", key: "q=a") { () throws(APIError) -> [UInt8] in
                builds += 1
                return body("a")
            }
            #expect(answer == body("a"))
        }
        #expect(builds == 1)
        // A new snapshot makes every earlier answer stale.
        let fresh = try cache.body(identity: "s2", key: "q=a") { () throws(APIError) -> [UInt8] in
            builds += 1
            return body("a2")
        }
        #expect(fresh == body("a2"))
        #expect(builds == 2)
        #expect(cache.count == 1)
    }

    @Test func searchCache_staysWithinItsBound_andKeepsRecentlyUsedEntries() throws {
        let cache = SearchBodyCache(maxEntries: 4, maxBytes: 1 << 20)
        for index in 0..<100 {
            _ = try cache.body(identity: "s", key: "q=\(index)") { () throws(APIError) -> [UInt8] in body("\(index)") }
            // Key 0 is asked for again after every insertion, so it is never the oldest.
            var rebuilt = false
            _ = try cache.body(identity: "s", key: "q=0") { () throws(APIError) -> [UInt8] in
                rebuilt = true
                return body("0")
            }
            #expect(!rebuilt)
            #expect(cache.count <= 8)
        }
    }

    @Test func searchCache_doesNotKeepFailures() {
        let cache = SearchBodyCache()
        for _ in 0..<2 {
            #expect(throws: APIError.self) {
                try cache.body(identity: "s", key: "q=x") { () throws(APIError) -> [UInt8] in
                    throw APIError.notFound("article", id: "x")
                }
            }
        }
        #expect(cache.count == 0)
    }

    @Test func searchCache_skipsBodiesLargerThanItsBudget() throws {
        let cache = SearchBodyCache(maxEntries: 4, maxBytes: 8)
        _ = try cache.body(identity: "s", key: "big") { () throws(APIError) -> [UInt8] in [UInt8](repeating: 0, count: 9) }
        #expect(cache.count == 0)
    }

    @Test(arguments: [
        (UInt64(0), "\"0000000000000000\""), (UInt64(0xff), "\"00000000000000ff\""),
        (UInt64.max, "\"ffffffffffffffff\""), (UInt64(0x0123_4567_89ab_cdef), "\"0123456789abcdef\""),
    ])
    func fnvTag_isSixteenLowercaseHexDigitsInQuotes(value: UInt64, expected: String) {
        #expect(FNV1a(value: value).quotedHex == expected)
    }

    @Test(arguments: [("  a b  ", "a b"), ("abc", "abc"), ("\t\n ", ""), ("", ""), (" é ", "é"), ("\u{2003}x\u{3000}", "x")])
    func trimmingWhitespace_dropsLeadingAndTrailingOnly(input: String, expected: String) {
        #expect(input.trimmingWhitespace() == expected)
    }
}
