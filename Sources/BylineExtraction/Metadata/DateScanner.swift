/// Finds dates written the ways `NewsDate` knows inside running text.
public enum DateScanner {
    public struct Found: Sendable, Hashable {
        public var date: NewsDate
        /// The words that made the date, as a range of the scanned text's tokens.
        public var tokens: Range<Int>
    }

    /// The first date in `text`; `year` completes dates printed without one ("Apr. 12").
    public static func first(in text: String, year: Int? = nil) -> Found? {
        first(inTokens: DateTokens.split(text), year: year)
    }

    /// The first date in text already split by `DateTokens.split`.
    static func first(inTokens tokens: [Substring], year: Int? = nil) -> Found? {
        for start in tokens.indices {
            if let found = date(at: start, in: tokens, year: year) { return found }
        }
        return nil
    }

    /// Whether the whole of `text` (a label such as "Updated:" aside) is one date.
    public static func whole(_ text: String, year: Int? = nil) -> NewsDate? {
        guard text.utf8.count <= 80, hasASCIIDigit(text) else { return nil }
        let tokens = DateTokens.split(text)
        guard let found = first(inTokens: tokens, year: year) else { return nil }
        let rest = tokens.indices.filter { !found.tokens.contains($0) }.map { tokens[$0] }
        let others = rest.filter { token in
            !(token.allSatisfy { $0.isNumber || $0 == ":" } || DateTokens.isWeekday(token)
                || allowedWords.contains(token.lowercased()))
        }
        return others.isEmpty ? found.date : nil
    }

    /// Words a date line may hold besides the date: labels and times of day and zones.
    static let allowedWords: Set<String> = [
        "updated", "published", "posted", "date", "on", "at", "last", "first", "dated",
        "am", "pm", "gmt", "utc", "bst", "est", "edt", "et", "cet",
    ]

    /// `text.contains(where: \.isASCIIDigit)`, from the bytes when the text is simple.
    static func hasASCIIDigit(_ text: String) -> Bool {
        ScalarText.withSimpleBytes(text) { $0.contains { (0x30...0x39).contains($0) } } ?? text.contains(where: \.isASCIIDigit)
    }

    static func date(at start: Int, in tokens: [Substring], year: Int?) -> Found? {
        let token = tokens[start]
        // Every form starts with a digit or a capitalised month name. An ASCII first byte
        // that is neither a digit nor a capital starts a character that is neither (a mark
        // after it cannot make it an ASCII digit or upper case): most words leave here.
        if let first = token.utf8.first, first < 0x80, first &- 0x30 >= 10, first &- 0x41 >= 26 { return nil }
        guard let lead = token.first, lead.isASCIIDigit || lead.isUppercase else { return nil }
        // 2017-04-12 (splitting only a token with a hyphen: most have none)
        if token.utf8.contains(UInt8(ascii: "-")), case let isoParts = token.split(separator: "-"), isoParts.count == 3, isoParts[0].count == 4, isoParts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let y = Int(isoParts[0]), let m = Int(isoParts[1]), let d = Int(isoParts[2]),
            isoParts[1].count == 2, isoParts[2].count <= 2, let date = NewsDate(year: y, month: m, day: d)
        {
            return Found(date: date, tokens: start..<(start + 1))
        }
        // 12Apr17, 12Apr2017
        if let compact = compactDate(token) { return Found(date: compact, tokens: start..<(start + 1)) }
        // 12 April 2017, 12 April
        if let d = day(token), start + 1 < tokens.count, tokens[start + 1].first?.isUppercase == true,
            let m = NewsDate.month(named: tokens[start + 1])
        {
            if start + 2 < tokens.count, let y = yearValue(tokens[start + 2]), let date = NewsDate(year: y, month: m, day: d) {
                return Found(date: date, tokens: start..<(start + 3))
            }
            if let year, let date = NewsDate(year: year, month: m, day: d) {
                return Found(date: date, tokens: start..<(start + 2))
            }
        }
        // April 12, 2017; Apr. 12
        if token.first?.isUppercase == true, let m = NewsDate.month(named: token), start + 1 < tokens.count,
            let d = day(tokens[start + 1])
        {
            if start + 2 < tokens.count, let y = yearValue(tokens[start + 2]), let date = NewsDate(year: y, month: m, day: d) {
                return Found(date: date, tokens: start..<(start + 3))
            }
            if let year, let date = NewsDate(year: year, month: m, day: d) {
                return Found(date: date, tokens: start..<(start + 2))
            }
        }
        return nil
    }

    /// `12Apr17` / `12Apr2017` / `12-Apr-2017`.
    static func compactDate(_ token: Substring) -> NewsDate? {
        // Every compact date starts with a digit: most tokens leave here.
        guard let first = token.utf8.first, first &- 0x30 < 10 else { return nil }
        if let answer = withASCIIBytes(token, compactDate(ascii:)) { return answer }
        return compactDate(characters: token)
    }

    /// `compactDate` on `Character`s, for tokens that are not ASCII (and for tests).
    static func compactDate(characters token: Substring) -> NewsDate? {
        let digitsA = token.prefix(while: \.isASCIIDigit)
        let letters = token.dropFirst(digitsA.count).prefix(while: \.isLetter)
        let rest = token.dropFirst(digitsA.count + letters.count)
        let digitsB = rest.prefix(while: \.isASCIIDigit)
        guard (1...2).contains(digitsA.count), letters.count >= 3, digitsB.count == rest.count,
            digitsB.count == 2 || digitsB.count == 4,
            let d = Int(digitsA), let m = NewsDate.month(named: letters), let y = Int(digitsB)
        else { return nil }
        return NewsDate(year: NewsDate.expandYear(y, digits: digitsB.count), month: m, day: d)
    }

    static func day(_ token: Substring) -> Int? {
        guard let first = token.utf8.first, first &- 0x30 < 10 else { return nil }
        if let answer = withASCIIBytes(token, day(ascii:)) { return answer }
        return day(characters: token)
    }

    /// `day` on `Character`s, for tokens that are not ASCII (and for tests).
    static func day(characters token: Substring) -> Int? {
        let digits = token.prefix(while: \.isASCIIDigit)
        let suffix = token.dropFirst(digits.count).lowercased()
        guard (1...2).contains(digits.count), ["", "st", "nd", "rd", "th"].contains(suffix),
            let value = Int(digits), (1...31).contains(value)
        else { return nil }
        return value
    }

    static func yearValue(_ token: Substring) -> Int? {
        if let answer = withASCIIBytes(token, yearValue(ascii:)) { return answer }
        return yearValue(characters: token)
    }

    /// `yearValue` on `Character`s, for tokens that are not ASCII (and for tests).
    static func yearValue(characters token: Substring) -> Int? {
        guard token.count == 4, token.allSatisfy(\.isASCIIDigit), let value = Int(token),
            (1800...2200).contains(value)
        else { return nil }
        return value
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
