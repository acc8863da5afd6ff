/// The top of a page: menus and the site name, then the headline.
struct Header {
    var title: String
    /// A short line above the menus: the site's name.
    var siteName: String?
    /// The blocks after the headline (the headline's own block's remaining lines first).
    var bodyBlocks: [[TextNormalizer.Line]]

    static func read(_ blocks: [[TextNormalizer.Line]]) -> Header? {
        var siteName: String?
        for (index, block) in blocks.enumerated() {
            let navigation = block.indices.filter { NavigationLine.isNavigation(block[$0]) }
            var rest = block[...]
            if let firstMenu = navigation.first, let lastMenu = navigation.last {
                // Lines above the menus: the site's name if short.
                if siteName == nil, let candidate = block[..<firstMenu].first?.text,
                    wordCount(candidate) <= 6, !NavigationLine.endsSentence(candidate)
                {
                    siteName = candidate
                }
                rest = block[(lastMenu + 1)...]
                if rest.isEmpty { continue }
            }
            guard let first = rest.first, ScalarText.characterCount(first.text) <= ArticleCleaner.maxTitleLength,
                ScalarText.hasLetterOrNumber(first.text)
            else { return nil }
            let remainder = Array(rest.dropFirst())
            let later = Array(blocks[(index + 1)...])
            return Header(
                title: first.text, siteName: siteName, bodyBlocks: remainder.isEmpty ? later : [remainder] + later)
        }
        return nil
    }

    /// `text.split(separator: " ").count`, from the bytes of simple text.
    static func wordCount(_ text: String) -> Int {
        ScalarText.withSimpleBytes(text, FooterText.wordCount) ?? text.split(separator: " ").count
    }
}
