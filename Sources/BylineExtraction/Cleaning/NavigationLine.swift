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
        // Menus are short: a long line is story, whatever its words.
        guard !text.isEmpty, text.utf8.count <= 300, !endsSentence(text) else { return false }
        // Cheap exit for ordinary lines: more than eight words and no menu separator.
        let (spaces, separated) = spacesAndSeparators(text)
        if spaces >= 8, !separated, !line.hadSpacePadding { return false }
        if let answer = ScalarText.withSimpleBytes(text, { isMenu($0, padded: line.hadSpacePadding) }) {
            return answer
        }
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

    /// The line's spaces, and whether it holds `|` or a last byte of "•", "·", "»", "›" (a
    /// false hit only costs the slow path), in one pass over the string's storage.
    static func spacesAndSeparators(_ text: String) -> (spaces: Int, separated: Bool) {
        func scan(_ bytes: some Sequence<UInt8>) -> (spaces: Int, separated: Bool) {
            var spaces = 0
            var separated = false
            for byte in bytes {
                switch byte {
                case UInt8(ascii: " "): spaces += 1
                case UInt8(ascii: "|"), 0xA2, 0xB7, 0xBB, 0xBA: separated = true
                default: continue
                }
            }
            return (spaces, separated)
        }
        return text.utf8.withContiguousStorageIfAvailable { scan($0) } ?? scan(text.utf8)
    }

    /// Ends like a sentence: a period, question or exclamation mark, colon or ellipsis,
    /// perhaps followed by closing quotes or brackets. Reads UTF-8 bytes: it runs on every line.
    static func endsSentence(_ text: String) -> Bool {
        endsSentence(text.utf8)
    }

    static func endsSentence<Bytes: BidirectionalCollection<UInt8>>(_ utf8: Bytes) -> Bool {
        var bytes = utf8.reversed().makeIterator()
        var byte = bytes.next()
        while let current = byte {
            switch current {
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"):
                byte = bytes.next()
            case 0x9D, 0x99:  // last byte of ” (E2 80 9D) or ’ (E2 80 99)
                _ = bytes.next()
                _ = bytes.next()
                byte = bytes.next()
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), 0xA6:  // 0xA6: end of …
                return true
            default:
                return false
            }
        }
        return false
    }
}
