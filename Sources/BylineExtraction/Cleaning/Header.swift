/// The top of a page: menus and the site name, then the headline.
struct Header {
    var title: String
    /// A short line above the menus: the site's name.
    var siteName: String?
    /// The rest of the headline's block (its lines after the headline).
    var firstBlockRest: ArraySlice<TextNormalizer.Line>
    /// The blocks after the headline's block, as ranges of `lines`.
    var laterBlocks: ArraySlice<Range<Int>>
    /// The page's lines, which the blocks are ranges of.
    var lines: [TextNormalizer.Line]

    /// The body's paragraphs: those of the headline block's remaining lines, then of the
    /// later blocks (kept as slices of the blocks read, not copied into new arrays).
    func bodyParagraphs() -> [String] {
        var paragraphs: [String] = []
        // Most blocks are one paragraph: one reservation spares the array's regrowths.
        paragraphs.reserveCapacity(firstBlockRest.count + laterBlocks.count)
        if !firstBlockRest.isEmpty { TextBlocks.appendParagraphs(of: firstBlockRest, to: &paragraphs) }
        for block in laterBlocks { TextBlocks.appendParagraphs(of: lines[block], to: &paragraphs) }
        return paragraphs
    }

    /// Reads the header from the page's `lines`, grouped into `blocks` (`TextBlocks.ranges`).
    static func read(_ lines: [TextNormalizer.Line], blocks: [Range<Int>]) -> Header? {
        var siteName: String?
        for (index, range) in blocks.enumerated() {
            let block = lines[range]
            // The first and last menu line, found in one pass.
            var firstMenu: Int?
            var lastMenu = 0
            for line in block.indices where NavigationLine.isNavigation(block[line]) {
                if firstMenu == nil { firstMenu = line }
                lastMenu = line
            }
            var rest = block
            if let firstMenu {
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
            return Header(
                title: first.text, siteName: siteName, firstBlockRest: rest.dropFirst(), laterBlocks: blocks[(index + 1)...],
                lines: lines)
        }
        return nil
    }

    /// `text.split(separator: " ").count`, from the bytes of simple text.
    static func wordCount(_ text: String) -> Int {
        ScalarText.withSimpleBytes(text, FooterText.wordCount) ?? text.split(separator: " ").count
    }
}
