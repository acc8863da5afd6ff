/// Raw scraped text -> headline, story paragraphs and metadata, by general rules about how
/// news pages are laid out:
///
/// - Header: blocks holding navigation lines come before the headline; a short line above the
///   menus names the site (the publisher).
/// - Headline: the first line after the header.
/// - Top matter: bylines, source lines, date lines and `Section:` labels right under it.
/// - Footer: the trailing run of source lines, menus, labels, calls to action and legal
///   notices; its labels name the section and its notice the republication date.
/// - Navigation lines anywhere are dropped.
public enum ArticleCleaner {
    /// Titles are headlines: a longer first line is a paragraph, and the file has no title.
    public static let maxTitleLength = 300

    public static func clean(_ raw: String) -> CleanedArticle? {
        let lines = TextNormalizer.lines(of: MojibakeRepair.repaired(raw))
        guard let header = Header.read(lines, blocks: TextBlocks.ranges(lines)) else { return nil }
        var metadata = ArticleMetadata()
        metadata.publisher = header.siteName
        var paragraphs = header.bodyParagraphs()
        TopMatter.strip(&paragraphs, into: &metadata)
        Footer.strip(&paragraphs, into: &metadata)
        if let first = paragraphs.first, let dateline = Dateline(paragraph: first) {
            metadata.dateline = dateline
            if metadata.outlet == nil { metadata.outlet = dateline.outlet }
            if metadata.publishedAt == nil { metadata.publishedAt = dateline.date(before: metadata.republishedAt) }
        }
        return CleanedArticle(title: header.title, paragraphs: paragraphs, metadata: metadata)
    }
}
