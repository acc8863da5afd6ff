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
        let text = ArticleText(paragraphs: cleaned.paragraphs)
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
            wordCount: Self.wordCount(text.text), source: source, entityCount: entities.count,
            quoteCount: quotes.count)
        return ArticleExtraction(article: article, entities: entities, quotes: quotes, body: text)
    }

    /// Words: runs between spaces that hold a letter or digit (a lone dash is not a word).
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        var hasContent = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" {
                if inWord && hasContent { count += 1 }
                inWord = false
                hasContent = false
            } else {
                inWord = true
                if !hasContent {
                    hasContent = scalar.isASCII
                        ? (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar))
                        : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                }
            }
        }
        if inWord && hasContent { count += 1 }
        return count
    }
}
