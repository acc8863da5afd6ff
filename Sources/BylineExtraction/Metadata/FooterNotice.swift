/// What a republisher's footer says about its copy: "This document has been published on
/// 13Apr17 by the Equipo Nizkor and ..." gives the date it went online and who put it there.
enum FooterNotice {
    static let verbs = ["republished on", "published on", "posted on", "uploaded on", "added on", "online since"]

    static let verbPatterns = verbs.map { Array($0.utf8) }

    static func read(_ text: String) -> (date: NewsDate?, publisher: String?) {
        let lower = ByteSearch.lowercasedASCII(text)
        for verb in verbPatterns {
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
        guard let first = words.first, isWord(first, "by") else { return nil }
        var name: [Substring] = []
        for word in words.dropFirst() {
            if name.isEmpty, isWord(word, "the") { continue }
            guard startsUppercase(word) else { break }
            name.append(word)
        }
        // Joined by appends: the generic `joined(separator:)` of substrings cost thousands
        // of instructions for two or three words.
        guard let first = name.first else { return nil }
        var joined = String(first)
        for word in name.dropFirst() {
            joined += " "
            joined += word
        }
        return joined
    }

    /// `word.lowercased() == lower` for an ASCII lowercase `lower`, from the bytes when the
    /// word is ASCII (ASCII letters lowercase to ASCII letters, nothing else changes).
    static func isWord(_ word: Substring, _ lower: StaticString) -> Bool {
        // `withUTF8Buffer` serves both forms of a static string (a one-character literal may
        // be stored as a scalar, without the pointer `utf8Start` needs).
        lower.withUTF8Buffer { expected in
            let answer = DateScanner.withASCIIBytes(word) { bytes in
                bytes.count == expected.count && zip(bytes, expected).allSatisfy { ($0 &- 0x41 < 26 ? $0 | 0x20 : $0) == $1 }
            }
            return answer ?? (word.lowercased() == String(decoding: expected, as: UTF8.self))
        }
    }

    /// `word.first?.isUppercase == true`; an ASCII byte followed by another or by nothing is a
    /// character of its own (CR LF aside, which is not upper case either way).
    static func startsUppercase(_ word: Substring) -> Bool {
        var bytes = word.utf8.makeIterator()
        if let first = bytes.next(), first < 0x80, (bytes.next() ?? 0) < 0x80 { return first &- 0x41 < 26 }
        return word.first?.isUppercase == true
    }
}
