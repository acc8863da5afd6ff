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
        let lower = ByteSearch.lowercasedASCII(text)
        if strongLegal.contains(where: { ByteSearch.contains(lower, $0) }) { return true }
        return weakLegal.filter { ByteSearch.contains(lower, $0) }.count >= 2
    }

    static func isCallToAction(_ text: String) -> Bool {
        let lower = text.lowercased()
        return text.split(separator: " ").count <= 12 && callsToAction.contains { lower.hasPrefix($0) }
    }

    /// A short title-case line without sentence punctuation: "Russian Affairs", "World News".
    static func isLabel(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...5).contains(words.count), !NavigationLine.endsSentence(text),
            !text.contains(where: \.isNumber), text.count <= 60
        else { return false }
        let minor: Set<String> = ["and", "of", "the", "in", "on", "for", "&", "a", "to"]
        return words.allSatisfy { $0.first?.isUppercase == true || minor.contains(String($0)) }
    }

    /// A few words without sentence punctuation: labels, image alt text ("small logo").
    static func isFragment(_ text: String) -> Bool {
        text.split(separator: " ").count <= 4 && !NavigationLine.endsSentence(text)
    }
}
