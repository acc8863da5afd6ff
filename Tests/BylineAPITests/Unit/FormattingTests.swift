import Foundation
import Testing

@testable import BylineAPI

@Suite struct FormattingTests {
    @Test func prettyPrinter_indentsWithoutTouchingStrings() throws {
        let compact = Array(#"{"a":[1,{"b":"x,y:{z}\"q\""}],"c":{},"d":[]}"#.utf8)
        let pretty = String(decoding: JSONPrettyPrinter.prettyPrint(compact), as: UTF8.self)
        #expect(pretty == """
            {
              "a": [
                1,
                {
                  "b": "x,y:{z}\\"q\\""
                }
              ],
              "c": {},
              "d": []
            }

            """)
        let reparsed = try JSONSerialization.jsonObject(with: Data(pretty.utf8)) as? NSDictionary
        let original = try JSONSerialization.jsonObject(with: Data(compact)) as? NSDictionary
        #expect(reparsed == original)
    }

    @Test(arguments: [
        (0, "Thu, 01 Jan 1970 00:00:00 GMT"), (784_111_777, "Sun, 06 Nov 1994 08:49:37 GMT"),
        (951_782_400, "Tue, 29 Feb 2000 00:00:00 GMT"), (4_102_444_799, "Thu, 31 Dec 2099 23:59:59 GMT"),
    ])
    func httpDate_formatsAndParsesIMFFixdate(seconds: Int, text: String) {
        #expect(HTTPDate.format(unixSeconds: seconds) == text)
        #expect(HTTPDate.parse(text) == seconds)
    }

    @Test(arguments: ["Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994", "", "Sun, 06 Nov 1994 25:49:37 GMT"])
    func httpDate_rejectsOtherForms(text: String) {
        #expect(HTTPDate.parse(text) == nil)
    }

    @Test func calendarDate_checksMonthsAndLeapYears() {
        #expect(CalendarDate("2024-02-29")?.description == "2024-02-29")
        #expect(CalendarDate("2023-02-29") == nil)
        #expect(CalendarDate("1900-02-29") == nil)
        #expect(CalendarDate("2000-02-29") != nil)
        #expect(CalendarDate("2021-04-31") == nil)
        #expect(CalendarDate("2021-4-01") == nil)
        #expect(CalendarDate("２０２１-04-01") == nil)
        #expect(CalendarDate("2021-04-01T00:00") == nil)
    }

    @Test func entityTag_changesWithSnapshotQueryAndCoding() {
        let policy = CachePolicy(maxAge: 60, gzipMinimumSize: 1024)
        let request = HTTPRequestFixture.get("/articles", query: [("q", "a")])
        let base = policy.etag(for: request, snapshotIdentity: "s1", codedBody: false)
        #expect(base == policy.etag(for: request, snapshotIdentity: "s1", codedBody: false))
        #expect(base != policy.etag(for: request, snapshotIdentity: "s2", codedBody: false))
        #expect(base != policy.etag(for: request, snapshotIdentity: "s1", codedBody: true))
        #expect(base != policy.etag(for: HTTPRequestFixture.get("/articles", query: [("q", "b")]), snapshotIdentity: "s1", codedBody: false))
    }

    @Test func constantTimeEquals_comparesWholeTokens() {
        #expect(AdminController.constantTimeEquals(Array("abc".utf8), Array("abc".utf8)))
        #expect(!AdminController.constantTimeEquals(Array("abc".utf8), Array("abd".utf8)))
        #expect(!AdminController.constantTimeEquals(Array("abc".utf8), Array("abcd".utf8)))
        #expect(!AdminController.constantTimeEquals([], Array("a".utf8)))
    }
}

@Suite struct ComposedBodyCacheTests {
    @Test func cachedBody_isReusedForTheSameSnapshot_andRebuiltForANewOne() throws {
        let cache = ComposedBodyCache(maxBytes: 10)
        var builds = 0
        func make() -> [UInt8] {
            builds += 1
            return [UInt8(builds)]
        }
        #expect(try cache.body(identity: "a", key: "k") { make() } == [1])
        #expect(try cache.body(identity: "a", key: "k") { make() } == [1])
        #expect(try cache.body(identity: "b", key: "k") { make() } == [2])
        #expect(builds == 2)
    }

    @Test func overBudget_emptiesTheCache_andHugeBodiesAreNotKept() throws {
        let cache = ComposedBodyCache(maxBytes: 4)
        var builds = 0
        func make(_ size: Int) -> [UInt8] {
            builds += 1
            return Array(repeating: 0, count: size)
        }
        _ = try cache.body(identity: "a", key: "x") { make(3) }
        _ = try cache.body(identity: "a", key: "y") { make(3) }  // evicts x
        _ = try cache.body(identity: "a", key: "x") { make(3) }
        #expect(builds == 3)
        _ = try cache.body(identity: "a", key: "big") { make(9) }
        _ = try cache.body(identity: "a", key: "big") { make(9) }
        #expect(builds == 5)
    }
}

@Suite struct MemoKeyTests {
    @Test func memoKey_tellsPairsApart_andIgnoresPretty() {
        let split = HTTPRequestFixture.get("/quotes", query: [("a", "x"), ("b", "y")])
        let joined = HTTPRequestFixture.get("/quotes", query: [("a", "x&b=y")])
        #expect(APIResponder.memoKey(split) != APIResponder.memoKey(joined))
        let pretty = HTTPRequestFixture.get("/quotes", query: [("a", "x"), ("pretty", ""), ("b", "y")])
        #expect(APIResponder.memoKey(split) == APIResponder.memoKey(pretty))
        #expect(APIResponder.memoKey(split) != APIResponder.memoKey(HTTPRequestFixture.get("/articles", query: [("a", "x"), ("b", "y")])))
    }
}
