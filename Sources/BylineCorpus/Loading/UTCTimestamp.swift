#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The current time as ISO 8601 in UTC to the second (`2017-04-12T09:30:00Z`, what
/// `Date().formatted(.iso8601)` writes), from the C library. Foundation's format style builds
/// a Gregorian calendar for the process's current time zone, and on Linux that loads ICU's
/// time-zone data: about 3.5 MB of ICU and FoundationInternationalization pages stayed
/// resident for this one string per load (docs/ingestion.md, "Where the memory goes").
enum UTCTimestamp {
    static func now() -> String {
        format(secondsSinceEpoch: Int(time(nil)))
    }

    static func format(secondsSinceEpoch seconds: Int) -> String {
        var value = time_t(seconds)
        var parts = tm()
        guard gmtime_r(&value, &parts) != nil else { return "1970-01-01T00:00:00Z" }
        func two(_ number: Int32) -> String { number < 10 ? "0\(number)" : "\(number)" }
        let year = Int(parts.tm_year) + 1900
        let yearText = year < 1000 ? String(repeating: "0", count: 4 - "\(year)".count) + "\(year)" : "\(year)"
        return "\(yearText)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}
