import Foundation
import BylineTestSupport
import Testing

@testable import BylineLogging

/// A log line's time is written by hand, and must read as Foundation's ISO 8601 format style
/// wrote it: milliseconds cut, not rounded, in UTC.
@Suite struct LogTimestampTests {
    @Test func timestamp_isFoundationsISO8601_toTheMillisecond() {
        let edges: [Double] = [
            0, 0.0004, 0.0005, 0.0009, 0.9994, 0.9995, 0.9999, 1.0015, -0.5, -1.0001, 1e-9,
            951_782_400.25, 1_764_536_400.123456, 1_764_536_400.9996, 253_402_300_799.999,
        ]
        // A fixed generator: the same dates every run, across centuries and within a day.
        var random = SeededGenerator(seed: 0x2545_F491_4F6C_DD1D)
        var seconds = edges
        for _ in 0..<5_000 { seconds.append(Double(random.next() % 4_000_000_000_000) / 1000) }
        for _ in 0..<5_000 { seconds.append(1_764_000_000 + Double(random.next() % 10_000_000_000) / 1_000_000) }
        for value in seconds {
            let date = Date(timeIntervalSince1970: value)
            #expect(LogTimestamp.text(date) == LogTimestamp.foundationText(date), "\(value)")
        }
        #expect(LogTimestamp.text(Date(timeIntervalSince1970: 1_764_536_400.5)) == "2025-11-30T21:00:00.500Z")
    }

    @Test func datesBeyondFourDigitYears_areWrittenAsFoundationWritesThem() {
        for date in [Date.distantFuture, Date.distantPast, Date(timeIntervalSince1970: 300_000_000_000)] {
            #expect(LogTimestamp.text(date) == LogTimestamp.foundationText(date))
        }
    }
}
