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
        let fields = [
            (year, 4, UInt8(ascii: "-")), (Int(parts.tm_mon) + 1, 2, UInt8(ascii: "-")),
            (Int(parts.tm_mday), 2, UInt8(ascii: "T")), (Int(parts.tm_hour), 2, UInt8(ascii: ":")),
            (Int(parts.tm_min), 2, UInt8(ascii: ":")), (Int(parts.tm_sec), 2, UInt8(ascii: ".")),
            (milliseconds, 3, UInt8(ascii: "Z")),
        ]
        // 24 bytes: 4 + 2 + 2 + 2 + 2 + 2 + 3 digits and 7 separators, written in place.
        return String(unsafeUninitializedCapacity: 24) { buffer in
            var at = 0
            for (value, digits, separator) in fields {
                var rest = value
                for position in stride(from: at + digits - 1, through: at, by: -1) {
                    buffer[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
                    rest /= 10
                }
                buffer[at + digits] = separator
                at += digits + 1
            }
            return at
        }
    }

    static func foundationText(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }
}
