/// Words of a date-bearing text: split at spaces, commas and brackets; the period after an
/// abbreviated month ("Apr.") dropped. Hyphens stay inside tokens (`2017-04-12`) except in
/// `12-Apr-2017`, which becomes the compact form.
enum DateTokens {
    static func split(_ text: String) -> [Substring] {
        if let tokens = ScalarText.withSimpleBytes(text, { splitBytes(text, $0) }) { return tokens }
        return text.split(whereSeparator: { " ,;()[]|/".contains($0) || $0 == "\u{2013}" || $0 == "\u{2014}" })
            .map { token in
                var token = token
                while let last = token.last, last == "." || last == ":" { token = token.dropLast() }
                return token
            }
            .map(joiningLetterMonth)
            .filter { !$0.isEmpty }
    }

    /// 12-Apr-2017 -> 12Apr2017 (rare); ISO dates stay whole.
    static func joiningLetterMonth(_ token: Substring) -> Substring {
        let parts = token.split(separator: "-")
        if parts.count == 3, parts[1].allSatisfy(\.isLetter) {
            return Substring(parts.joined())
        }
        return token
    }

    /// `split` for text `ScalarText.isSimple` accepts, whose characters are its scalars:
    /// the separators are found in the bytes and only tokens with a hyphen are looked at
    /// as characters.
    static func splitBytes(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> [Substring] {
        var tokens: [Substring] = []
        tokens.reserveCapacity(bytes.count / 4 + 1)  // words of news text average five bytes and a separator
        let utf8 = text.utf8
        func add(_ start: Int, _ end: Int) {
            var end = end
            // Trailing periods and colons go ("Apr." -> "Apr").
            while end > start, bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: ":") { end -= 1 }
            guard end > start else { return }
            let token = text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
            if bytes[start..<end].contains(UInt8(ascii: "-")) {
                let joined = joiningLetterMonth(token)
                if !joined.isEmpty { tokens.append(joined) }
            } else {
                tokens.append(token)
            }
        }
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            let separator: Bool
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "("), UInt8(ascii: ")"),
                UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "|"), UInt8(ascii: "/"):
                (length, separator) = (1, true)
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94):  // en and em dash
                (length, separator) = (3, true)
            default:
                (length, separator) = (1, false)
            }
            if separator {
                if index > start { add(start, index) }
                start = index + length
            }
            index += length
        }
        if bytes.count > start { add(start, bytes.count) }
        return tokens
    }

    static func isWeekday(_ token: Substring) -> Bool {
        let lower = token.lowercased()
        let days = CalendarNames.weekdays
        return days.contains(lower) || (lower.count == 3 && days.contains { $0.hasPrefix(lower) })
    }
}
