import BylineModel

/// A load's prepared articles taken apart, field by field, into one array per field, so each
/// stage of the snapshot build is handed (and frees, on its own thread) only what it uses.
/// The fields are moved, not copied: a copy retained and released every reference.
struct PreparedColumns {
    var articles: [Article] = []
    var titleKeys: [String] = []
    var escapedTexts: [[UInt8]] = []
    var excerptCodes: [Int32] = []
    /// The escaped excerpts whose code is -1, by article.
    var excerptOthers: [Int: [UInt8]] = [:]
    var entities: [[PreparedArticle.Entity]] = []
    var quotes: [[PreparedArticle.Quote]] = []
    var terms: [TermColumns] = []
    var quoteTerms: [TermColumns] = []

    /// Room for `capacity` articles.
    init(capacity: Int) {
        articles.reserveCapacity(capacity)
        titleKeys.reserveCapacity(capacity)
        escapedTexts.reserveCapacity(capacity)
        excerptCodes.reserveCapacity(capacity)
        entities.reserveCapacity(capacity)
        quotes.reserveCapacity(capacity)
        terms.reserveCapacity(capacity)
        quoteTerms.reserveCapacity(capacity)
    }

    init(_ prepared: consuming [PreparedArticle]) {
        var prepared = prepared
        self.init(capacity: prepared.count)
        // Reversed, then popped: each article leaves the array as it is taken apart.
        prepared.reverse()
        while let article = prepared.popLast() { append(article) }
    }

    var count: Int { articles.count }

    /// Adds the next article, taken apart.
    mutating func append(_ article: consuming PreparedArticle) {
        if article.excerptCode < 0 { excerptOthers[articles.count] = article.excerptOther }
        articles.append(article.article)
        titleKeys.append(article.titleKey)
        escapedTexts.append(article.escapedText)
        excerptCodes.append(article.excerptCode)
        entities.append(article.entities)
        quotes.append(article.quotes)
        terms.append(article.terms)
        quoteTerms.append(article.quoteTerms)
    }
}
