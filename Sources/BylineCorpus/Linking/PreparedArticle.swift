import BylineExtraction
import BylineModel

/// One article reduced to what linking and indexing need, made where the file is read (in
/// parallel) so the heavy per-file values (the UTF-16 copy of the text, the paragraph list)
/// are freed file by file instead of all living until the corpus is linked.
struct PreparedArticle: Sendable {
    struct Entity: Sendable {
        var name: String
        var type: EntityType
        var aliases: [String]
        var titles: [String]
        /// In text order, each with the text it covers.
        var mentions: [(span: TextSpan, text: String)]
        /// `EntityKey` of the name and of each alias, folded here in parallel for linking.
        var key: String = ""
        var aliasKeys: [String] = []
    }

    /// What linking needs of a quote (a third of an `ExtractedQuote`'s size: a load holds a
    /// hundred thousand of these at its peak). The words are not kept: the snapshot slices
    /// them from the article's text.
    struct Quote: Sendable {
        var start: Int32
        var end: Int32
        /// The speaker's index among the article's entities.
        var speaker: Int32?
        var kind: BylineModel.Quote.Kind
        var cue: String?
        var speakerText: String?
        /// Where the words start and end in the article's stored escaped text (bytes).
        var escapedStart: Int32 = -1
        var escapedEnd: Int32 = -1

        init(_ extracted: ExtractedQuote) {
            start = Int32(clamping: extracted.span.start)
            end = Int32(clamping: extracted.span.end)
            speaker = extracted.speaker.map { Int32(clamping: $0) }
            kind = extracted.kind
            cue = extracted.cue
            speakerText = extracted.speakerText
        }

        var span: TextSpan { TextSpan(start: Int(start), end: Int(end)) }
    }

    /// `paragraphs` and `text` left empty: the text is kept once, JSON-escaped, in
    /// `escapedText` (what the snapshot stores), and paragraphs are the text split at blank
    /// lines.
    var article: Article
    var escapedText: [UInt8]
    /// How the summary's excerpt (from the first paragraph) is kept: `SummaryStore.code`,
    /// and the escaped excerpt itself only when that is -1 (empty otherwise).
    var excerptCode: Int32
    var excerptOther: [UInt8]
    /// `EntityKey` of the title (the title order sorts by it).
    var titleKey: String
    var entities: [Entity]
    /// In text order.
    var quotes: [Quote]
    /// For the quote search index, counted here in parallel: document `i` is `quotes[i]`.
    var quoteTerms: TermColumns
    /// The article's own search terms (title and text), one document.
    var terms: TermColumns
    /// Mentions and quotes whose offsets fell outside the text, left out.
    var droppedSpans: Int

    init(_ extraction: ArticleExtraction) {
        let body = extraction.body
        let length = body.utf16.count
        // In range, and not cutting a surrogate pair (its text would not be the text's).
        func boundary(_ offset: Int) -> Bool { offset >= length || !UTF16.isTrailSurrogate(body.utf16[offset]) }
        func valid(_ span: TextSpan) -> Bool {
            span.start >= 0 && span.end <= length && boundary(span.start) && boundary(span.end)
        }
        var dropped = 0
        entities = extraction.entities.map { entity in
            let kept = entity.mentions.filter { valid($0) && !$0.isEmpty }.sorted()
            dropped += entity.mentions.count - kept.count
            return Entity(
                name: entity.name, type: entity.type, aliases: entity.aliases, titles: entity.titles,
                mentions: kept.map { ($0, body[$0]) }, key: EntityKey.of(entity.name),
                aliasKeys: entity.aliases.map(EntityKey.of))
        }
        let kept = extraction.quotes.filter { valid($0.span) }
        dropped += extraction.quotes.count - kept.count
        var quotes = kept.map(Quote.init).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        droppedSpans = dropped
        article = extraction.article
        article.paragraphs = []
        // The text escaped for storage, noting where escapes lengthen it; then every quote's
        // edges in its UTF-8 (for the search terms) and in the escaped text (for serving).
        var places = TextPlaces()
        var escaped: [UInt8] = []
        escaped.reserveCapacity(article.text.utf8.count + article.text.utf8.count / 16 + 16)
        JSONWriter.escape(article.text, into: &escaped) { places.escaped(next: $0, at: $1) }
        escapedText = Array(escaped[...])  // exact size: it lives until the snapshot stores it
        var utf16Edges: [Int] = []
        utf16Edges.reserveCapacity(2 * quotes.count)
        for quote in quotes {
            utf16Edges.append(Int(quote.start))
            utf16Edges.append(Int(quote.end))
        }
        let edges = TextPlaces.utf8Offsets(
            of: utf16Edges, in: body.utf16,
            isASCII: article.text.utf8.count == length)
        for (index, escapedEdge) in places.escapedOffsets(of: edges).enumerated() {
            if index % 2 == 0 {
                quotes[index / 2].escapedStart = Int32(clamping: escapedEdge)
            } else {
                quotes[index / 2].escapedEnd = Int32(clamping: escapedEdge)
            }
        }
        self.quotes = quotes
        let counted = ArticleTerms.count(
            title: article.title, titleWeight: Self.titleWeight, text: article.text,
            quotes: quotes.indices.map { edges[2 * $0]..<edges[2 * $0 + 1] })
        quoteTerms = counted.quotes
        terms = counted.article
        var lead = article
        lead.paragraphs = Self.firstParagraph(of: article.text).map { [$0] } ?? []
        var excerpt: [UInt8] = []
        JSONWriter.escape(ArticleSummary(lead).excerpt, into: &excerpt)
        excerptCode = SummaryStore.code(of: excerpt[...], text: escapedText[...])
        excerptOther = excerptCode < 0 ? excerpt : []
        titleKey = EntityKey.of(article.title)
        article.text = ""
    }

    /// The headline says what an article is about: its words weigh more than the body's.
    static let titleWeight: Float = 3

    /// The first paragraph, from the text: paragraphs hold no line breaks, so the first line
    /// break ends it (a byte scan: this runs for every article of a load).
    static func firstParagraph(of text: String) -> String? {
        guard !text.isEmpty else { return nil }
        let utf8 = text.utf8
        let end = utf8.firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
        return String(text[..<end])
    }
}
