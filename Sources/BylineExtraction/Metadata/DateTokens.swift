/// Words of a date-bearing text: split at spaces, commas and brackets; the period after an
/// abbreviated month ("Apr.") dropped. Hyphens stay inside tokens (`2017-04-12`) except in
/// `12-Apr-2017`, which becomes the compact form.
enum DateTokens {
    static func split(_ text: String) -> [Substring] {
        text.split(whereSeparator: { " ,;()[]|/".contains($0) || $0 == "\u{2013}" || $0 == "\u{2014}" })
            .map { token in
                var token = token
                while let last = token.last, last == "." || last == ":" { token = token.dropLast() }
                return token
            }
            .flatMap { token -> [Substring] in
                // 12-Apr-2017 -> 12Apr2017 is rare; keep ISO dates whole.
                let parts = token.split(separator: "-")
                if parts.count == 3, parts[1].allSatisfy(\.isLetter) {
                    return [Substring(parts.joined())]
                }
                return [token]
            }
            .filter { !$0.isEmpty }
    }

    static func isWeekday(_ token: Substring) -> Bool {
        let lower = token.lowercased()
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        return days.contains(lower) || (lower.count == 3 && days.contains { $0.hasPrefix(lower) })
    }
}
