import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A log line's time, `2026-11-29T20:31:02.123Z`: ISO 8601 in UTC to the millisecond (cut,
/// not rounded), the text of Foundation's
/// `.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted)`
/// for the same `Date`, written from `gmtime_r`. The format style works through a Gregorian
/// calendar and its time zone for every line, which made the timestamp most of a line's cost;
/// a load can log thousands of lines (one per duplicate article id).
enum LogTimestamp {
    /// Seconds from 1970 to 2001, `Date`'s reference date.
    private static let referenceFrom1970 = 978_307_200

    static func text(_ date: Date) -> String {
        let interval = date.timeIntervalSinceReferenceDate
        let whole = interval.rounded(.down)
        // Years 1 to 9999 (the calendar's four digits); anything else, and a time that is not
        // a number, as Foundation writes it.
        guard whole > -63_000_000_000, whole < 250_000_000_000 else { return foundationText(date) }
        // As Foundation cuts the fraction: from the seconds since 2001 (`Date`'s own value),
        // which for some times differs in the last bit from the seconds since 1970.
        let milliseconds = min(max(Int((interval - whole) * 1000), 0), 999)
        var seconds = time_t(Int(whole) + referenceFrom1970)
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else { return foundationText(date) }
        let year = Int(parts.tm_year) + 1900
        guard year >= 1, year <= 9999 else { return foundationText(date) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        func append(_ value: Int, digits: Int, then separator: Character?) {
            var divisor = 1
            for _ in 1..<digits { divisor *= 10 }
            var rest = value
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
                rest %= divisor
                divisor /= 10
            }
            if let separator, let ascii = separator.asciiValue { bytes.append(ascii) }
        }
        append(year, digits: 4, then: "-")
        append(Int(parts.tm_mon) + 1, digits: 2, then: "-")
        append(Int(parts.tm_mday), digits: 2, then: "T")
        append(Int(parts.tm_hour), digits: 2, then: ":")
        append(Int(parts.tm_min), digits: 2, then: ":")
        append(Int(parts.tm_sec), digits: 2, then: ".")
        append(milliseconds, digits: 3, then: "Z")
        return String(decoding: bytes, as: UTF8.self)
    }

    static func foundationText(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }
}
