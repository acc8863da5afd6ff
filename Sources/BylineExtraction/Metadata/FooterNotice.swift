/// What a republisher's footer says about its copy: "This document has been published on
/// 13Apr17 by the Equipo Nizkor and ..." gives the date it went online and who put it there.
enum FooterNotice {
    static let verbs = ["republished on", "published on", "posted on", "uploaded on", "added on", "online since"]

    static func read(_ text: String) -> (date: NewsDate?, publisher: String?) {
        let lower = ByteSearch.lowercasedASCII(text)
        for verb in verbs {
            guard let end = ByteSearch.end(of: verb, in: lower) else { continue }
            // ASCII lowercasing keeps byte offsets, so `end` is an offset into `text` too.
            let rest = text.utf8.withContiguousStorageIfAvailable {
                String(decoding: UnsafeBufferPointer(rebasing: $0[end..<min(end + 240, $0.count)]), as: UTF8.self)
            } ?? String(decoding: Array(text.utf8.dropFirst(end).prefix(240)), as: UTF8.self)
            let words = DateTokens.split(rest)
            guard let found = DateScanner.first(inTokens: words) else { continue }
            guard found.tokens.lowerBound <= 2 else { continue }  // the date must follow the verb
            return (found.date, publisher(after: words[found.tokens.upperBound...]))
        }
        return (nil, nil)
    }

    /// "by the Equipo Nizkor and Derechos" -> "Equipo Nizkor": the capitalised words after "by".
    static func publisher(after words: ArraySlice<Substring>) -> String? {
        guard words.first?.lowercased() == "by" else { return nil }
        var name: [Substring] = []
        for word in words.dropFirst() {
            if name.isEmpty, word.lowercased() == "the" { continue }
            guard word.first?.isUppercase == true else { break }
            name.append(word)
        }
        return name.isEmpty ? nil : name.joined(separator: " ")
    }
}
