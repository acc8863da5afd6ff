import BylineModel

/// One article read from raw text: the article and its per-article entities and quotes,
/// before corpus-wide linking gives entities and quotes their ids.
public struct ArticleExtraction: Sendable {
    public var article: Article
    public var entities: [RecognizedEntity]
    public var quotes: [ExtractedQuote]
    /// The clean body the offsets of `entities` and `quotes` point into.
    public var body: ArticleText

    public init(article: Article, entities: [RecognizedEntity], quotes: [ExtractedQuote], body: ArticleText) {
        self.article = article
        self.entities = entities
        self.quotes = quotes
        self.body = body
    }
}

/// Raw scraped text -> article, entities, quotes. Pure: no I/O.
public struct ArticleExtractor: Sendable {
    public var recognizer = EntityRecognizer()
    public var quoteExtractor = QuoteExtractor()

    public init() {}

    /// `nil` when the text has no recognisable title (see `ArticleCleaner`).
    public func extract(raw: String, source: String) -> ArticleExtraction? {
        guard let cleaned = ArticleCleaner.clean(raw) else { return nil }
        var wordCount = 0
        let text = ArticleText(joining: cleaned.paragraphs, wordCount: &wordCount)
        // Tokenize once: the recognizer and the quote extractor read the same tokens and
        // sentences (tokenizing twice was a fifth of the pipeline's CPU time).
        let tokenized = TokenizedText(text)
        var entities = recognizer.recognize(tokenized)
        let quotes = quoteExtractor.extract(tokenized, entities: &entities)
        let metadata = cleaned.metadata
        let article = Article(
            id: Slug.make(cleaned.title), title: cleaned.title, authors: metadata.authors,
            outlet: metadata.outlet?.short, outletFull: metadata.outlet?.full, publisher: metadata.publisher,
            section: metadata.section, publishedAt: metadata.publishedAt?.iso,
            republishedAt: metadata.republishedAt?.iso, text: text.text, paragraphs: cleaned.paragraphs,
            wordCount: wordCount, source: source, entityCount: entities.count,
            quoteCount: quotes.count)
        return ArticleExtraction(article: article, entities: entities, quotes: quotes, body: text)
    }

    /// Words: runs between spaces that hold a letter or digit (a lone dash is not a word).
    static func wordCount(_ text: String) -> Int {
        wordCount(units: Array(text.utf16))
    }

    /// `wordCount` on the UTF-16 code units the article text already has: ASCII is judged
    /// by its code, other scalars by their Unicode properties (decoding the string's scalars
    /// again cost about 1% of the whole pipeline).
    static func wordCount(units: [UInt16]) -> Int {
        units.withUnsafeBufferPointer { units in
            var count = 0
            var inWord = false
            var hasContent = false
            var i = 0
            while i < units.count {
                let c = units[i]
                if c == 0x20 || c == 0x0A {
                    if inWord && hasContent { count += 1 }
                    inWord = false
                    hasContent = false
                    i += 1
                    continue
                }
                inWord = true
                if c < 0x80 {
                    if !hasContent { hasContent = (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10 }
                    i += 1
                    continue
                }
                guard let (scalar, length) = TextCursor.scalar(units, at: i, end: units.count) else {
                    i += 1  // an unpaired surrogate (never in a Swift string): no letter
                    continue
                }
                if !hasContent { hasContent = CodeUnits.isNonASCIIAlphanumeric(scalar) }
                i += length
            }
            if inWord && hasContent { count += 1 }
            return count
        }
    }
}
