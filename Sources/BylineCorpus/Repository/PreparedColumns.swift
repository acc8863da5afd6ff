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
        while var article = prepared.popLast() { append(moving: &article) }
    }

    var count: Int { articles.count }

    /// Adds the next article, taken apart: each field is swapped out of `article` (which is
    /// left holding empty values), not copied. A copy retained every reference a prepared
    /// article holds and its end released them all again, on the one core that collects a
    /// load's articles while the other waits.
    mutating func append(moving article: inout PreparedArticle) {
        if article.excerptCode < 0 { excerptOthers[articles.count] = Self.take(&article.excerptOther, leaving: []) }
        articles.append(Self.take(&article.article, leaving: Self.emptyArticle))
        titleKeys.append(Self.take(&article.titleKey, leaving: ""))
        escapedTexts.append(Self.take(&article.escapedText, leaving: []))
        excerptCodes.append(article.excerptCode)
        entities.append(Self.take(&article.entities, leaving: []))
        quotes.append(Self.take(&article.quotes, leaving: []))
        terms.append(Self.take(&article.terms, leaving: TermColumns()))
        quoteTerms.append(Self.take(&article.quoteTerms, leaving: TermColumns()))
    }

    /// `value`, moved out, with `empty` left in its place.
    @inline(__always)
    private static func take<Value>(_ value: inout Value, leaving empty: Value) -> Value {
        var taken = empty
        swap(&taken, &value)
        return taken
    }

    /// What a taken-apart article is left holding (no text: nothing to retain).
    private static let emptyArticle = Article(id: "", title: "", text: "", paragraphs: [], wordCount: 0, source: "")
}
