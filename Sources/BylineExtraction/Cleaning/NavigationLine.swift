/// Lines of site chrome rather than story: menus (`Home | News | Sport`), menus padded with
/// runs of no-break spaces, and short runs of menu words (`Bookshop Donate Radio`).
public enum NavigationLine {
    /// Words sites put in menus, sharing bars and headers, lowercased.
    static let menuWords: Set<String> = [
        "home", "news", "about", "contact", "donate", "donations", "bookshop", "shop", "store",
        "subscribe", "subscription", "login", "log", "sign", "signin", "register", "search", "menu",
        "share", "tweet", "email", "e-mail", "print", "facebook", "twitter", "whatsapp", "linkedin",
        "reddit", "pinterest", "instagram", "youtube", "rss", "feed", "feeds", "radio", "tv", "video",
        "videos", "podcast", "podcasts", "newsletter", "newsletters", "advertisement", "advertise",
        "skip", "content", "navigation", "follow", "more", "related", "comments", "comment",
        "previous", "next", "back", "top", "sections", "archive", "archives", "privacy", "terms",
        "cookies", "help", "faq", "jobs", "careers", "sitemap", "index", "library", "links",
        "events", "donate now", "english", "español", "français", "deutsch", "main", "page",
        "in", "up", "to", "us", "the", "and", "&", "of",
    ]
    /// Words that are only glue: a line of them alone is not a menu.
    static let glue: Set<String> = ["in", "up", "to", "us", "the", "and", "&", "of", "page", "main", "more"]

    public static func isNavigation(_ line: TextNormalizer.Line) -> Bool {
        let text = line.text
        guard !text.isEmpty, !endsSentence(text) else { return false }
        let words = text.split(separator: " ")
        let segments = text.split(whereSeparator: { "|•·»›".contains($0) })
            .map { $0.split(separator: " ").count }
            .filter { $0 > 0 }
        // Menus: several short items between separators.
        if segments.count >= 2, segments.allSatisfy({ $0 <= 3 }),
            segments.count >= 3 || segments.allSatisfy({ $0 <= 2 }) || line.hadSpacePadding
        {
            return true
        }
        // Menus laid out with no-break-space padding.
        if line.hadSpacePadding, words.count <= 8 { return true }
        // A short run of menu words.
        let lower = words.map { $0.lowercased() }
        let menu = lower.filter { menuWords.contains($0) }
        let meaningful = menu.filter { !glue.contains($0) }
        return words.count <= 8 && meaningful.count >= 2 && menu.count * 2 >= words.count
            || (words.count == 1 && meaningful.count == 1 && lower[0] != "news")
    }

    /// Ends like a sentence: a period, question or exclamation mark, or a closing quote after one.
    static func endsSentence(_ text: String) -> Bool {
        var trimmed = text[...]
        while let last = trimmed.last, "\"'”’)]".contains(last) { trimmed = trimmed.dropLast() }
        guard let last = trimmed.last else { return false }
        return ".!?…:".contains(last)
    }
}
