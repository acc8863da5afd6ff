@testable import BylineCorpus
import Foundation
import Testing

@Suite struct UTCTimestampTests {
    @Test(arguments: [0, 86_399, 951_782_400, 1_491_989_400, 1_709_164_799, 4_102_444_800])
    func format_matchesFoundationsISO8601(seconds: Int) {
        let expected = Date(timeIntervalSince1970: TimeInterval(seconds)).formatted(.iso8601)
        #expect(UTCTimestamp.format(secondsSinceEpoch: seconds) == expected)
    }

    @Test func now_isTodayInUTC() {
        let before = Date().formatted(.iso8601)
        let now = UTCTimestamp.now()
        #expect(now.count == 20 && now.hasSuffix("Z"))
        #expect(now.prefix(10) == before.prefix(10) || now.prefix(10) > before.prefix(10))
    }
}
