extension Dateline {
    /// Where the dash that ends a dateline starts, within the paragraph's first 120
    /// characters: `--`, ` - `, ` — `, ` – ` or `—`, whichever comes first.
    static func dashStart(in paragraph: String) -> String.Index? {
        if let found = paragraph.utf8.withContiguousStorageIfAvailable(dashOffset), let offset = found {
            return offset.map { paragraph.utf8.index(paragraph.utf8.startIndex, offsetBy: $0) }
        }
        let head = paragraph.prefix(120)
        return ["--", " - ", " \u{2014} ", " \u{2013} ", "\u{2014}"].compactMap { head.firstRange(of: $0)?.lowerBound }.min()
    }

    /// The dash's byte offset, found in the bytes when the first 120 characters are simple
    /// scalars (`ScalarText.isSimple`); `nil` when they are not (the caller reads characters).
    static func dashOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int?? {
        // The head's bytes, and one scalar more: a combining mark after the 120th scalar
        // would belong to the 120th character.
        var end = 0
        var headEnd = 0
        var scalars = 0
        while end < bytes.count, scalars < 121 {
            let lead = bytes[end]
            end += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            scalars += 1
            if scalars <= 120 { headEnd = end }
        }
        end = min(end, bytes.count)
        headEnd = min(headEnd, bytes.count)
        guard ScalarText.isSimple(UnsafeBufferPointer(rebasing: bytes[0..<end])) else { return nil }
        func at(_ offset: Int, _ byte: UInt8) -> Bool { offset < headEnd && bytes[offset] == byte }
        func isLongDash(_ offset: Int) -> Bool {  // — (E2 80 94)
            at(offset, 0xE2) && at(offset + 1, 0x80) && at(offset + 2, 0x94)
        }
        func isEnDash(_ offset: Int) -> Bool {  // – (E2 80 93)
            at(offset, 0xE2) && at(offset + 1, 0x80) && at(offset + 2, 0x93)
        }
        let hyphen = UInt8(ascii: "-")
        let space = UInt8(ascii: " ")
        for offset in 0..<headEnd {
            switch bytes[offset] {
            case hyphen where at(offset + 1, hyphen):
                return .some(offset)
            case space where at(offset + 1, hyphen) && at(offset + 2, space):
                return .some(offset)
            case space where (isLongDash(offset + 1) || isEnDash(offset + 1)) && at(offset + 4, space):
                return .some(offset)
            case 0xE2 where isLongDash(offset):
                return .some(offset)
            default:
                continue
            }
        }
        return .some(nil)
    }
}

extension Dateline {
    /// The dateline's day ("WASHINGTON, Apr. 12 (AP) -") completed with the year of a later
    /// date the page states, its republication: the story ran on or before that day, so in
    /// that year or, for a later day of the year, the one before. Without such a date there
    /// is no year, and no date is guessed.
    func date(before later: NewsDate?) -> NewsDate? {
        guard let month, let day, let later else { return nil }
        let sameYear = (month, day) <= (later.month, later.day)
        return NewsDate(year: sameYear ? later.year : later.year - 1, month: month, day: day)
    }
}
