/// `DateScanner`'s token rules read from the bytes of an ASCII token: there each byte is a
/// `Character` (only CR LF would join two, and neither is a digit or a letter, so they end
/// the same runs), an ASCII digit is `isASCIIDigit`, and A-Z, a-z are the only letters.
/// The `Character` walks of `Substring` cost thousands of instructions a token.
extension DateScanner {
    /// Runs `body` on the token's bytes when they are all ASCII; `nil` otherwise.
    static func withASCIIBytes<Result>(_ token: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        let answer = token.utf8.withContiguousStorageIfAvailable { bytes -> Result? in
            ASCIIBytes.areASCII(bytes) ? body(bytes) : nil
        }
        return answer ?? nil
    }

    /// The length of the run of ASCII digits at `start`.
    static func digitRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end < bytes.count, bytes[end] &- 0x30 < 10 { end += 1 }
        return end - start
    }

    /// The value of the ASCII digits `bytes[range]` (at most four of them).
    static func value(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        range.reduce(0) { $0 * 10 + Int(bytes[$1] &- 0x30) }
    }

    /// `compactDate` of an ASCII token: 1-2 digits, 3 or more letters naming a month, then
    /// 2 or 4 digits ending the token.
    static func compactDate(ascii bytes: UnsafeBufferPointer<UInt8>) -> NewsDate? {
        let dayDigits = digitRun(bytes, from: 0)
        var lettersEnd = dayDigits
        while lettersEnd < bytes.count, (bytes[lettersEnd] | 0x20) &- 0x61 < 26 { lettersEnd += 1 }
        let yearDigits = digitRun(bytes, from: lettersEnd)
        guard (1...2).contains(dayDigits), lettersEnd - dayDigits >= 3, lettersEnd + yearDigits == bytes.count,
            yearDigits == 2 || yearDigits == 4, let month = NewsDate.month(ascii: bytes, dayDigits..<lettersEnd)
        else { return nil }
        let year = value(bytes, lettersEnd..<bytes.count)
        return NewsDate(
            year: NewsDate.expandYear(year, digits: yearDigits), month: month, day: value(bytes, 0..<dayDigits))
    }

    /// `day` of an ASCII token: 1-2 digits, perhaps with st, nd, rd or th in any case, 1...31.
    static func day(ascii bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let digits = digitRun(bytes, from: 0)
        guard (1...2).contains(digits) else { return nil }
        let suffix = bytes.count - digits
        if suffix != 0 {
            guard suffix == 2 else { return nil }
            let pair = UInt16(bytes[digits] | 0x20) << 8 | UInt16(bytes[digits + 1] | 0x20)
            // Lowercasing by `| 0x20` also maps some marks onto letters: check both are letters.
            guard (bytes[digits] | 0x20) &- 0x61 < 26, (bytes[digits + 1] | 0x20) &- 0x61 < 26,
                pair == 0x7374 || pair == 0x6E64 || pair == 0x7264 || pair == 0x7468  // st nd rd th
            else { return nil }
        }
        let day = value(bytes, 0..<digits)
        return (1...31).contains(day) ? day : nil
    }

    /// `yearValue` of an ASCII token: four digits, 1800...2200.
    static func yearValue(ascii bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count == 4, digitRun(bytes, from: 0) == 4 else { return nil }
        let year = value(bytes, 0..<4)
        return (1800...2200).contains(year) ? year : nil
    }
}

extension NewsDate {
    /// `month(named:)` of ASCII letters `bytes[range]`: a month's name, `sept`, or the first
    /// three letters of one, without case.
    static func month(ascii bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard range.count >= 3 else { return nil }
        func lower(_ index: Int) -> UInt8 {
            let byte = bytes[index]
            return byte &- 0x41 < 26 ? byte | 0x20 : byte
        }
        for (number, name) in CalendarNames.months.enumerated() {
            let utf8 = name.utf8
            guard range.count == 3 || range.count == utf8.count else { continue }
            if zip(range, utf8).allSatisfy({ lower($0) == $1 }) { return number + 1 }
        }
        if range.count == 4, zip(range, "sept".utf8).allSatisfy({ lower($0) == $1 }) { return 9 }
        return nil
    }
}
