/// A calendar date as news prints it, read into ISO 8601 (`2017-04-12`).
///
/// Forms: `12Apr17`, `12Apr2017`, `12 April 2017`, `April 12, 2017`, `Apr. 12, 2017`,
/// `Wednesday, April 12, 2017`, `2017-04-12`, and `Apr. 12` / `12 April` when a year is known
/// from elsewhere. Numeric forms like `04/12/2017` are left alone: day and month order differ
/// between countries, and a wrong date is worse than none.
public struct NewsDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1800...2200).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `2017-04-12`.
    public var iso: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    public static func < (lhs: NewsDate, rhs: NewsDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Two-digit years: 00-69 are 20xx, 70-99 are 19xx (the POSIX `strptime` pivot).
    static func expandYear(_ year: Int, digits: Int) -> Int {
        guard digits == 2 else { return year }
        return year < 70 ? 2000 + year : 1900 + year
    }

    /// `jan`, `january`, `sept` -> 1...12.
    static func month(named name: Substring) -> Int? {
        let lower = name.lowercased()
        guard lower.count >= 3 else { return nil }
        let names = CalendarNames.months
        if let index = names.firstIndex(of: lower) { return index + 1 }
        if lower == "sept" { return 9 }
        guard lower.count == 3 else { return nil }
        return names.firstIndex { $0.hasPrefix(lower) }.map { $0 + 1 }
    }
}
