/// Paragraphs that belong to a page's footer, not its story: legal notices, calls to action,
/// image captions glued to nothing, short labels.
enum FooterText {
    /// One of these alone makes a legal notice.
    static let strongLegal = [
        "©", "all rights reserved", "distributed without profit", "terms of use", "terms of service",
        "terms and conditions", "privacy policy", "cookie policy", "republished with permission",
        "reprinted with permission", "may not be reproduced", "may not be published, broadcast",
        "has been published on", "licensed under a creative commons",
    ]
    /// Two of these make one.
    static let weakLegal = [
        "copyright", "fair use", "u.s.c.", "for research and educational purposes", "reproduction",
        "permission", "disclaimer", "trademark",
    ]
    static let callsToAction = [
        "read more", "read the rest", "read the full", "continue reading", "click here", "follow us",
        "share this", "sign up", "subscribe to", "related:", "related articles", "related stories",
        "see also", "more on this", "more from", "you may also like", "recommended",
    ]

    static func isLegal(_ text: String) -> Bool {
        if let legal = text.utf8.withContiguousStorageIfAvailable(legalPhrases.isLegal) { return legal }
        let lower = ByteSearch.lowercasedASCII(text)
        if strongLegal.contains(where: { ByteSearch.contains(lower, $0) }) { return true }
        return weakLegal.filter { ByteSearch.contains(lower, $0) }.count >= 2
    }

    static let legalPhrases = PhraseSet(strong: strongLegal, weak: weakLegal)

    static func isCallToAction(_ text: String) -> Bool {
        if let answer = ScalarText.withSimpleBytes(text, { bytes in
            callsToAction.contains { ByteSearch.hasPrefixIgnoringASCIICase(bytes, $0) } && wordCount(bytes) <= 12
        }) {
            return answer
        }
        let lower = text.lowercased()
        return text.split(separator: " ").count <= 12 && callsToAction.contains { lower.hasPrefix($0) }
    }

    /// Runs between spaces (`split(separator: " ").count` for simple text).
    static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var inWord = false
        for byte in bytes {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// A short title-case line without sentence punctuation: "Russian Affairs", "World News".
    static func isLabel(_ text: String) -> Bool {
        if let answer = ScalarText.withSimpleBytes(text, isSimpleLabel) { return answer }
        let words = text.split(separator: " ")
        guard (1...5).contains(words.count), !NavigationLine.endsSentence(text),
            !text.contains(where: \.isNumber), text.count <= 60
        else { return false }
        let minor: Set<String> = ["and", "of", "the", "in", "on", "for", "&", "a", "to"]
        return words.allSatisfy { $0.first?.isUppercase == true || minor.contains(String($0)) }
    }

    /// A few words without sentence punctuation: labels, image alt text ("small logo").
    static func isFragment(_ text: String) -> Bool {
        if let short = ScalarText.withSimpleBytes(text, { wordCount($0) <= 4 }) {
            return short && !NavigationLine.endsSentence(text)
        }
        return text.split(separator: " ").count <= 4 && !NavigationLine.endsSentence(text)
    }
}
